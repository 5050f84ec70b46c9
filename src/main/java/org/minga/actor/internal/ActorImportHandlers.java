package org.minga.actor.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.minga.platform.CurrentUser;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.RowImport;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Imports of actors, alliances and social assets. Each row is checked with the same rules as the forms and
 * the API; a code that exists is updated. Lists inside a cell are separated by ";". The exports answer the
 * same columns.
 */
@Configuration(proxyBeanMethods = false)
class ActorImportHandlers {

    static final List<ImportColumn> ACTOR_COLUMNS = List.of(
            ImportColumn.required("codigo", "Código único del actor en la jurisdicción."),
            ImportColumn.required("nombre", "Nombre del actor."),
            ImportColumn.optional("sigla", "Sigla o nombre corto."),
            ImportColumn.required("tipo",
                    "entidad publica, secretaria, ong, organizacion comunitaria, empresa privada, academia, cooperacion internacional, iglesia, lider comunitario, gremio."),
            ImportColumn.optional("entidad_superior",
                    "Código del actor del que depende (p. ej. la alcaldía de una secretaría); puede estar más arriba en el mismo archivo."),
            ImportColumn.required("sectores", "Sectores separados por ';': salud; educacion; bienestar social..."),
            ImportColumn.optional("territorios", "Códigos de los territorios donde actúa, separados por ';'."),
            ImportColumn.optional("descripcion", "Qué hace."),
            ImportColumn.optional("pagina_web", "Dirección web."),
            ImportColumn.optional("correo", "Correo institucional (no personal)."),
            ImportColumn.optional("telefono", "Teléfono institucional."),
            ImportColumn.optional("estado", "activo o inactivo (vacío: activo)."));

    static final List<ImportColumn> ALLIANCE_COLUMNS = List.of(
            ImportColumn.required("codigo", "Código de la alianza; repítalo en una fila por cada actor miembro."),
            ImportColumn.required("nombre", "Nombre de la alianza."),
            ImportColumn.required("proposito", "Para qué se alían."),
            ImportColumn.required("alcance", "interna o externa."),
            ImportColumn.optional("territorio", "Código del territorio de la alianza."),
            ImportColumn.required("fecha_inicio", "AAAA-MM-DD o DD/MM/AAAA."),
            ImportColumn.optional("fecha_fin", "AAAA-MM-DD o DD/MM/AAAA."),
            ImportColumn.optional("estado", "activa, finalizada o suspendida."),
            ImportColumn.required("actor", "Código del actor miembro."),
            ImportColumn.optional("aporte",
                    "Qué aporta: perifoneo, refrigerios, embellecimiento, recursos, personal..."));

    static final List<ImportColumn> ASSET_COLUMNS = List.of(
            ImportColumn.required("codigo", "Código único del activo."),
            ImportColumn.required("nombre", "Nombre del activo."),
            ImportColumn.required("clase", "lugar, grupo, liderazgo o programa."),
            ImportColumn.required("naturaleza", "comunitario o institucional."),
            ImportColumn.optional("descripcion", "Qué es y cómo se puede movilizar."),
            ImportColumn.optional("actor", "Código del actor responsable."),
            ImportColumn.optional("territorio", "Código del territorio (si no da latitud y longitud)."),
            ImportColumn.optional("direccion", "Dirección."),
            ImportColumn.optional("latitud", "Latitud en grados decimales (WGS84)."),
            ImportColumn.optional("longitud", "Longitud en grados decimales (WGS84)."),
            ImportColumn.optional("estado", "activo o inactivo."));

    static final Map<String, String> ACTOR_FIELDS = Map.of("code", "codigo", "name", "nombre", "acronym", "sigla",
            "type", "tipo", "parent", "entidad_superior", "sectors", "sectores", "territories", "territorios",
            "website", "pagina_web", "email", "correo", "phone", "telefono");

    static final Map<String, String> ALLIANCE_FIELDS = Map.of("code", "codigo", "name", "nombre", "purpose",
            "proposito",
            "scope", "alcance", "territory", "territorio", "startDate", "fecha_inicio", "endDate", "fecha_fin",
            "status", "estado", "members", "actor");

