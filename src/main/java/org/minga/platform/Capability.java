package org.minga.platform;

/**
 * What a handler or a service needs the user to be allowed to do. Which roles hold each capability, and over
 * which reach, is the one table of {@link AccessPolicy}; every page and API handler declares the capability it
 * needs with {@link Requires}.
 */
public enum Capability {
    /** Anyone, signed in or not: the public directory, the HSDS API, the bank, public survey links. */
    PUBLIC("consultar lo publicado"),
    /** Any signed-in user: the home page and their own notifications. */
    SIGNED_IN("usar Minga con su cuenta"),
    /** Territories, actors, the offer, governance bodies, participation spaces, fairs, practices: no personal data. */
    READ_TERRITORIAL_INFO("consultar territorios, actores, oferta, instancias, participación, jornadas y prácticas"),
    /** Counts and indicators: the situation room, planning, closed-loop figures. */
    READ_AGGREGATES("consultar cifras, indicadores y la sala situacional"),
    MANAGE_TERRITORY("gestionar territorios, variables, priorización e importaciones"),
    CONFIGURE_JURISDICTION("configurar niveles, instrumentos, reglas de alerta y formatos de la jurisdicción"),
    MANAGE_ACTORS_AND_OFFER("gestionar actores, alianzas, activos sociales y oferta"),
    RUN_GOVERNANCE("gestionar instancias, sesiones, compromisos y barreras"),
    RUN_PARTICIPATION("gestionar espacios de participación y encuestas"),
    RUN_FAIRS("planear y gestionar jornadas de servicios"),
    REGISTER_AT_FAIRS("registrar asistencia en el stand de una jornada"),
    MANAGE_PLANS("gestionar planes e indicadores"),
    /** Persons, households, characterisations, alerts, care plans, attentions, consents, referrals by territory. */
    READ_PERSONAL_DATA("leer datos personales"),
    RECORD_PERSONAL_DATA(
            "registrar datos personales (hogares, personas, caracterizaciones, atenciones, canalizaciones)"),
    ANSWER_REFERRALS("recibir y responder las canalizaciones dirigidas a su entidad"),
    REGISTER_DATA_REQUESTS("registrar consultas y reclamos de titulares"),
    PROCESS_DATA_REQUESTS("tramitar consultas y reclamos de titulares y ejecutar supresiones"),
    READ_ACCESS_LOG("leer el registro de accesos a datos personales"),
    DOCUMENT_PRACTICES("documentar buenas prácticas y lecciones aprendidas"),
    MANAGE_PRACTICES("asignar evaluadores, devolver y publicar buenas prácticas"),
    EVALUATE_PRACTICES("evaluar buenas prácticas asignadas"),
    ADMINISTER_USERS("administrar usuarios, jurisdicciones y la auditoría"),
    /** Background work of the care routes: send the next step's referral when the previous one is attended. */
    ADVANCE_CARE_ROUTES("avanzar rutas de atención");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    /** The Spanish description users read in messages and in the policy table. */
    public String label() {
        return label;
    }
}
