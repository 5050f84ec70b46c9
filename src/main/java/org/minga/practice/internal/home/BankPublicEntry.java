package org.minga.practice.internal.home;

import java.util.List;

import org.minga.platform.Jurisdiction;
import org.minga.platform.PublicEntry;
import org.springframework.stereotype.Component;

/** The citizens' home: the public bank of good practices. */
@Component
class BankPublicEntry implements PublicEntry {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Section sectionFor(Jurisdiction j) {
        return new Section("Banco de buenas prácticas",
                "Experiencias de gestión social documentadas y evaluadas, con sus lecciones aprendidas.",
                List.of(new Link("Consultar el banco de buenas prácticas", "/bank")));
    }
}