    static final Map<String, String> ASSET_FIELDS = Map.of("code", "codigo", "name", "nombre", "kind", "clase",
            "nature", "naturaleza", "description", "descripcion", "actor", "actor", "territory", "territorio",
            "address", "direccion", "latitude", "latitud", "longitude", "longitud");

    @Bean
    ImportHandler<?> actorImport(ActorService actors) {
        return new Handler<ActorForm>(new ImportKind("actors", "Actores", ACTOR_COLUMNS), ACTOR_FIELDS,
                ActorForm::code) {
            @Override
            ActorForm read(ImportCheck.Cells row, Jurisdiction j) {
                return new ActorForm(j.code(), row.get("codigo"), row.get("nombre"), row.get("sigla"), row.get("tipo"),
                        row.get("entidad_superior"), row.list("sectores"), row.list("territorios"),
                        row.get("descripcion"),
                        row.get("pagina_web"), row.get("correo"), row.get("telefono"), row.get("estado"), null);
            }

            @Override
            void check(ActorForm f, Jurisdiction j, CurrentUser user, Map<String, ActorForm> earlier) {
                // a parent defined earlier in the same file is fine: check the rest without it
                ActorForm checked = f;
                if (f.parent() != null && earlier.containsKey(f.parent().toLowerCase(Locale.ROOT))
                        && actors.byCode(j.id(), f.parent()).isEmpty()) {
                    checked = new ActorForm(f.jurisdiction(), f.code(), f.name(), f.acronym(), f.type(), null,
                            f.sectors(),
                            f.territories(), f.description(), f.website(), f.email(), f.phone(), f.status(), null);
                }
                actors.validate(checked, j, user,
                        f.code() == null ? null : actors.byCode(j.id(), f.code()).orElse(null));
            }

            @Override
            public void store(ActorForm f, Jurisdiction j, CurrentUser user) {
                actors.upsert(f, j, user);
            }
        };
    }

    @Bean
    ImportHandler<?> allianceImport(AllianceService alliances, ActorImportQueries queries) {
        return new Handler<AllianceForm>(new ImportKind("alliances", "Alianzas entre actores", ALLIANCE_COLUMNS),
                ALLIANCE_FIELDS, AllianceForm::code) {
            @Override
            AllianceForm read(ImportCheck.Cells row, Jurisdiction j) {
                return new AllianceForm(j.code(), row.get("codigo"), row.get("nombre"), row.get("proposito"),
                        row.get("alcance"),
                        row.get("territorio"), date(row, "fecha_inicio"), date(row, "fecha_fin"),
                        row.get("estado"), List.of(new AllianceForm.Member(row.get("actor"), row.get("aporte"))), null);
            }

            /** Rows of one alliance (one per member) become one form. */
            @Override
            List<AllianceForm> merge(List<AllianceForm> forms) {
                Map<String, AllianceForm> byCode = new LinkedHashMap<>();
                for (AllianceForm f : forms) {
                    String k = f.code() == null ? "" : f.code().toLowerCase(Locale.ROOT);
                    AllianceForm first = byCode.get(k);
                    if (first == null) {
                        byCode.put(k, f);
                    } else {
                        List<AllianceForm.Member> members = new ArrayList<>(first.members());
                        members.addAll(f.members());
                        byCode.put(k,
                                new AllianceForm(first.jurisdiction(), first.code(), first.name(), first.purpose(),
                                        first.scope(), first.territory(), first.startDate(), first.endDate(),
                                        first.status(), members, null));
                    }
                }
                return new ArrayList<>(byCode.values());
            }

            @Override
            boolean repeatsCodes() {
                return true;
            }

            @Override
            void check(AllianceForm f, Jurisdiction j, CurrentUser user, Map<String, AllianceForm> earlier) {
                Optional<Long> id = queries.allianceId(j.id(), f.code());
                alliances.validate(f, j, user, id.flatMap(alliances::byId).orElse(null));
            }

            @Override
            public void store(AllianceForm f, Jurisdiction j, CurrentUser user) {
                alliances.upsert(f, j, user);
            }
        };
    }

