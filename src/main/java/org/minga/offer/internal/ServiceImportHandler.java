package org.minga.offer.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.minga.actor.Actors;
import org.minga.platform.ImportCheck;
import org.minga.platform.Labels;
import java.util.Map;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportKind;
import org.minga.platform.CurrentUser;
import org.minga.platform.RowImport;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Imports the service offer of a jurisdiction: one row per service, with its main location. A code that
 * exists is updated. Lists (needs, groups, SISBEN groups, territories, channels) are separated by ";".
 * The export answers the same columns, so an exported file can be edited and imported again.
 */
@Component
record ServiceImportHandler(OfferReadModel read, ServiceValidation validation,
        ServiceEditing editing) implements RowImport<ServiceForm> {

    /** Import column by form field, to name the column of each problem. */
    static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("code", "codigo"),
            Map.entry("provider", "actor"),
            Map.entry("name", "nombre"), Map.entry("description", "descripcion"), Map.entry("sector", "sector"),
            Map.entry("needs", "necesidades"), Map.entry("valueGroups", "grupos_valor"),
            Map.entry("minAge", "edad_minima"),
            Map.entry("maxAge", "edad_maxima"), Map.entry("sex", "sexo"),
            Map.entry("populationGroups", "grupos_poblacionales"),
            Map.entry("sisbenGroups", "grupos_sisben"), Map.entry("territories", "territorios"),
            Map.entry("eligibilityNotes", "otras_condiciones"), Map.entry("requiredDocuments", "documentos"),
            Map.entry("cost", "costo"), Map.entry("channels", "canales"), Map.entry("howToApply", "como_acceder"),
            Map.entry("legalBasis", "fundamento_legal"), Map.entry("url", "pagina_web"), Map.entry("email", "correo"),
            Map.entry("phone", "telefono"), Map.entry("status", "estado"));

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("codigo", "Código único del servicio en la jurisdicción."),
            ImportColumn.required("actor", "Código del actor que presta el servicio (regístrelo antes en Actores)."),
            ImportColumn.required("nombre", "Nombre del servicio."),
            ImportColumn.required("descripcion", "Qué es, en lenguaje claro."),
            ImportColumn.required("sector", "salud, educacion, bienestar social, cultura..."),
            ImportColumn.optional("necesidades", "Necesidades que atiende, separadas por ';'."),
            ImportColumn.optional("grupos_valor", "Grupos de valor (texto)."),
            ImportColumn.optional("edad_minima", "Edad mínima en años."),
            ImportColumn.optional("edad_maxima", "Edad máxima en años."),
            ImportColumn.optional("sexo", "cualquiera, mujer u hombre."),
            ImportColumn.optional("grupos_poblacionales",
                    "Solo para estos grupos, separados por ';' (personas mayores; victimas del conflicto...)."),
            ImportColumn.optional("grupos_sisben", "Grupos SISBEN IV admitidos: A1-B7; C1. Vacío: cualquiera."),
            ImportColumn.optional("territorios",
                    "Códigos de los territorios donde se ofrece, separados por ';'. Vacío: toda la jurisdicción."),
            ImportColumn.optional("otras_condiciones", "Condiciones de elegibilidad en texto libre."),
            ImportColumn.optional("documentos", "Documentos requeridos, separados por ';'."),
            ImportColumn.optional("costo", "Costo (p. ej. Gratuito)."),
            ImportColumn.optional("canales", "presencial; telefonico; virtual; jornada."),
            ImportColumn.optional("como_acceder", "Procedimiento para acceder."),
            ImportColumn.optional("fundamento_legal", "Norma que lo sustenta."),
            ImportColumn.optional("pagina_web", "Dirección web."),
            ImportColumn.optional("correo", "Correo de atención."),
            ImportColumn.optional("telefono", "Teléfono de atención."),
            ImportColumn.optional("estado", "activo, suspendido o inactivo (vacío: activo)."),
            ImportColumn.optional("punto_atencion", "Nombre del punto de atención principal."),
            ImportColumn.optional("direccion", "Dirección del punto de atención."),
            ImportColumn.optional("territorio_punto", "Código del territorio del punto de atención."),
            ImportColumn.optional("horario", "Días y horario, en palabras."),
            ImportColumn.optional("hora_apertura", "Hora de apertura, HH:MM."),
            ImportColumn.optional("hora_cierre", "Hora de cierre, HH:MM."),
            ImportColumn.optional("dias", "Días: MO; TU; WE; TH; FR; SA; SU."));

    static final ImportKind KIND = new ImportKind("services", "Oferta institucional (servicios)", COLUMNS);

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public Reader<ServiceForm> reader(ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        if (!ServiceEditing.canEdit(context.user(), j.id())) {
            throw new Refused("Su rol no registra servicios en " + j.name() + ".");
        }
        return row -> {
            ServiceForm form = form(row, j);
            if (form.code() != null) {
                row.repeated("codigo", form.code().toLowerCase(java.util.Locale.ROOT),
                        first -> "El código '" + form.code() + "' ya aparece en la fila " + first + ".");
            }
            ServiceView existing = form.code() == null ? null
                    : read.idByCode(j.id(), form.code()).flatMap(read::byId).orElse(null);
            try {
                validation.validate(form, j, context.user(), existing);
            } catch (ValidationException e) {
                row.errors(e, field -> field.startsWith("locations") ? "punto_atencion"
                        : COLUMN_OF.getOrDefault(field, field));
            }
            return form;
        };
    }

    private static ServiceForm form(ImportCheck.Cells row, Jurisdiction j) {
        Integer minAge = age(row, "edad_minima");
        Integer maxAge = age(row, "edad_maxima");
        LocalTime opens = time(row, "hora_apertura");
        LocalTime closes = time(row, "hora_cierre");
        List<ServiceForm.LocationForm> locations = new ArrayList<>();
        if (row.get("punto_atencion") != null) {
            locations.add(new ServiceForm.LocationForm(row.get("punto_atencion"), row.get("direccion"),
                    row.get("territorio_punto"), null, null, row.get("horario"), opens, closes, row.list("dias")));
        }
        return new ServiceForm(j.code(), row.get("codigo"), row.get("actor"), row.get("nombre"),
                row.get("descripcion"), row.get("sector"), row.list("necesidades"), row.get("grupos_valor"), minAge,
                maxAge, row.get("sexo"), row.list("grupos_poblacionales"), row.list("grupos_sisben"),
                row.list("territorios"), row.get("otras_condiciones"), row.get("documentos"), row.get("costo"),
                row.list("canales"), row.get("como_acceder"), row.get("fundamento_legal"), row.get("pagina_web"),
                row.get("correo"), row.get("telefono"), row.get("estado"), locations, null);
    }

    @Override
    public void store(ServiceForm form, Jurisdiction jurisdiction, CurrentUser user) {
        editing.upsert(form, jurisdiction, user);
    }

    private static Integer age(ImportCheck.Cells row, String column) {
        Long x = row.integer(column, reason -> "La edad " + reason + ".");
        if (x != null && (x < 0 || x > 120)) {
            row.error(column, "La edad debe estar entre 0 y 120 años.");
            return null;
        }
        return x == null ? null : x.intValue();
    }

    private static LocalTime time(ImportCheck.Cells row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            row.error(column, "La hora '" + v + "' no es válida: use HH:MM, por ejemplo 08:00.");
            return null;
        }
    }

    /** The export row of a service, in the order of {@link #COLUMNS}. */
    static List<String> row(ServiceView s, String providerCode, Labels labels) {
        ServiceView.LocationView l = s.locations().isEmpty() ? null : s.locations().get(0);
        return Arrays.asList(s.code(), providerCode, s.name(), s.description(), s.sector().label(),
                String.join("; ", s.needs().stream().map(labels::spanish).toList()), s.valueGroups(),
                s.minAge() == null ? null : s.minAge().toString(), s.maxAge() == null ? null : s.maxAge().toString(),
                labels.spanish(s.sex()), String.join("; ", s.populationGroups().stream().map(labels::spanish).toList()),
                String.join("; ", s.sisbenGroups()),
                String.join("; ", s.areas().stream().map(ServiceView.AreaView::code).toList()),
                s.eligibilityNotes(), s.requiredDocuments(), s.cost(),
                String.join("; ", s.channels().stream().map(labels::spanish).toList()), s.howToApply(), s.legalBasis(),
                s.url(), s.email(), s.phone(), labels.spanish(s.lifecycle()), l == null ? null : l.name(),
                l == null ? null : l.address(),
                l == null ? null : l.territoryCode(), l == null ? null : l.schedule(),
                l == null || l.opensAt() == null ? null : l.opensAt().toString(),
                l == null || l.closesAt() == null ? null : l.closesAt().toString(),
                l == null ? null : String.join("; ", l.weekdays()));
    }
}
