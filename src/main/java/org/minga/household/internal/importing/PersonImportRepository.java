package org.minga.household.internal.importing;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.minga.household.internal.alert.AlertEngine;
import org.minga.household.internal.alert.AlertRules;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.importing.PersonImportPlan.NewHousehold;
import org.minga.household.internal.importing.PersonImportPlan.NewPerson;
import org.minga.household.internal.person.PersonChecks;
import org.minga.household.internal.person.PersonCommand;
import org.minga.household.internal.shared.Texts;
import org.minga.platform.AuditLog;
import org.minga.platform.ImportContext;
import org.minga.privacy.BulkAuthorization;
import org.minga.privacy.Consents;
import org.minga.privacy.Copy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a checked households and persons file with COPY: household and person ids are taken from their sequences
 * first, so that persons and authorizations reference them without reading anything back. New households have no
 * answers yet, so their alerts are computed here from the members' data; households that existed are evaluated in full.
 */
@Component
record PersonImportRepository(JdbcClient jdbc, DataSource dataSource, HouseholdReadModel households, Consents consents,
        AlertEngine alerts, AuditLog audit) {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonImportHandler.class);

    /** What the persons' COPY gathers on its way: authorizations to grant and households whose alerts to run. */
    private static final class Loaded {
        final List<BulkAuthorization> authorizations;
        final Map<Long, List<AlertRules.Member>> newMembers = new LinkedHashMap<>();
        final Set<Long> existingTouched = new LinkedHashSet<>();

        Loaded(int persons) {
            authorizations = new ArrayList<>(persons);
        }
    }

    int load(PersonImportPlan plan, ImportContext context) {
        String user = context.user().username();
        long j = plan.jurisdictionId();
        long t0 = System.nanoTime();
        long[] householdIds = ids("household", plan.households().size());
        long[] personIds = ids("person", plan.persons().size());
        Map<String, Long> ids = new HashMap<>();
        Map<String, NewHousehold> byCode = new HashMap<>();
        for (int i = 0; i < plan.households().size(); i++) {
            ids.put(plan.households().get(i).code(), householdIds[i]);
            byCode.put(plan.households().get(i).code(), plan.households().get(i));
        }
        Copy.in(dataSource,
                "copy household (id, jurisdiction_id, code, territory_id, territory_path, address, estrato, "
                        + "sisben_group, priority, created_by) from stdin with (format csv)",
                out -> {
                    for (NewHousehold h : plan.households()) {
                        Copy.row(out, ids.get(h.code()), j, h.code(), h.territory().id(), h.territory().path(),
                                h.address(),
                                h.estrato(), h.sisben(), h.priority(), user);
                    }
                });
        long t1 = System.nanoTime();
        Loaded loaded = copyPersons(plan, personIds, ids, byCode, user, context);
        long t2 = System.nanoTime();
        consents.grantAll(j, loaded.authorizations);
        long t3 = System.nanoTime();
        int opened = alerts.evaluateNew(j, loaded.newMembers);
        for (long h : loaded.existingTouched) {
            opened += alerts.evaluateHousehold(h);
        }
        if (log.isDebugEnabled()) {
            log.debug(String.format(Locale.ROOT, "persons import, load: ids and %d households %.2f s, %d persons "
                    + "%.2f s, authorizations %.2f s, alerts %.2f s", plan.households().size(), (t1 - t0) / 1e9,
                    plan.persons().size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9));
        }
        context.progress(plan.persons().size());
        audit.record("IMPORT", "Person", null, j, plan.persons().size() + " personas en " + (loaded.newMembers.size()
                + loaded.existingTouched.size()) + " hogares (" + plan.households().size() + " nuevos); " + opened
                + " alertas abiertas", null, null);
        return plan.persons().size();
    }

    private Loaded copyPersons(PersonImportPlan plan, long[] personIds, Map<String, Long> ids,
            Map<String, NewHousehold> byCode, String user, ImportContext context) {
        Loaded loaded = new Loaded(plan.persons().size());
        Map<Long, HouseholdView> existing = new HashMap<>();
        int[] done = {0};
        Copy.in(dataSource, "copy person (id, jurisdiction_id, household_id, relation, territory_id, territory_path, "
                + "document_type, document_number, first_name, middle_name, last_name, second_last_name, name_key, birth_date, "
                + "sex, ethnicity, disability, phone, created_by) from stdin with (format csv)", out -> {
                    for (int i = 0; i < plan.persons().size(); i++) {
                        NewPerson p = plan.persons().get(i);
                        long householdId;
                        long territoryId;
                        String path;
                        if (p.existingHouseholdId() != null) {
                            HouseholdView h = existing.computeIfAbsent(p.existingHouseholdId(), households::household);
                            householdId = h.id();
                            territoryId = h.territoryId();
                            path = h.territoryPath();
                            loaded.existingTouched.add(householdId);
                        } else {
                            NewHousehold h = byCode.get(p.householdCode());
                            householdId = ids.get(p.householdCode());
                            territoryId = h.territory().id();
                            path = h.territory().path();
                        }
                        copyPerson(out, personIds[i], plan.jurisdictionId(), householdId, territoryId, path, p, user,
                                loaded);
                        if (++done[0] % 10_000 == 0) {
                            context.progress(done[0]);
                        }
                    }
                });
        return loaded;
    }

    private static void copyPerson(Writer out, long id, long j, long householdId, long territoryId, String path,
            NewPerson p,
            String user, Loaded loaded) throws IOException {
        PersonCommand c = p.command();
        PersonChecks.Checked k = p.checked();
        String sex = Texts.code(c.sex());
        boolean disability = Boolean.TRUE.equals(c.disability());
        Copy.row(out, id, j, householdId, c.relation().strip().toUpperCase(), territoryId, path, k.type().name(),
                k.number(), c.firstName().strip(), Texts.trim(c.middleName()), c.lastName().strip(),
                Texts.trim(c.secondLastName()), k.nameKey(), c.birthDate(), sex, Texts.code(c.ethnicity()), disability,
                Texts.trim(c.phone()), user);
        loaded.authorizations.add(new BulkAuthorization(id, c.authorization()));
        if (p.existingHouseholdId() == null) {
            loaded.newMembers.computeIfAbsent(householdId, x -> new ArrayList<>()).add(new AlertRules.Member(id, null,
                    c.birthDate(), sex, disability, false, Map.of()));
        }
    }

    /**
     * Takes n ids from the table's sequence. They come back as one range when no other session took ids in
     * between (the usual case), else one by one; either way every id is the sequence's own.
     */
    private long[] ids(String table, int n) {
        if (n == 0) {
            return new long[0];
        }
        // the sequence resolved once: pg_get_serial_sequence per row costs more than nextval itself
        String sequence = jdbc.sql("select pg_get_serial_sequence('" + table + "', 'id')").query(String.class).single();
        String next = "nextval('" + sequence + "'::regclass)";
        long[] range = jdbc
                .sql("select min(id), max(id) from (select " + next + " as id from generate_series(1, :n)) s")
                .param("n", n).query((rs, x) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        long[] ids = new long[n];
        if (range[1] - range[0] + 1 == n) {
            for (int i = 0; i < n; i++) {
                ids[i] = range[0] + i;
            }
            return ids;
        }
        // interleaved with another session: these n ids are lost (a sequence may have gaps); take a list instead
        List<Long> list = jdbc.sql("select " + next + " from generate_series(1, :n)").param("n", n).query(Long.class)
                .list();
        for (int i = 0; i < n; i++) {
            ids[i] = list.get(i);
        }
        return ids;
    }
}
