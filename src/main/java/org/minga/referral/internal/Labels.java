package org.minga.referral.internal;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** The small vocabularies of a referral: where the need was detected and its priority. */
final class Labels {

    private Labels() {
    }

    enum Origin {
        FIELD_VISIT("Visita de campo"), ATTENTION("Atención"), SERVICE_FAIR("Jornada de servicios"), ALERT("Alerta"),
        BODY("Instancia"), OTHER("Otro");

        final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Origin> parse(String text) {
            return find(Origin.class, text);
        }
    }

    enum Priority {
        LOW("Baja"), MEDIUM("Media"), HIGH("Alta"), URGENT("Urgente");

        final String label;

        Priority(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Priority> parse(String text) {
            return find(Priority.class, text);
        }
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text).replace('_', ' ');
        for (E e : type.getEnumConstants()) {
            String label = e instanceof Origin ? ((Origin) e).label : ((Priority) e).label;
            if (TextKeys.key(label).equals(k) || TextKeys.key(e.name()).replace('_', ' ').equals(k)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
