package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.Gov.SessionPeriodicity;

/** Bodies with the composition seeds 004 and 002 give; applying one creates the member seats to fill in. */
public enum BodyTemplate {
    INTERSECTORAL_COMMISSION("Comisión Intersectorial de Determinantes Sociales de la Salud y el Bienestar",
            "INTERSECTORAL_COMMISSION", ManagementLevel.MACRO, SessionPeriodicity.FOUR_MONTHLY, List.of(
                    new Seat("Alcalde/sa o su delegado/a", MemberRole.LEADS, "ALC-BOG", "ALC-CUC"),
                    new Seat("Secretaría Distrital de Salud", MemberRole.TECHNICAL_SECRETARIAT, "SDS"),
                    new Seat("Secretaría Distrital de Integración Social", MemberRole.MEMBER, "SDIS"),
                    new Seat("Secretaría de Educación", MemberRole.MEMBER, "SED"),
                    new Seat("Secretaría Distrital de Gobierno", MemberRole.MEMBER, "SDG"),
                    new Seat("Secretaría Distrital de Planeación", MemberRole.MEMBER, "SDP", "ALC-BOG"))),
    MAS_BIENESTAR_TABLE("Mesa MAS Bienestar (gerencia y técnica)", "MAS_BIENESTAR_TABLE", ManagementLevel.MACRO,
            SessionPeriodicity.MONTHLY, List.of(
                    new Seat("Gerencia del Modelo MAS Bienestar", MemberRole.LEADS),
                    new Seat("Secretaría técnica de la mesa", MemberRole.TECHNICAL_SECRETARIAT),
                    new Seat("Subsecretaría de Gestión Territorial, Participación y Servicio a la Ciudadanía",
                            MemberRole.MEMBER),
                    new Seat("Subsecretaría de Salud Pública", MemberRole.MEMBER),
                    new Seat("Equipo técnico de monitoreo", MemberRole.MEMBER))),
    TECHNICAL_COORDINATION_TABLE("Mesa de Coordinación Técnica del Modelo", "TECHNICAL_COORDINATION_TABLE",
            ManagementLevel.MESO, SessionPeriodicity.MONTHLY, List.of(
                    new Seat("Subdirector/a territorial", MemberRole.LEADS),
                    new Seat("Líder zonal de APSocial", MemberRole.TECHNICAL_SECRETARIAT),
                    new Seat("Líder de equipos básicos", MemberRole.MEMBER),
                    new Seat("Líder de gestión del riesgo", MemberRole.MEMBER),
                    new Seat("Líder PIC", MemberRole.MEMBER),
                    new Seat("Líder de políticas", MemberRole.MEMBER),
                    new Seat("Líder de participación social", MemberRole.MEMBER))),
    LOCAL_APS_TABLE("Mesa Local de Atención Primaria Social", "LOCAL_APS_TABLE", ManagementLevel.MICRO,
            SessionPeriodicity.MONTHLY, List.of(
                    new Seat("Líder local de APSocial", MemberRole.LEADS),
                    new Seat("Gestor/a de participación social transformadora", MemberRole.TECHNICAL_SECRETARIAT),
                    new Seat("Líder de políticas", MemberRole.MEMBER),
                    new Seat("Líder PIC", MemberRole.MEMBER),
                    new Seat("Líder de equipos básicos extramurales", MemberRole.MEMBER),
                    new Seat("Delegado/a de EPS", MemberRole.MEMBER),
                    new Seat("Delegado/a de IPS", MemberRole.MEMBER),
                    new Seat("Representante de las organizaciones sociales y comunitarias", MemberRole.MEMBER),
                    new Seat("Delegado/a operativo/a de otros sectores", MemberRole.OCCASIONAL_GUEST))),
    SOCIAL_POLICY_COUNCIL("Consejo de Política Social", "SOCIAL_POLICY_COUNCIL", ManagementLevel.MACRO,
            SessionPeriodicity.QUARTERLY, List.of(
                    new Seat("Alcalde/sa", MemberRole.LEADS, "ALC-BOG", "ALC-CUC"),
                    new Seat("Secretaría técnica del consejo", MemberRole.TECHNICAL_SECRETARIAT),
                    new Seat("Entidades nacionales con presencia territorial", MemberRole.MEMBER),
                    new Seat("Autoridad competente para el restablecimiento de derechos", MemberRole.MEMBER),
                    new Seat("Ministerio Público", MemberRole.MEMBER, "PERSONERIA-BOG", "PERSONERIA-CUC"),
                    new Seat("Representante de la sociedad civil", MemberRole.MEMBER, "JAC-RINCON"))),
    SOCIAL_AXIS_COORDINATION("Coordinación del Eje Social", "SOCIAL_AXIS_COORDINATION", ManagementLevel.MACRO,
            SessionPeriodicity.MONTHLY, List.of(
                    new Seat("Secretaría de bienestar social", MemberRole.LEADS),
                    new Seat("Secretaría de salud", MemberRole.MEMBER),
                    new Seat("Secretaría de educación", MemberRole.MEMBER)));

    /**
     * A seat: its position, role, and the codes of the actors that hold it, the first that exists in the
     * jurisdiction; a seat none of whose actors exists is the template actor's (the one the form names).
     */
    public record Seat(String position, MemberRole role, List<String> actorCodes) {
        Seat(String position, MemberRole role, String... actorCodes) {
            this(position, role, List.of(actorCodes));
        }
    }

    private final String label;
    private final String type;
    private final ManagementLevel level;
    private final SessionPeriodicity periodicity;
    private final List<Seat> seats;

    BodyTemplate(String label, String type, ManagementLevel level, SessionPeriodicity periodicity, List<Seat> seats) {
        this.label = label;
        this.type = type;
        this.level = level;
        this.periodicity = periodicity;
        this.seats = seats;
    }

    public String label() {
        return label;
    }

    /** The code of its type in the catalogue (every country's standard types include it). */
    public String type() {
        return type;
    }

    public ManagementLevel level() {
        return level;
    }

    public SessionPeriodicity periodicity() {
        return periodicity;
    }

    public List<Seat> seats() {
        return seats;
    }
}
