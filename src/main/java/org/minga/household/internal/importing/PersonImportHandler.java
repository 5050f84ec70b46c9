package org.minga.household.internal.importing;

import static org.minga.household.internal.importing.PersonImportRows.ADDRESS;
import static org.minga.household.internal.importing.PersonImportRows.DOC_NUMBER;
import static org.minga.household.internal.importing.PersonImportRows.ESTRATO;
import static org.minga.household.internal.importing.PersonImportRows.HOUSEHOLD;
import static org.minga.household.internal.importing.PersonImportRows.PRIORITY;
import static org.minga.household.internal.importing.PersonImportRows.SISBEN;
import static org.minga.household.internal.importing.PersonImportRows.TERRITORY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.household.internal.household.SisbenGroup;
import org.minga.household.internal.importing.PersonImportPlan.NewHousehold;
import org.minga.household.internal.importing.PersonImportPlan.NewPerson;
import org.minga.household.internal.importing.PersonImportRows.RowCheck;
import org.minga.household.internal.person.PersonChecks;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.ScopeQueries.Located;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.privacy.Consents;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Imports households and their members, one person a row; rows with the same codigo_hogar form one household
 * (an existing household code adds members to it). Every row needs its authorization (Ley 1581). Duplicates
 * are reported before anything loads: the same document twice in the file, or a document already stored.
 */
