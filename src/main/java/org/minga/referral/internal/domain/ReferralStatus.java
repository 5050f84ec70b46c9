package org.minga.referral.internal.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.minga.platform.Labelled;
import org.minga.platform.TextKeys;

/**
 * The states of a referral and, in {@link #next()}, the only legal transitions: {@link Referral#moveTo} refuses
 * anything this table does not allow, whoever asks (pages, API, care routes).
 */
public enum ReferralStatus implements Labelled {
    CREATED,
    SENT,
    RECEIVED,
    ACCEPTED,
    REJECTED,
    IN_ATTENTION,
    ATTENDED,
    CLOSED,
    RETURNED,
    CANCELLED;

    /** Who may make a transition: the sending side (territory) or the receiving entity. */
    public enum Side {
        SENDER, RECEIVER
    }

    private static final ResourceBundle SPANISH = ResourceBundle.getBundle("i18n.referral",
            Locale.forLanguageTag("es"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /**
     * The state's word in Spanish ({@code enum.ReferralStatus.*} in the referral bundle), for messages, notifications
     * and the audit log, which are written in Spanish; pages read it in the request's language with
     * {@code platform.Labels}.
     */
    public String label() {
        return SPANISH.getString("enum.ReferralStatus." + name());
    }

    public String code() {
        return name();
    }

    /** The legal next states. */
    public Set<ReferralStatus> next() {
        switch (this) {
            case CREATED :
                return EnumSet.of(SENT, CANCELLED);
            case SENT :
                return EnumSet.of(RECEIVED, RETURNED, CANCELLED);
            case RECEIVED :
                return EnumSet.of(ACCEPTED, REJECTED, RETURNED, CANCELLED);
            case ACCEPTED :
                return EnumSet.of(IN_ATTENTION, CANCELLED);
            case IN_ATTENTION :
                return EnumSet.of(ATTENDED);
            case ATTENDED :
                return EnumSet.of(CLOSED);
            default :
                return EnumSet.noneOf(ReferralStatus.class);
        }
    }

    public boolean canMoveTo(ReferralStatus to) {
        return next().contains(to);
    }

    /** Still waiting for an answer: counts towards the deadline. */
    public boolean open() {
        return this == CREATED || this == SENT || this == RECEIVED || this == ACCEPTED || this == IN_ATTENTION;
    }

    public boolean terminal() {
        return next().isEmpty();
    }

    /** Who moves a referral into this state. */
    public Side madeBy() {
        switch (this) {
            case RECEIVED :
            case ACCEPTED :
            case REJECTED :
            case RETURNED :
            case IN_ATTENTION :
            case ATTENDED :
                return Side.RECEIVER;
            default :
                return Side.SENDER;
        }
    }

    /** States entered only with a written reason. */
    public boolean needsReason() {
        return this == REJECTED || this == RETURNED || this == CANCELLED;
    }

    /** The SQL list of open states, kept with the enum so the queries cannot drift from it. */
    public static final String OPEN_SQL = "('CREATED', 'SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION')";

    /** By code ("ACCEPTED") or Spanish label ("aceptada", "en atencion"), ignoring case and accents. */
    public static Optional<ReferralStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text).replace('_', ' ');
        for (ReferralStatus s : values()) {
            if (TextKeys.key(s.label()).equals(k) || s.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The message of a refused transition, naming both states. */
    public String refusal(ReferralStatus to) {
        StringBuilder b = new StringBuilder("No se puede pasar una canalización de «").append(label()).append("» a «")
                .append(to.label()).append("».");
        if (next().isEmpty()) {
            b.append(" Una canalización ").append(label()).append(" ya no cambia de estado.");
        } else {
            b.append(" Desde «").append(label()).append("» solo puede pasar a ");
            b.append(String.join(", ", next().stream().map(s -> "«" + s.label() + "»").toList())).append('.');
        }
        return b.toString();
    }
}
