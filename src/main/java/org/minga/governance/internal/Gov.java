package org.minga.governance.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.TextKeys;

/** The vocabularies of governance, with the Spanish labels users see. */
public final class Gov {

    private Gov() {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The constants of a vocabulary with their words, for a form's options. */
    static Map<String, String> options(Class<? extends Enum<?>> type) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Enum<?> e : type.getEnumConstants()) {
            m.put(e.name(), ((Labeled) e).label());
        }
        return m;
    }

    interface Labeled {
        String label();

        String name();
    }

    static <E extends Enum<E> & Labeled> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text.strip()) || TextKeys.key(e.label()).equals(k)).findFirst();
    }

    static <E extends Enum<E> & Labeled> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> TextKeys.key(e.label())).toList());
    }

    /** Nivel de gestión. */
    public enum Level implements Labeled {
        MACRO("Macrogestión"), MESO("Mesogestión"), MICRO("Microgestión");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The kinds of bodies of seeds 004 and 002. */
    public enum BodyType implements Labeled {
        INTERSECTORAL_COMMISSION("Comisión intersectorial"),
        MAS_BIENESTAR_TABLE("Mesa MAS Bienestar"),
        TECHNICAL_COORDINATION_TABLE("Mesa de Coordinación Técnica del Modelo"),
        LOCAL_APS_TABLE("Mesa Local de Atención Primaria Social"),
        SOCIAL_POLICY_COUNCIL("Consejo de Política Social"),
        SOCIAL_AXIS_COORDINATION("Coordinación del Eje Social"),
        CLOPS("Consejo Local de Política Social (CLOPS/UAT)"),
        CLIP("Comisión Local Intersectorial de Participación (CLIP)"),
        CLP("Consejo Local de Planeación (CLP)"),
        CLG("Consejo Local de Gobierno (CLG)"),
        JAL("Junta Administradora Local (JAL)"),
        OTHER("Otra instancia");

        private final String label;

        BodyType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How often a body sits; {@code months} between sessions (0 for weekly and fortnightly). */
    public enum Periodicity implements Labeled {
        WEEKLY("Semanal", 0, 7),
        FORTNIGHTLY("Quincenal", 0, 14),
        MONTHLY("Mensual", 1, 0),
        BIMONTHLY("Bimestral", 2, 0),
        QUARTERLY("Trimestral", 3, 0),
        FOUR_MONTHLY("Tres veces al año", 4, 0),
        SEMIANNUAL("Semestral", 6, 0),
        ANNUAL("Anual", 12, 0);

        private final String label;
        private final int months;
        private final int days;

        Periodicity(String label, int months, int days) {
            this.label = label;
            this.months = months;
            this.days = days;
        }

        public String label() {
            return label;
        }

        java.time.LocalDate next(java.time.LocalDate d) {
            return months > 0 ? d.plusMonths(months) : d.plusDays(days);
        }
    }

    /** A member's role in a body. */
    public enum MemberRole implements Labeled {
        LEADS("Lidera"),
        TECHNICAL_SECRETARIAT("Secretaría técnica"),
        MEMBER("Integrante"),
        OCCASIONAL_GUEST("Invitado ocasional");

        private final String label;

        MemberRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AttendanceStatus implements Labeled {
        PRESENT("Presente"), ABSENT("Ausente"), EXCUSED("Excusa");

        private final String label;

        AttendanceStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum SessionStatus implements Labeled {
        SCHEDULED("Programada"), HELD("Realizada"), CLOSED("Cerrada (acta aprobada)"), CANCELLED("Cancelada");

        private final String label;

        SessionStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum CommitmentStatus implements Labeled {
        PENDING("Pendiente"), IN_PROGRESS("En curso"), DONE("Cumplido"), OVERDUE("Vencido"), CANCELLED("Cancelado");

        private final String label;

        CommitmentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean open() {
            return this == PENDING || this == IN_PROGRESS || this == OVERDUE;
        }
    }

    public enum BarrierKind implements Labeled {
        BARRIER("Barrera"), NEED("Necesidad");

        private final String label;

        BarrierKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum BarrierStatus implements Labeled {
        OPEN("Abierta"),
        ESCALATED("Escalada"),
        RETURNED("Devuelta con orientación"),
        RESOLVED("Resuelta"),
        CLOSED("Cerrada");

        private final String label;

        BarrierStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum EscalationAction implements Labeled {
        RAISED("Presentada"),
        ESCALATED("Escalada"),
        RESOLVED("Resuelta"),
        RETURNED("Devuelta con orientación"),
        CLOSED("Cerrada"),
        REOPENED("Reabierta");

        private final String label;

        EscalationAction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ExerciseStatus implements Labeled {
        PLANNED("Planeado"), RUNNING("En ejecución"), EVALUATED("Evaluado");

        private final String label;

        ExerciseStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
