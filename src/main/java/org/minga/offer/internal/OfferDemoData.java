package org.minga.offer.internal;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services Barrios con Bienestar takes to Cúcuta's neighbourhoods (seed 000), and a few of Bogotá's,
 * with plausible eligibility rules. Rules simplify the real programmes; the free-text notes say the rest.
 */
@Configuration(proxyBeanMethods = false)
class OfferDemoData {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    record S(String code, String provider, String name, String description, String sector, String needs, Integer minAge,
            Integer maxAge, String sex, String groups, String sisben, String territories, String notes,
            String documents,
            String channels, String howToApply, String legalBasis) {
    }

    static final String WEEKDAYS_MORNING = "Lunes a viernes de 8:00 a. m. a 12:00 m.";

    static final List<S> CUCUTA = List.of(
            new S("COLOMBIA-MAYOR", "SBS-CUC", "Colombia Mayor",
                    "Subsidio económico mensual para personas mayores que no tienen pensión y viven en pobreza o vulnerabilidad.",
                    "bienestar social", "ingresos y subsidios", 60, null, null, "", "A1-C1", "",
                    "No tener pensión ni rentas suficientes. Haber vivido en Colombia los últimos 10 años.",
                    "Cédula de ciudadanía; certificado de Sisbén IV", "presencial, jornada",
                    "Inscríbase en el Departamento Administrativo de Bienestar Social (DABS) o en una jornada de Barrios con Bienestar.",
                    "Ley 797 de 2003; Decreto 1833 de 2016"),
            new S("RENTA-CIUDADANA", "SBS-CUC", "Renta Ciudadana",
                    "Transferencia monetaria para hogares en pobreza extrema y pobreza moderada.",
                    "bienestar social", "ingresos y subsidios", null, null, null, "", "A1-B7", "",
                    "La prioridad son los hogares en pobreza extrema (grupo A) con niñas, niños, personas mayores o con discapacidad.",
                    "Documento de identidad de la persona titular del hogar", "presencial, virtual, jornada",
                    "No requiere inscripción: Prosperidad Social focaliza a los hogares con el Sisbén IV; consulte si su hogar fue priorizado.",
                    "Ley 2294 de 2023 (Plan Nacional de Desarrollo)"),
            new S("RENTA-JOVEN", "SBS-CUC", "Renta Joven",
                    "Apoyo económico para jóvenes que estudian en programas técnicos, tecnológicos o universitarios.",
                    "educacion", "ingresos y subsidios, educacion y formacion", 14, 28, null, "", "A1-C18", "",
                    "Estar matriculado en el SENA o en una institución de educación superior pública.",
                    "Documento de identidad; certificado de matrícula", "virtual, presencial",
                    "Pre-regístrese en la plataforma de Prosperidad Social y valide su matrícula.", "Ley 2294 de 2023"),
            new S("ORIENTACION-LEGAL", "SGO-CUC", "Orientación Legal y Protección de Derechos",
                    "Asesoría gratuita sobre sus derechos, conflictos familiares, de vivienda o de convivencia, y a dónde acudir.",
                    "justicia y orientacion legal", "orientacion legal y derechos", null, null, null, "", "", "",
                    null, "Documento de identidad", "presencial, telefonico, jornada",
                    "Acérquese sin cita a la Secretaría de Gobierno o a una jornada en su barrio.",
                    "Constitución Política, artículo 229"),
            new S("ASEGURAMIENTO-SALUD", "SSA-CUC", "Aseguramiento en Salud",
                    "Afiliación al régimen subsidiado de salud para quienes no pueden pagar.",
                    "salud", "salud, tramites y documentos", null, null, null, "", "A1-C18", "",
                    "También la población especial de listados censales (víctimas, migrantes con PPT, habitantes de calle) aunque no tenga Sisbén.",
                    "Documento de identidad; Sisbén IV o listado censal", "presencial, jornada",
                    "Solicite la afiliación en la Secretaría de Salud o en una jornada de Barrios con Bienestar.",
                    "Ley 100 de 1993; Decreto 780 de 2016"),
            new S("QUEJAS-EPS", "SSA-CUC", "Quejas y reclamos ante las EPS",
                    "Le ayudamos a presentar y hacer seguimiento a quejas por demoras o negación de servicios de su EPS.",
                    "salud", "salud, orientacion legal y derechos", null, null, null, "", "", "",
                    null, "Documento de identidad; órdenes médicas o respuesta de la EPS si las tiene",
                    "presencial, telefonico, jornada",
                    "Cuéntenos su caso en la Secretaría de Salud o en una jornada.", "Ley 1751 de 2015"),
            new S("SISBEN", "SPL-CUC", "Sisbén: encuesta, actualización y consulta",
                    "Solicite la encuesta del Sisbén IV, actualice sus datos o consulte su grupo.",
                    "gobierno y participacion", "tramites y documentos", null, null, null, "", "", "",
                    null, "Documento de identidad de todas las personas del hogar; recibo de servicio público",
                    "presencial, virtual, jornada",
                    "Solicite la encuesta en la oficina del Sisbén o en una jornada de Barrios con Bienestar.",
                    "Decreto 441 de 2017; CONPES 3877"),
            new S("VACUNACION-ANIMALES", "SSA-CUC", "Vacunación de caninos y felinos",
                    "Vacuna antirrábica gratuita para perros y gatos desde los 3 meses de edad.",
                    "salud", "animales de compania, salud", null, null, null, "", "", "",
                    "Lleve a su mascota con correa o en guacal.", null, "presencial, jornada",
                    "Llegue con su perro o gato a la jornada; no necesita cita.", "Ley 9 de 1979; Decreto 780 de 2016"),
            new S("RECREACION-CULTURA", "SCT-CUC", "Recreación y Cultura",
                    "Actividades recreativas, deportivas y culturales gratuitas para niñas, niños, jóvenes y familias.",
                    "cultura", "cultura y recreacion", null, null, null, "", "", "C09",
                    null, null, "jornada", "Participe en las jornadas de su barrio.", "Ley 397 de 1997"),
            new S("ATENCION-PSICOSOCIAL", "SBS-CUC", "Atención Psicosocial",
                    "Escucha y acompañamiento de profesionales en psicología y trabajo social para personas y familias.",
                    "bienestar social", "apoyo psicosocial", null, null, null, "", "", "",
                    null, "Documento de identidad", "presencial, telefonico, jornada",
                    "Acérquese al Departamento Administrativo de Bienestar Social (DABS) o a una jornada.",
                    "Ley 1616 de 2013"),
            new S("OFERTA-ACADEMICA", "SED-CUC", "Oferta Académica",
                    "Cupos escolares, validación del bachillerato y educación para jóvenes y adultos.",
                    "educacion", "educacion y formacion", 15, null, null, "", "", "",
                    "Para la educación de adultos se requiere tener 15 años o más y estar por fuera del sistema escolar.",
                    "Documento de identidad; último certificado de estudios", "presencial, jornada",
                    "Inscríbase en la Secretaría de Educación o en una jornada.", "Decreto 1075 de 2015"),
            new S("GESTANTES-CUC", "SSA-CUC", "Control prenatal y cuidado de la gestante",
                    "Acompañamiento para que las gestantes asistan a sus controles y reciban orientación en nutrición.",
                    "salud", "salud, cuidado", null, null, "mujer", "gestantes", "", "",
                    null, "Documento de identidad; carné de control prenatal", "presencial, jornada",
                    "Acérquese a la jornada o a su centro de salud.", "Resolución 3280 de 2018"));

