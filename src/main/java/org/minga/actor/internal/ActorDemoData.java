package org.minga.actor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.Territories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo actors: the alcaldías of Bogotá and Cúcuta with their secretarías, and the allies of Barrios con
 * Bienestar (seed 000): Veolia, UNICEF, the Policía comunitaria, Confaorienta (the caja de compensación) and
 * community leaders; their alliances and some social assets. No contact people: those are personal data.
 */
@Configuration(proxyBeanMethods = false)
class ActorDemoData {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    record A(String code, String name, String acronym, String type, String parent, String sectors, String territories,
            String description, String website) {
    }

    static final List<A> CUCUTA = List.of(
            new A("ALC-CUC", "Alcaldía de San José de Cúcuta", null, "entidad publica", null,
                    "gobierno y participacion", "54001", "Administración municipal de San José de Cúcuta.",
                    "https://www.cucuta.gov.co"),
            new A("SBS-CUC", "Departamento Administrativo de Bienestar Social", "DABS", "secretaria", "ALC-CUC",
                    "bienestar social",
                    "54001",
                    "Programas sociales para personas mayores, niñez, juventud, mujer y población vulnerable; coordina Barrios con Bienestar.",
                    null),
            new A("SSA-CUC", "Secretaría de Salud", null, "secretaria", "ALC-CUC", "salud", "54001",
                    "Aseguramiento, salud pública, vigilancia a las EPS y zoonosis.", null),
            new A("SED-CUC", "Secretaría de Educación", null, "secretaria", "ALC-CUC", "educacion", "54001",
                    "Educación preescolar, básica, media y oferta académica para jóvenes y adultos.", null),
            new A("SCT-CUC", "Secretaría de Cultura y Turismo", null, "secretaria", "ALC-CUC",
                    "cultura, recreacion y deporte", "54001", "Oferta cultural, recreativa y deportiva en los barrios.",
                    null),
            new A("SGO-CUC", "Secretaría de Gobierno", null, "secretaria", "ALC-CUC",
                    "justicia y orientacion legal, seguridad", "54001",
                    "Orientación legal, comisarías de familia, inspecciones y convivencia.", null),
            new A("SPL-CUC", "Secretaría de Planeación", null, "secretaria", "ALC-CUC", "gobierno y participacion",
                    "54001", "Planeación municipal y administración de la base del Sisbén.", null),
            new A("VEOLIA-CUC", "Veolia Aguas de Cúcuta", "Veolia", "empresa privada", null,
                    "servicios publicos, ambiente", "54001",
                    "Empresa de servicios públicos; aliado de Barrios con Bienestar: embellecimiento del lugar y perifoneo.",
                    "https://www.veolia.com.co"),
            new A("UNICEF-CUC", "Fondo de las Naciones Unidas para la Infancia", "UNICEF", "cooperacion internacional",
                    null, "bienestar social, salud", "54001",
                    "Cooperación internacional para la niñez, incluida la niñez migrante.",
                    "https://www.unicef.org/colombia"),
            new A("POLCOM-CUC", "Policía Metropolitana de Cúcuta – Policía comunitaria", "MECUC", "entidad publica",
                    null, "seguridad", "54001", "Policía comunitaria: acompañamiento y seguridad de las jornadas.",
                    null),
            new A("CONFAORIENTA", "Caja de Compensación Familiar del Oriente Colombiano", "Confaorienta",
                    "empresa privada", null, "bienestar social, recreacion y deporte", "54001",
                    "Caja de compensación familiar; apoya las jornadas con refrigerios y recreación.",
                    "https://www.confaoriente.com.co"),
            new A("JAC-LALAGUNA", "Junta de Acción Comunal del barrio La Laguna", "JAC La Laguna",
                    "organizacion comunitaria", null, "gobierno y participacion", "B-C09-01",
                    "Organización comunal; convoca a la comunidad y apoya la logística de las jornadas.", null),
            new A("LIDER-C09", "Red de líderes comunitarios de la Comuna 9", null, "lider comunitario", null,
                    "gobierno y participacion", "C09",
                    "Líderes y lideresas que identifican necesidades y convocan a la comunidad.", null));