    @Bean
    ImportHandler<?> socialAssetImport(SocialAssetService assets, ActorImportQueries queries) {
        return new Handler<AssetForm>(new ImportKind("social-assets", "Activos sociales", ASSET_COLUMNS),
                ASSET_FIELDS, AssetForm::code) {
            @Override
            AssetForm read(ImportCheck.Cells row, Jurisdiction j) {
                return new AssetForm(j.code(), row.get("codigo"), row.get("nombre"), row.get("clase"),
                        row.get("naturaleza"),
                        row.get("descripcion"), row.get("actor"), row.get("territorio"), row.get("direccion"),
                        decimal(row, "latitud"), decimal(row, "longitud"), row.get("estado"), null);
            }

            @Override
            void check(AssetForm f, Jurisdiction j, CurrentUser user, Map<String, AssetForm> earlier) {
                Optional<Long> id = queries.socialAssetId(j.id(), f.code());
                assets.validate(f, j, user, id.flatMap(assets::byId).orElse(null));
            }

            @Override
            public void store(AssetForm f, Jurisdiction j, CurrentUser user) {
                assets.upsert(f, j, user);
            }
        };
    }

    /** The shared steps: read each row into a form, check it as the API would, load all or nothing. */
    abstract static class Handler<F> implements RowImport<F> {

        private final ImportKind kind;
        private final Map<String, String> columnOf;
        private final Function<F, String> codeOf;

        Handler(ImportKind kind, Map<String, String> columnOf, Function<F, String> codeOf) {
            this.kind = kind;
            this.columnOf = columnOf;
            this.codeOf = codeOf;
        }

        abstract F read(ImportCheck.Cells row, Jurisdiction j);

        String code(F form) {
            return codeOf.apply(form);
        }

        abstract void check(F form, Jurisdiction j, CurrentUser user, Map<String, F> earlier);

        List<F> merge(List<F> forms) {
            return forms;
        }

        boolean repeatsCodes() {
            return false;
        }

        @Override
        public ImportKind kind() {
            return kind;
        }

        @Override
        public Reader<F> reader(ImportContext context) {
            Jurisdiction j = context.jurisdiction();
            if (!ActorService.canEdit(context.user(), j.id())) {
                throw new Refused("Su rol no registra " + kind.label().toLowerCase(Locale.ROOT) + " en " + j.name()
                        + ".");
            }
            return row -> {
                F form = read(row, j);
                String code = code(form);
                if (code != null && !repeatsCodes()) {
                    row.repeated("codigo", code.toLowerCase(Locale.ROOT),
                            first -> "El código '" + code + "' ya aparece en la fila " + first + ".");
                }
                return form;
            };
        }

        /** Each (merged) form is checked as the API would, after the forms of the rows above it. */
        @Override
        public List<F> across(List<Numbered<F>> read, ImportCheck check, ImportContext context) {
            Jurisdiction j = context.jurisdiction();
            List<F> forms = read.stream().map(Numbered::item).toList();
            Map<F, Integer> rowOf = new HashMap<>();
            read.forEach(r -> rowOf.putIfAbsent(r.item(), r.row()));
            List<F> merged = merge(forms);
            Map<String, F> earlier = new LinkedHashMap<>();
            int done = 0;
            for (F form : merged) {
                int n = rowOf.getOrDefault(form, firstRowOf(form, forms, rowOf));
                try {
                    check(form, j, context.user(), earlier);
                } catch (ValidationException e) {
                    check.errors(n, e, field -> columnOf.getOrDefault(field, field));
                }
                if (code(form) != null) {
                    earlier.put(code(form).toLowerCase(Locale.ROOT), form);
                }
                context.progress(++done);
            }
            return merged;
        }

        private int firstRowOf(F merged, List<F> forms, Map<F, Integer> rowOf) {
            String code = code(merged);
            return forms.stream().filter(f -> code != null && code.equalsIgnoreCase(code(f))).findFirst()
                    .map(rowOf::get).orElse(0);
        }
    }

    static LocalDate date(ImportCheck.Cells row, String column) {
        return row.date(column, v -> "La fecha '" + v + "' no es válida: use AAAA-MM-DD o DD/MM/AAAA.");
    }

    static Double decimal(ImportCheck.Cells row, String column) {
        BigDecimal v = row.decimal(column, reason -> "El valor " + reason + ".");
        return v == null ? null : v.doubleValue();
    }
}
