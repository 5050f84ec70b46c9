package org.minga.platform;

import java.util.List;

/**
 * What a module offers citizens without signing in (the directory, "¿Qué servicios me corresponden?", the practice
 * bank, open surveys, devoluciones), shown on the public home at {@code /} for the chosen jurisdiction. A bean per
 * module; only public, non-personal data.
 */
public interface PublicEntry {

    int order();

    /** The section for a jurisdiction, or null when the module has nothing public there. */
    Section sectionFor(Jurisdiction jurisdiction);

    record Section(String title, String description, List<Link> links) {
        public Section {
            links = List.copyOf(links);
        }
    }

    record Link(String label, String href) {
    }
}
