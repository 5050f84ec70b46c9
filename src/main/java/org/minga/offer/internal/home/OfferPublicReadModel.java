package org.minga.offer.internal.home;

import java.util.List;

import org.minga.platform.Jurisdiction;
import org.minga.platform.PublicEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The citizens' home: the directory of services of the jurisdiction and "¿Qué servicios me corresponden?". */
@Component
record OfferPublicReadModel(JdbcClient jdbc) implements PublicEntry {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Section sectionFor(Jurisdiction j) {
        long services = jdbc
                .sql("select count(*) from offer_service where jurisdiction_id = :j and status <> 'INACTIVE'")
                .param("j", j.id()).query(Long.class).single();
        if (services == 0) {
            return null;
        }
        return new Section("Servicios para usted",
                services + (services == 1 ? " servicio" : " servicios") + " de las entidades de " + j.name()
                        + ": dónde, cuándo y con qué requisitos.",
                List.of(new Link("¿Qué servicios me corresponden?", "/directory/" + j.code() + "/eligibility"),
                        new Link("Directorio de servicios", "/directory/" + j.code())));
    }
}
