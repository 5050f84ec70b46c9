package org.minga.fair.internal;

import java.time.LocalDate;
import java.util.Collection;
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

/** Navigation, and the figures other modules read from fairs: planning indicators, the agenda, practice evidence. */
@Configuration(proxyBeanMethods = false)
class FairConfiguration {

    @Bean
    NavigationItem fairsNavigation() {
        return NavigationItem.forAll("fairs", "Jornadas de servicios", "/fairs", 50);
    }

    /** A count per territory subtree of fairs held there in the period. */
    record FairIndicator(FairFiguresReadModel figures, FairFiguresReadModel.Count count, String key, String label,
            String definition, String unit) implements IndicatorSource {

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
            return figures.countPerPath(count, jurisdictionId, paths, from, to);
        }

        @Override
        public List<Map<String, Double>> series(long jurisdictionId, Collection<String> paths, List<Span> periods) {
            return figures.countPerPeriod(count, jurisdictionId, paths, periods);
        }
    }

    @Bean
    IndicatorSource fairPeopleIndicator(FairFiguresReadModel figures) {
        return new FairIndicator(figures, FairFiguresReadModel.Count.PEOPLE, "fair.people-attended",
                "Personas atendidas en jornadas de servicios",
                "Personas distintas registradas en cada jornada del periodo, sumadas por jornada (una persona "
                        + "atendida en dos stands de la misma jornada cuenta una vez).",
                "personas");
    }

    @Bean
    IndicatorSource fairAttentionsIndicator(FairFiguresReadModel figures) {
        return new FairIndicator(figures, FairFiguresReadModel.Count.ATTENTIONS, "fair.attentions",
                "Atenciones en jornadas de servicios",
                "Servicios prestados en las jornadas del periodo: cada servicio recibido por una persona cuenta una atención.",
                "atenciones");
    }

    @Bean
    IndicatorSource fairsHeldIndicator(FairFiguresReadModel figures) {
        return new FairIndicator(figures, FairFiguresReadModel.Count.HELD, "fair.held",
                "Jornadas de servicios realizadas", "Jornadas con estado realizada cuya fecha cae en el periodo.",
                "jornadas");
    }

    @Bean
    AgendaSource fairAgenda(FairFiguresReadModel figures) {
        return new AgendaSource() {
            @Override
            public String label() {
                return "Jornadas de servicios";
            }

            @Override
            public List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to,
                    int limit) {
                return figures.upcoming(jurisdictionId, territoryPath, from, to, limit);
            }
        };
    }

    /** Reference: a programme ("barrios-con-bienestar-2024": all its fairs) or one fair's code. */
    @Bean
    EvidenceSource fairEvidence(FairFiguresReadModel figures) {
        return new EvidenceSource() {
            @Override
            public String linkType() {
                return "fair";
            }

            @Override
            public Optional<Evidence> figures(long jurisdictionId, String reference) {
                return figures.evidence(jurisdictionId, reference);
            }
        };
    }
}
