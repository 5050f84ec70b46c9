package org.minga.privacy;

import java.util.Locale;
import java.util.ResourceBundle;

import org.minga.platform.Labelled;
import org.minga.platform.TextKeys;

/**
 * Purposes an authorization's text may name that another module acts on. Authorizations keep their purposes as the
 * person agreed to them, in words ("Caracterización, ... y contacto por la entidad que recibe la canalización"); a
 * purpose is covered when an active authorization's purposes contain its {@link #label()} (ignoring case and
 * accents). The consent forms offer each one as a checkbox that adds the label to the purposes. The words are the
 * Spanish ones of the bundle ({@code enum.Purpose.*} in {@code i18n/privacy.properties}): they are what the person
 * agreed to and what the stored authorizations say, whatever the language of the page.
 */
public enum Purpose implements Labelled {

    /** The receiving entity of a referral may contact the person (phone, e-mail, address). */
    ENTITY_CONTACT,

    /** The person receives invitations and campaign pieces by e-mail (virtual module's campaigns). */
    EMAIL_INVITATIONS;

    private static final ResourceBundle SPANISH = ResourceBundle.getBundle("i18n/privacy",
            Locale.forLanguageTag("es"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** The purpose in the words of the authorization (Spanish). */
    public String label() {
        return SPANISH.getString("enum.Purpose." + name());
    }

    /** True when {@code purposes} (an authorization's text) names this purpose. */
    public boolean namedIn(String purposes) {
        return purposes != null && TextKeys.key(purposes).contains(TextKeys.key(label()));
    }
}
