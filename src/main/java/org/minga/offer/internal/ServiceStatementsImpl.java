package org.minga.offer.internal;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of {@link ServiceStatements}. */
@RequiredArgsConstructor
class ServiceStatementsImpl implements ServiceStatements {

    private final JdbcClient jdbc;

    @Override
    public void replaceChildren(long id, List<TerritoryView> areas, long sisbenMask,
            List<ServiceValidation.ValidLocation> locations) {
        jdbc.sql("delete from offer_service_territory where service_id = :id").param("id", id).update();
        for (TerritoryView t : areas) {
            jdbc.sql(
                    "insert into offer_service_territory (service_id, territory_id, territory_path) values (:s, :t, :p)")
                    .param("s", id).param("t", t.id()).param("p", t.path()).update();
        }
        jdbc.sql("update offer_service set area_paths = :paths where id = :id").param("id", id)
                .param("paths", areas.stream().map(TerritoryView::path).toArray(String[]::new)).update();
        jdbc.sql(
                """
                        insert into offer_eligibility (service_id, jurisdiction_id, active, min_age, max_age, sex, population_groups,
                          sisben_mask, offered_everywhere, area_paths)
                        select id, jurisdiction_id, status = 'ACTIVE', min_age, max_age, sex, population_groups, :mask,
                          offered_everywhere, area_paths from offer_service where id = :id
                        on conflict (service_id) do update set jurisdiction_id = excluded.jurisdiction_id, active = excluded.active,
                          min_age = excluded.min_age, max_age = excluded.max_age, sex = excluded.sex,
                          population_groups = excluded.population_groups, sisben_mask = excluded.sisben_mask,
                          offered_everywhere = excluded.offered_everywhere, area_paths = excluded.area_paths""")
                .param("id", id).param("mask", sisbenMask).update();
        jdbc.sql("delete from offer_service_location where service_id = :id").param("id", id).update();
        int position = 0;
        for (ServiceValidation.ValidLocation vl : locations) {
            ServiceForm.LocationForm l = vl.form();
            jdbc.sql("""
                    insert into offer_service_location (service_id, name, address, territory_id, latitude, longitude,
                      schedule, opens_at, closes_at, weekdays, position)
                    values (:s, :n, :a, :t, :lat, :lon, :schedule, :opens, :closes, :days, :pos)""")
                    .param("s", id).param("n", l.name().strip()).param("a", OfferReadModel.blankToNull(l.address()))
                    .param("t", vl.territory() == null ? null : vl.territory().id()).param("lat", l.latitude())
                    .param("lon", l.longitude()).param("schedule", OfferReadModel.blankToNull(l.schedule()))
                    .param("opens", l.opensAt()).param("closes", l.closesAt())
                    .param("days", l.weekdays().stream().map(d -> d.strip().toUpperCase(Locale.ROOT))
                            .toArray(String[]::new))
                    .param("pos", position++).update();
        }
    }
}