    static final List<A> BOGOTA = List.of(
            new A("ALC-BOG", "Alcaldía Mayor de Bogotá", null, "entidad publica", null, "gobierno y participacion",
                    "11001", "Administración distrital de Bogotá D.C.", "https://bogota.gov.co"),
            new A("SDIS", "Secretaría Distrital de Integración Social", "SDIS", "secretaria", "ALC-BOG",
                    "bienestar social", "11001",
                    "Servicios sociales para personas mayores, niñez, familias, personas con discapacidad y habitantes de calle.",
                    "https://www.integracionsocial.gov.co"),
            new A("SDS", "Secretaría Distrital de Salud", "SDS", "secretaria", "ALC-BOG", "salud", "11001",
                    "Rectoría de salud y atención primaria social en los territorios.",
                    "https://www.saludcapital.gov.co"),
            new A("SED", "Secretaría de Educación del Distrito", "SED", "secretaria", "ALC-BOG", "educacion", "11001",
                    "Educación pública del Distrito.", "https://www.educacionbogota.edu.co"),
            new A("SCRD", "Secretaría Distrital de Cultura, Recreación y Deporte", "SCRD", "secretaria", "ALC-BOG",
                    "cultura, recreacion y deporte", "11001", "Política cultural, recreativa y deportiva.",
                    "https://www.culturarecreacionydeporte.gov.co"),
            new A("SDMUJER", "Secretaría Distrital de la Mujer", null, "secretaria", "ALC-BOG",
                    "mujer y genero, justicia y orientacion legal", "11001",
                    "Casas de Igualdad de Oportunidades y orientación sociojurídica a mujeres.",
                    "https://www.sdmujer.gov.co"),
            new A("SDG", "Secretaría Distrital de Gobierno", "SDG", "secretaria", "ALC-BOG", "gobierno y participacion",
                    "11001", "Alcaldías locales, convivencia y participación.", null),
            new A("SDHT", "Secretaría Distrital del Hábitat", null, "secretaria", "ALC-BOG", "habitat", "11001",
                    "Vivienda y mejoramiento de barrios.", null),
            new A("SDDE", "Secretaría Distrital de Desarrollo Económico", "SDDE", "secretaria", "ALC-BOG",
                    "desarrollo economico", "11001", "Empleo, emprendimiento y abastecimiento.", null),
            new A("ALC-SUBA", "Alcaldía Local de Suba", null, "entidad publica", "SDG", "gobierno y participacion",
                    "11", "Gobierno local de Suba.", null),
            new A("PERSONERIA-BOG", "Personería de Bogotá", null, "entidad publica", null,
                    "justicia y orientacion legal", "11001",
                    "Ministerio Público del Distrito: defensa de los derechos humanos y vigilancia de la conducta oficial.",
                    "https://www.personeriabogota.gov.co"),
            new A("JAC-RINCON", "Junta de Acción Comunal El Rincón", null, "organizacion comunitaria", null,
                    "gobierno y participacion", "11", "Organización comunal de Suba.", null),
            new A("UNAL", "Universidad Nacional de Colombia", "UNAL", "academia", null, "educacion", "11001",
                    "Prácticas académicas y acompañamiento técnico.", "https://unal.edu.co"));

    @Bean
    DemoDataset cucutaActors(ActorService actors, AllianceService alliances, SocialAssetService assets,
            Jurisdictions jurisdictions, Territories territories) {
        return new Dataset("cucuta-actors", 400, () -> {
            Optional<Jurisdiction> j = jurisdictions.byCode("54001");
            if (j.isEmpty() || territories.byCode(j.get().id(), "B-C09-01").isEmpty()) {
                return;
            }
            register(actors, j.get(), CUCUTA);
            alliances.create(new AllianceForm("54001", "BARRIOS-BIENESTAR", "Barrios con Bienestar",
                    "Llevar la oferta social de la alcaldía a los barrios con mayor población vulnerable, con apoyo de aliados estratégicos.",
                    "externa", null, LocalDate.of(2024, 2, 1), null, "activa", List.of(
                            new AllianceForm.Member("SBS-CUC",
                                    "Coordinación, equipo interdisciplinario, carpas y equipos de cómputo"),
                            new AllianceForm.Member("VEOLIA-CUC", "Embellecimiento del lugar y perifoneo"),
                            new AllianceForm.Member("UNICEF-CUC", "Asistencia técnica para la atención de niñez"),
                            new AllianceForm.Member("POLCOM-CUC", "Acompañamiento y seguridad de las jornadas"),
                            new AllianceForm.Member("CONFAORIENTA", "Refrigerios para los niños y recreación"),
                            new AllianceForm.Member("JAC-LALAGUNA", "Convocatoria y logística con los líderes")),
                    null), DEMO);
            alliances.create(new AllianceForm("54001", "MESA-OFERTA-CUC", "Mesa de oferta social de la alcaldía",
                    "Coordinar el cronograma de jornadas y la oferta de las secretarías.", "interna", null,
                    LocalDate.of(2024, 1, 15), null, "activa", List.of(
                            new AllianceForm.Member("SBS-CUC", "Secretaría técnica"),
                            new AllianceForm.Member("SSA-CUC", "Aseguramiento, vacunación y quejas de EPS"),
                            new AllianceForm.Member("SED-CUC", "Oferta académica"),
                            new AllianceForm.Member("SCT-CUC", "Recreación y cultura"),
                            new AllianceForm.Member("SGO-CUC", "Orientación legal"),
                            new AllianceForm.Member("SPL-CUC", "Sisbén"),
                            new AllianceForm.Member("ALC-CUC", "Transporte de equipos")),
                    null), DEMO);
            assets.create(new AssetForm("54001", "SALON-LALAGUNA", "Salón comunal La Laguna", "lugar", "comunitario",
                    "Salón de la Junta de Acción Comunal; sede de las jornadas en el barrio.", "JAC-LALAGUNA",
                    "B-C09-01",
                    null, null, null, "activo", null), DEMO);
            assets.create(new AssetForm("54001", "LIDERES-C09", "Lideresas y líderes de la Comuna 9", "liderazgo",
                    "comunitario",
                    "Personas reconocidas que convocan a la comunidad.", "LIDER-C09", "C09", null, null, null, "activo",
                    null), DEMO);
            assets.create(new AssetForm("54001", "BARRIOS-BIENESTAR-PRG", "Programa Barrios con Bienestar", "programa",
                    "institucional", "Estrategia de descentralización de la oferta social.", "SBS-CUC", "54001", null,
                    null, null,
                    "activo", null), DEMO);
        });
    }