    static final List<S> BOGOTA = List.of(
            new S("APOYO-PERSONA-MAYOR", "SDIS", "Apoyos económicos para personas mayores",
                    "Apoyo económico mensual del Distrito para personas mayores sin pensión en pobreza o vulnerabilidad.",
                    "bienestar social", "ingresos y subsidios", 60, null, null, "", "A1-C1", "",
                    "Residir en Bogotá; no tener pensión.", "Cédula; Sisbén IV", "presencial",
                    "Solicítelo en la Subdirección Local de Integración Social de su localidad.",
                    "Acuerdo 761 de 2020"),
            new S("COMEDORES", "SDIS", "Comedores comunitarios",
                    "Almuerzo de lunes a sábado para personas y familias con inseguridad alimentaria.",
                    "bienestar social", "alimentacion", null, null, null, "", "A1-B7", "11",
                    null, "Documento de identidad", "presencial", "Solicite el cupo en la Subdirección Local.",
                    "Decreto 508 de 2007"),
            new S("CIO-MUJERES", "SDMUJER", "Orientación sociojurídica para mujeres",
                    "Asesoría jurídica y psicosocial gratuita para mujeres en las Casas de Igualdad de Oportunidades.",
                    "mujer y genero", "orientacion legal y derechos, apoyo psicosocial", null, null, "mujer", "", "",
                    "",
                    null, null, "presencial, telefonico, virtual", "Acérquese a la Casa de Igualdad de su localidad.",
                    "Acuerdo 583 de 2015"));

