package org.minga.participation.internal;

import java.util.List;

import org.minga.participation.internal.SpaceMaps.EmpathyMapView;
import org.minga.participation.internal.SpaceMaps.StageView;
import org.minga.participation.internal.domain.EmpathyMap;
import org.minga.participation.internal.domain.ServiceMap;
import org.minga.participation.internal.domain.ServiceStage;
import org.minga.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A space's empathy maps and service map: small rows written and read whole. */
@Component
record SpaceMapRepository(JdbcClient jdbc, Labels labels) {

    long addEmpathyMap(long spaceId, EmpathyMap m) {
        return jdbc.sql("""
                insert into empathy_map (space_id, group_name, thinks_feels, sees, hears, says_does, pains, gains)
                values (:s, :g, :tf, :se, :he, :sd, :p, :ga) returning id""")
                .param("s", spaceId).param("g", m.groupName()).param("tf", m.thinksFeels()).param("se", m.sees())
                .param("he", m.hears()).param("sd", m.saysDoes()).param("p", m.pains()).param("ga", m.gains())
                .query(Long.class).single();
    }

    List<EmpathyMapView> empathyMaps(long spaceId) {
        return jdbc.sql("select * from empathy_map where space_id = :s order by id").param("s", spaceId)
                .query((rs, n) -> new EmpathyMapView(rs.getLong("id"), rs.getString("group_name"),
                        rs.getString("thinks_feels"), rs.getString("sees"), rs.getString("hears"),
                        rs.getString("says_does"), rs.getString("pains"), rs.getString("gains")))
                .list();
    }

    /** Records (or replaces) one stage of a service point's map. */
    void saveStage(long spaceId, ServiceMap.Stage s) {
        jdbc.sql(
                """
                        insert into service_map_stage (space_id, service_point, stage, touchpoints, works_well, pain_points,
                          suggestions, satisfaction)
                        values (:s, :p, :st, :t, :w, :pp, :sg, :sat)
                        on conflict (space_id, service_point, stage) do update set touchpoints = excluded.touchpoints,
                          works_well = excluded.works_well, pain_points = excluded.pain_points, suggestions = excluded.suggestions,
                          satisfaction = excluded.satisfaction, version = service_map_stage.version + 1""")
                .param("s", spaceId).param("p", s.servicePoint()).param("st", s.stage().name())
                .param("t", s.touchpoints())
                .param("w", s.worksWell()).param("pp", s.painPoints()).param("sg", s.suggestions())
                .param("sat", s.satisfaction()).update();
    }

    List<StageView> serviceMap(long spaceId) {
        return jdbc.sql("""
                select * from service_map_stage where space_id = :s order by service_point,
                  array_position(array['ARRIVAL','TURN','WAIT','ATTENTION','RESPONSE']::varchar[], stage)""")
                .param("s", spaceId)
                .query((rs, n) -> new StageView(rs.getLong("id"), rs.getString("service_point"), rs.getString("stage"),
                        labels.of(ServiceStage.valueOf(rs.getString("stage"))), rs.getString("touchpoints"),
                        rs.getString("works_well"), rs.getString("pain_points"), rs.getString("suggestions"),
                        (Integer) rs.getObject("satisfaction")))
                .list();
    }
}