    @Bean
    DemoDataset bogotaActors(ActorService actors, AllianceService alliances, SocialAssetService assets,
            Jurisdictions jurisdictions, Territories territories) {
        return new Dataset("bogota-actors", 410, () -> {
            Optional<Jurisdiction> j = jurisdictions.byCode("11001");
            if (j.isEmpty() || territories.byCode(j.get().id(), "11").isEmpty()) {
                return;
            }
            register(actors, j.get(), BOGOTA);
            alliances.create(new AllianceForm("11001", "APS-SUBA", "Atención primaria social en Suba",
                    "Articular la oferta de salud, integración social y educación en los barrios priorizados de Suba.",
                    "interna", "11", LocalDate.of(2024, 3, 1), null, "activa", List.of(
                            new AllianceForm.Member("SDS", "Equipos básicos extramurales"),
                            new AllianceForm.Member("SDIS", "Servicios sociales y apoyos económicos"),
                            new AllianceForm.Member("ALC-SUBA", "Convocatoria y espacios"),
                            new AllianceForm.Member("JAC-RINCON", "Convocatoria comunitaria")),
                    null), DEMO);
            alliances.create(new AllianceForm("11001", "UNAL-PRACTICAS", "Prácticas académicas en territorio",
                    "Estudiantes en práctica apoyan la caracterización de hogares.", "externa", null,
                    LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30), "activa", List.of(
                            new AllianceForm.Member("UNAL", "Estudiantes en práctica y asesoría técnica"),
                            new AllianceForm.Member("SDIS", "Supervisión y material")),
                    null), DEMO);
            // points inside Suba's official boundary: the map places them in Suba automatically
            assets.create(new AssetForm("11001", "BIBLIOTECA-SUBA", "Biblioteca Pública Julio Mario Santo Domingo",
                    "lugar",
                    "institucional", "Biblioteca, auditorio y salas para actividades comunitarias.", "SCRD", null,
                    "Av. Calle 170 # 67-51", 4.7505, -74.0712, "activo", null), DEMO);
            assets.create(new AssetForm("11001", "SALON-RINCON", "Salón comunal El Rincón", "lugar", "comunitario",
                    "Salón de la Junta de Acción Comunal: reuniones de la red y punto de orientación.", "JAC-RINCON",
                    null, "Carrera 91 # 128-10", 4.7296, -74.0937, "activo", null), DEMO);
            assets.create(new AssetForm("11001", "HUMEDAL-CORDOBA", "Humedal Córdoba – grupo de guardianes", "grupo",
                    "comunitario", "Grupo comunitario que cuida el humedal y hace recorridos.", null, null, null,
                    4.7080, -74.0700,
                    "activo", null), DEMO);
        });
    }

    private static void register(ActorService actors, Jurisdiction j, List<A> list) {
        for (A a : list) {
            actors.create(new ActorForm(j.code(), a.code(), a.name(), a.acronym(), a.type(), a.parent(),
                    List.of(a.sectors()), List.of(a.territories()), a.description(), a.website(), null, null, "activo",
                    null),
                    DEMO);
        }
    }

    private record Dataset(String name, int order, Runnable loader) implements DemoDataset {
        @Override
        public void load() {
            loader.run();
        }
    }
}
