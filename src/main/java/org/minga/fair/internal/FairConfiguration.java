package org.minga.fair.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.dashboard.AgendaSource;
import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.platform.NavigationItem;
import org.minga.practice.EvidenceSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Navigation, and the figures other modules read from fairs: planning indicators, the agenda, practice evidence. */
@Configuration(proxyBeanMethods = false)
class FairConfiguration {

    @Bean
    NavigationItem fairsNavigation() {
        return NavigationItem.forAll("fairs", "Jornadas de servicios", "/fairs", 50);
    }

    /** A count per territory subtree of fairs held there in the period. */
    abstract static class FairIndicator implements IndicatorSource {
        final JdbcClient jdbc;

        FairIndicator(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        static final String WHERE = " where f.jurisdiction_id = :j and f.territory_path like :p"
                + " and f.fair_date between :from and :to and f.status <> 'CANCELADA'";

        /** A query of one number over fairs {@code f} with parameters :j, :p, :from and :to. */
        abstract String expression();

        @Override
        public String unit() {
            return "personas";
        }

        @Override
        public IndicatorDirection direction() {
            return IndicatorDirection.HIGHER_IS_BETTER;
        }

        @Override
        public boolean flow() {
            return true;
        }

        @Override
        public Map<String, Double> values(long jurisdictionId, Collection<String> paths, LocalDate from, LocalDate to) {
            Map<String, Double> out = new HashMap<>();
            for (String path : paths) {
                Number n = jdbc.sql(expression())
                        .param("j", jurisdictionId).param("p", path + "%").param("from", from).param("to", to)
                        .query(Number.class).single();
                out.put(path, n == null ? 0 : n.doubleValue());
            }
            return out;
        }
    }

    @Bean
    IndicatorSource fairPeopleIndicator(JdbcClient jdbc) {
        return new FairIndicator(jdbc) {
            String expression() {
                return "select count(*) from (select distinct r.fair_id, r.person_id from fair_registration r join fair f on f.id = r.fair_id"
                        + WHERE + ") x";
            }

            public String key() {
                return "fair.people-attended";
            }

            public String label() {
                return "Personas atendidas en jornadas de servicios";
            }

            public String definition() {
                return "Personas distintas registradas en cada jornada del periodo, sumadas por jornada (una persona "
                        + "atendida en dos stands de la misma jornada cuenta una vez).";
            }
        };
    }

    @Bean
    IndicatorSource fairAttentionsIndicator(JdbcClient jdbc) {
        return new FairIndicator(jdbc) {
            String expression() {
                return "select count(*) from fair_attendance a join fair f on f.id = a.fair_id" + WHERE;
            }

            public String key() {
                return "fair.attentions";
            }

            public String label() {
                return "Atenciones en jornadas de servicios";
            }

            public String definition() {
                return "Servicios prestados en las jornadas del periodo: cada servicio recibido por una persona cuenta una atención.";
            }

            @Override
            public String unit() {
                return "atenciones";
            }
        };
    }

    @Bean
    IndicatorSource fairsHeldIndicator(JdbcClient jdbc) {
        return new FairIndicator(jdbc) {
            String expression() {
                return "select count(*) from fair f" + WHERE + " and f.status = 'REALIZADA'";
            }

            public String key() {
                return "fair.held";
            }

            public String label() {
                return "Jornadas de servicios realizadas";
            }

            public String definition() {
                return "Jornadas con estado realizada cuya fecha cae en el periodo.";
            }

            @Override
            public String unit() {
                return "jornadas";
            }
        };
    }

    @Bean
    AgendaSource fairAgenda(JdbcClient jdbc) {
        return new AgendaSource() {
            @Override
            public String label() {
                return "Jornadas de servicios";
            }

            @Override
            public List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to,
                    int limit) {
                return jdbc.sql("""
                        select id, name, fair_date, starts_at, site, territory_name from fair
                        where jurisdiction_id = :j and territory_path like :p and fair_date between :from and :to
                          and status in ('PLANEADA', 'CONFIRMADA') order by fair_date, starts_at, id limit :l""")
                        .param("j", jurisdictionId).param("p", (territoryPath == null ? "/" : territoryPath) + "%")
                        .param("from", from).param("to", to).param("l", limit)
                        .query((rs, n) -> new AgendaItem("Jornada de servicios", rs.getString(2),
                                LocalDateTime.of(rs.getObject(3, LocalDate.class),
                                        rs.getObject(4, java.time.LocalTime.class)),
                                rs.getString(5), rs.getString(6), "/fairs/" + rs.getLong(1)))
                        .list();
            }
        };
    }

    /** Reference: a programme ("barrios-con-bienestar-2024": all its fairs) or one fair's code. */
    @Bean
    EvidenceSource fairEvidence(JdbcClient jdbc) {
        return new EvidenceSource() {
            @Override
            public String linkType() {
                return "fair";
            }

            @Override
            public Optional<Evidence> figures(long jurisdictionId, String reference) {
                if (reference == null || reference.isBlank()) {
                    return Optional.empty();
                }
                List<Long> ids = jdbc.sql(
                        "select id from fair where jurisdiction_id = :j and (program = :r or code = :r) order by fair_date")
                        .param("j", jurisdictionId).param("r", reference.strip()).query(Long.class).list();
                if (ids.isEmpty()) {
                    return Optional.empty();
                }
                Map<String, Object> row = jdbc
                        .sql("""
                                select (select count(*) from fair where id in (:ids) and status = 'REALIZADA') as held,
                                  (select coalesce(sum(n), 0) from (select count(distinct person_id) n from fair_registration
                                     where fair_id in (:ids) group by fair_id) x) as people,
                                  (select count(distinct person_id) from fair_registration where fair_id in (:ids)) as distinct_people,
                                  (select count(*) from fair_attendance where fair_id in (:ids)) as attentions,
                                  (select count(distinct actor_id) from fair_participant where fair_id in (:ids) and kind = 'ENTIDAD') as entities,
                                  (select count(distinct actor_id) from fair_participant where fair_id in (:ids) and kind = 'ALIADO') as allies,
                                  (select count(referral_id) from fair_registration where fair_id in (:ids)) as referrals""")
                        .param("ids", ids).query().singleRow();
                String href = ids.size() == 1 ? "/fairs/" + ids.get(0) : "/fairs/compare?program=" + reference.strip();
                String title = ids.size() == 1
                        ? jdbc.sql("select name from fair where id = :i").param("i", ids.get(0)).query(String.class)
                                .single()
                        : "Jornadas del programa " + reference.strip();
                return Optional.of(new Evidence(title, href, List.of(
                        new Figure("Jornadas realizadas", String.valueOf(row.get("held"))),
                        new Figure("Personas atendidas (únicas por jornada)", String.valueOf(row.get("people"))),
                        new Figure("Personas distintas en todas las jornadas",
                                String.valueOf(row.get("distinct_people"))),
                        new Figure("Atenciones", String.valueOf(row.get("attentions"))),
                        new Figure("Entidades participantes", String.valueOf(row.get("entities"))),
                        new Figure("Aliados", String.valueOf(row.get("allies"))),
                        new Figure("Canalizaciones generadas", String.valueOf(row.get("referrals"))))));
            }
        };
    }
}
