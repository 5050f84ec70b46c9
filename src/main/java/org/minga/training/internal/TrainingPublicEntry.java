package org.minga.training.internal;

import java.util.List;

import org.minga.platform.Jurisdiction;
import org.minga.platform.PublicEntry;
import org.springframework.stereotype.Component;

/** The citizens' home: the public toolbox of the jurisdiction and the check of a training certificate. */
@Component
record TrainingPublicEntry() implements PublicEntry {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Section sectionFor(Jurisdiction j) {
        return new Section("Formación y caja de herramientas",
                "Guías y materiales para agentes comunitarios; verificación de los certificados de formación.",
                List.of(new Link("Caja de herramientas", "/toolbox/public?jurisdiction=" + j.code()),
                        new Link("Verificar un certificado", "/certificates")));
    }
}