@Component
record PersonImportHandler(PersonImportQueries stored, ScopeQueries access, Territories territories, Consents consents,
        PersonImportRepository loader) implements ImportHandler<PersonImportPlan> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonImportHandler.class);

    static final int CHUNK = 5000;

    static final ImportKind KIND = new ImportKind("persons", "Hogares y personas", PersonImportRows.columns());

    @Override
    public ImportKind kind() {
        return KIND;
    }

    /** The households of the file: new ones (with their territory) and stored ones the user reaches, by code. */
    private final class HouseholdsOfFile {
        final Jurisdiction j;
        final AccessScope scope;
        final Map<String, Optional<TerritoryView>> territoryByCode = new HashMap<>();
        final Map<String, NewHousehold> created;
        final Map<String, Located> stored;
        final Map<String, Long> existing = new HashMap<>();

        HouseholdsOfFile(Jurisdiction j, AccessScope scope, List<ImportRow> rows) {
            this.j = j;
            this.scope = scope;
            this.created = new LinkedHashMap<>(rows.size());
            this.stored = storedHouseholds(j.id(), rows);
        }

        /** Reads the row's household the first time its code appears; returns the stored household's id, if any. */
        Long household(ImportRow row, List<ImportError> errors) {
            int n = row.number();
            String hc = row.get(HOUSEHOLD);
            if (hc == null) {
                errors.add(new ImportError(n, HOUSEHOLD, "Falta el código del hogar (codigo_hogar)."));
                return null;
            }
            if (!created.containsKey(hc) && !existing.containsKey(hc)) {
                Located found = stored.get(hc);
                if (found == null) {
                    newHousehold(row, hc, errors);
                } else if (!ScopeQueries.inScope(scope, found.jurisdictionId(), found.path())) {
                    errors.add(
                            new ImportError(n, HOUSEHOLD, "El hogar " + hc + " está fuera de su alcance territorial."));
                } else {
                    existing.put(hc, found.id());
                }
            }
            return existing.get(hc);
        }

        private void newHousehold(ImportRow row, String hc, List<ImportError> errors) {
            int n = row.number();
            String tc = row.get(TERRITORY);
            TerritoryView t = tc == null ? null
                    : territoryByCode.computeIfAbsent(tc, k -> territories.byCode(j.id(), k))
                            .orElse(null);
            if (tc == null) {
                errors.add(new ImportError(n, TERRITORY,
                        "El hogar " + hc + " es nuevo: indique su territorio (codigo_territorio)."));
            } else if (t == null) {
                errors.add(new ImportError(n, TERRITORY,
                        "El territorio (codigo_territorio) '" + tc + "' no existe en " + j.name() + "."));
            } else if (!scope.includes(t.jurisdictionId(), t.path())) {
                errors.add(new ImportError(n, TERRITORY,
                        "El territorio '" + tc + "' (codigo_territorio) está fuera de su alcance territorial."));
            } else {
                Integer estrato = null;
                String e = row.get(ESTRATO);
                if (e != null) {
                    if (!e.matches("[0-6]")) {
                        errors.add(new ImportError(n, ESTRATO, "El estrato '" + e + "' debe ser un número de 0 a 6."));
                    } else {
                        estrato = Integer.parseInt(e);
                    }
                }
                String s = row.get(SISBEN);
                if (s != null && SisbenGroup.normalise(s) == null) {
                    errors.add(new ImportError(n, SISBEN, "El grupo SISBEN (grupo_sisben) '" + s
                            + "' no es válido: A1 a A5, B1 a B7, C1 a C18 o D1 a D21."));
                }
                created.put(hc, new NewHousehold(hc, t, row.get(ADDRESS), estrato, SisbenGroup.normalise(s),
                        PersonImportRows.yes(row.get(PRIORITY))));
            }
        }
    }

    @Override
    public ImportValidation<PersonImportPlan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope scope = access.scope(context.user());
        ImportCheck check = ImportCheck.of(input, context);
        List<ImportRow> rows = check.rows();
        if (!scope.includesJurisdiction(j.id())) {
            return check.refused(context.outOfReach());
        }
        List<ImportError> errors = new ArrayList<>();
        HouseholdsOfFile households = new HouseholdsOfFile(j, scope, rows);
        // the file's documents by type, number to the first row that has it: duplicates in the file, then the
        // numbers to look for in the database
        Map<String, Map<String, Integer>> byType = new HashMap<>();
        List<NewPerson> people = new ArrayList<>(rows.size());
        // the checks of each row on its own (no database) run on every core; what links rows (households,
        // documents repeated in the file) runs after, in file order
        long v0 = System.nanoTime();
        RowCheck[] checked = PersonImportRows.checkRows(rows, LocalDate.now(j.zoneId()), j, consents, context);
        long v1 = System.nanoTime();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            RowCheck r = checked[i];
            Long existingId = households.household(row, errors);
            errors.addAll(r.errors());
            PersonChecks.Checked k = r.checked();
            if (k.type() != null && k.number() != null) {
                Integer first = byType.computeIfAbsent(k.type().name(), x -> new HashMap<>(rows.size() * 2))
                        .putIfAbsent(k.number(), row.number());
                if (first != null) {
                    errors.add(new ImportError(row.number(), DOC_NUMBER, "Documento duplicado en el archivo: "
                            + k.type().name() + " " + k.number() + " ya aparece en la fila " + first + "."));
                }
            }
            people.add(new NewPerson(row.number(), row.get(HOUSEHOLD), existingId, r.command(), k, r.minor()));
        }
        long v2 = System.nanoTime();
        context.progress(rows.size());
        storedDocuments(j, byType, errors);
        if (log.isDebugEnabled()) {
            log.debug(String.format(Locale.ROOT, "persons import, %d rows: row checks %.2f s, households and "
                    + "duplicates in the file %.2f s, duplicates in the database %.2f s", rows.size(), (v1 - v0) / 1e9,
                    (v2 - v1) / 1e9, (System.nanoTime() - v2) / 1e9));
        }
        check.errors(errors);
        return check.sortedResult(
                () -> new PersonImportPlan(j.id(), List.copyOf(households.created.values()), people));
    }

    /** Documents of the file already stored: one indexed query per document type and chunk of numbers. */
    private void storedDocuments(Jurisdiction j, Map<String, Map<String, Integer>> byType, List<ImportError> errors) {
        for (Map.Entry<String, Map<String, Integer>> e : byType.entrySet()) {
            List<String> numbers = new ArrayList<>(e.getValue().keySet());
            for (int from = 0; from < numbers.size(); from += CHUNK) {
                String[] chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK)).toArray(new String[0]);
                stored.documents(j.id(), e.getKey(), chunk).forEach(found -> {
                    int row = e.getValue().get(found.number());
                    errors.add(new ImportError(row, DOC_NUMBER, "Ya existe una persona con " + e.getKey() + " "
                            + found.number() + " en " + j.name() + " (registro " + found.personId()
                            + "): no se duplican personas."));
                });
            }
        }
    }

    /** The stored households among the file's codes, in chunks. */
    private Map<String, Located> storedHouseholds(long jurisdictionId, List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.get(HOUSEHOLD) != null) {
                codes.add(r.get(HOUSEHOLD));
            }
        });
        List<String> all = new ArrayList<>(codes);
        Map<String, Located> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            String[] chunk = all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(new String[0]);
            stored.households(jurisdictionId, chunk).forEach(h -> out.put(h.code(),
                    new Located(h.id(), h.jurisdictionId(), h.territoryPath(), null)));
        }
        return out;
    }

    @Override
    public int load(PersonImportPlan plan, ImportContext context) {
        return loader.load(plan, context);
    }
}
