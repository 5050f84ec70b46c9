package org.minga.privacy;

import org.minga.platform.TextKeys;

/**
 * Purposes an authorization's text may name that another module acts on. Authorizations keep their purposes as the
 * person agreed to them, in words ("Caracterización, ... y contacto por la entidad que recibe la canalización"); a
 * purpose is covered when an active authorization's purposes contain its {@link #label()} (ignoring case and
 * accents). The consent forms offer each one as a checkbox that adds the label to the purposes.
 */
public enum Purpose {

    /** The receiving entity of a referral may contact the person (phone, e-mail, address). */
    ENTITY_CONTACT("Contacto por la entidad que recibe la canalización");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when {@code purposes} (an authorization's text) names this purpose. */
    public boolean namedIn(String purposes) {
        return purposes != null && TextKeys.key(purposes).contains(TextKeys.key(label));
    }
}