    @Bean
    DemoDataset cucutaServices(ServiceEditing offer, Jurisdictions jurisdictions, Actors actors) {
        return new Dataset("cucuta-services", 450, () -> load(offer, jurisdictions, actors, "54001", "SBS-CUC", CUCUTA,
                new ServiceForm.LocationForm("Jornada Barrios con Bienestar – Salón comunal La Laguna",
                        "Salón comunal, barrio La Laguna",
                        "B-C09-01", null, null, "Según el cronograma de jornadas, de 8:00 a. m. a 1:00 p. m.",
                        LocalTime.of(8, 0),
                        LocalTime.of(13, 0), List.of("SA")),
                new ServiceForm.LocationForm("Centro Administrativo Municipal", "Av. 5 # 11-36, Centro", "C01", null,
                        null,
                        WEEKDAYS_MORNING, LocalTime.of(8, 0), LocalTime.of(12, 0),
                        List.of("MO", "TU", "WE", "TH", "FR"))));
    }

    @Bean
    DemoDataset bogotaServices(ServiceEditing offer, Jurisdictions jurisdictions, Actors actors) {
        return new Dataset("bogota-services", 460, () -> load(offer, jurisdictions, actors, "11001", "SDIS", BOGOTA,
                new ServiceForm.LocationForm("Subdirección Local de Integración Social de Suba",
                        "Calle 146C Bis # 90-57", "11",
                        4.7390, -74.0930, WEEKDAYS_MORNING, LocalTime.of(7, 0), LocalTime.of(16, 30),
                        List.of("MO", "TU", "WE", "TH", "FR"))));
    }

    private static void load(ServiceEditing offer, Jurisdictions jurisdictions, Actors actors, String code,
            String anyProvider,
            List<S> services, ServiceForm.LocationForm... locations) {
        Optional<Jurisdiction> j = jurisdictions.byCode(code);
        if (j.isEmpty() || actors.byCode(j.get().id(), anyProvider).isEmpty()) {
            return;
        }
        for (S s : services) {
            offer.create(new ServiceForm(code, s.code(), s.provider(), s.name(), s.description(), s.sector(),
                    List.of(s.needs()),
                    null, s.minAge(), s.maxAge(), s.sex(), List.of(s.groups()), List.of(s.sisben()),
                    List.of(s.territories()),
                    s.notes(), s.documents(), "Gratuito", List.of(s.channels()), s.howToApply(), s.legalBasis(), null,
                    null,
                    null, "activo", List.of(locations), null), DEMO);
        }
    }

    private record Dataset(String name, int order, Runnable loader) implements DemoDataset {
        @Override
        public void load() {
            loader.run();
        }
    }
}
