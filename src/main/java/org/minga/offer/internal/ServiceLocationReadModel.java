package org.minga.offer.internal;

import java.util.Collection;
import java.util.List;

import org.minga.offer.ServiceLocations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The located places of services, for other modules' maps: one query on the offer's own tables. */
@Component
record ServiceLocationReadModel(JdbcClient jdbc) implements ServiceLocations {

    @Override
    public List<ServicePoint> located(long jurisdictionId, Collection<Long> serviceIds, int limit) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select l.id, s.id as service_id, s.code, s.name as service_name, l.name, l.address, l.latitude,
                       l.longitude
                  from offer_service_location l join offer_service s on s.id = l.service_id
                 where s.jurisdiction_id = :j and s.id = any(cast(:ids as bigint[])) and l.latitude is not null
                 order by s.name, s.id, l.position, l.id
                 limit :n""").param("j", jurisdictionId).param("ids", serviceIds.toArray(Long[]::new))
                .param("n", limit)
                .query((rs, n) -> new ServicePoint(rs.getLong("id"), rs.getLong("service_id"), rs.getString("code"),
                        rs.getString("service_name"), rs.getString("name"), rs.getString("address"),
                        rs.getDouble("latitude"), rs.getDouble("longitude")))
                .list();
    }
}
