package org.minga;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.minga.platform.TextKeys;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Bogotá-sized data the benchmarks share (the situation room's and the working day's), filled with set-based
 * SQL on a {@link BenchmarkDistrict} at {@code scale} × (8,000,000 people with Spanish names and documents,
 * 2,600,000 households, 20,000,000 attentions, 1,000,000 referrals to 40 entities, 200,000 commitments of the 20
 * localidades' bodies), plus characterisations of 80 % of households, alerts on 5 % and 5,000 social assets. Every
 * insert goes through the rollup triggers like any other write; the index of name prefixes is built once after the
 * people are in (inserting millions of rows into a GIN index one by one takes longer than the rest).
 */
public record BenchmarkCity(BenchmarkDistrict district, long people, long households, long attentions,
        long referrals, long commitments) {

    /** Number of receiving entities (actors of type PUBLIC_ENTITY, codes "ENT01".."ENT40"). */
    public static final int ENTITIES = 40;

    public static final String[] FIRST = {"María", "Luz", "Ana", "Carmen", "Sandra", "José", "Luis", "Carlos", "Juan",
            "Andrés", "Diana", "Paola", "Jorge", "Diego", "Miguel", "Valentina", "Camila", "Santiago", "Samuel",
            "Sofía"};
    public static final String[] LAST = {"Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández",
            "Sánchez", "Ramírez", "Pérez", "Díaz", "Moreno", "Rojas", "Vargas", "Castro", "Suárez", "Ortiz", "Muñoz",
            "Jiménez", "Torres"};

    /** {@code names} as an SQL array literal; {@code keys}: their search keys (lower case, no accents). */
    public static String sqlArray(String[] names, boolean keys) {
        return "array[" + String.join(",", Arrays.stream(names)
                .map(n -> "'" + (keys ? TextKeys.key(n) : n) + "'").toList()) + "]";
    }

    /** Makes the district {@code code} and fills it; {@code out} receives what was done. */
    public static BenchmarkCity fill(ConfigurableApplicationContext ctx, String code, String name, double scale,
            Consumer<String> out) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        BenchmarkCity city = of(BenchmarkDistrict.create(ctx, code, name), scale);
        out.accept(String.format(Locale.ROOT,
                "scale %.3f of Bogotá: %,d people, %,d households, %,d attentions, %,d referrals, %,d commitments",
                scale, city.people, city.households, city.attentions, city.referrals, city.commitments));
        long f0 = System.nanoTime();
        city.households(jdbc);
        city.people(jdbc);
        city.care(jdbc);
        city.entitiesAndReferrals(jdbc);
        city.governance(jdbc);
        jdbc.sql("vacuum analyze").update();
        out.accept(String.format(Locale.ROOT, "filled in %.1f s (rollups kept by the triggers included)",
                (System.nanoTime() - f0) / 1e9));
        return city;
    }

    /** The counts at {@code scale} of Bogotá, for a district made already (a benchmark may fill only some steps). */
    public static BenchmarkCity of(BenchmarkDistrict district, double scale) {
        return new BenchmarkCity(district, Math.round(8_000_000 * scale), Math.round(2_600_000 * scale),
                Math.round(20_000_000 * scale), Math.round(1_000_000 * scale), Math.round(200_000 * scale));
    }

    long jid() {
        return district.jurisdiction().id();
    }

    /** An SQL expression: the UPZ of row {@code g} ({@code ids} true: its id, false: its path). */
    String upz(String g, boolean ids) {
        List<String> values = district.upzs().stream()
                .map(t -> ids ? String.valueOf(t.id()) : "'" + t.path() + "'").toList();
        return "(array[" + String.join(",", values) + "])[1 + " + g + " % " + values.size() + "]";
    }

    /** The households, spread over the UPZ (one in 7 a priority). */
    public void households(JdbcClient jdbc) {
        jdbc.sql("insert into household (jurisdiction_id, code, territory_id, territory_path, priority, created_by) "
                + "select :j, 'H' || g, " + upz("g", true) + ", " + upz("g", false) + ", g % 7 = 0, 'bench' "
                + "from generate_series(1, :n) g").param("j", jid()).param("n", households).update();
    }

    /** The people (the first of each household its head) and the attentions. */
    public void people(JdbcClient jdbc) {
        List<String> wordIndexes = jdbc.sql("select indexdef from pg_indexes where tablename = 'person' and indexname "
                + "in ('person_name_words_idx', 'person_scoped_words_idx') order by indexname").query(String.class)
                .list();
        for (String index : wordIndexes) {
            jdbc.sql("drop index " + index.split(" ")[2]).update();
        }
        // first name, surname and second surname follow the row number (20 of each: a city's namesakes)
        String first = "[1 + p.g % 20]";
        String last = "[1 + (p.g / 20) % 20]";
        String second = "[1 + (p.g / 400) % 20]";
        jdbc.sql("insert into person (jurisdiction_id, household_id, relation, territory_id, territory_path, "
                + "document_type, document_number, first_name, last_name, second_last_name, name_key, birth_date, sex, "
                + "created_by) select h.jurisdiction_id, h.id, case when p.g <= :hh then 'JEFE' else 'HIJO' end, "
                + "h.territory_id, h.territory_path, 'CC', (3000000000 + p.g)::text, (" + sqlArray(FIRST, false) + ")"
                + first + ", (" + sqlArray(LAST, false) + ")" + last + ", (" + sqlArray(LAST, false) + ")" + second
                + ", (" + sqlArray(FIRST, true) + ")" + first + " || ' ' || (" + sqlArray(LAST, true) + ")" + last
                + " || ' ' || (" + sqlArray(LAST, true) + ")" + second + ", date '1950-01-01' + (p.g % 25000)::int, "
                + "case when p.g % 2 = 0 then 'F' else 'M' end, 'bench' from generate_series(1, :n) p(g) "
                + "join household h on h.jurisdiction_id = :j and h.code = 'H' || (1 + (p.g - 1) % :hh)")
                .param("j", jid()).param("n", people).param("hh", households).update();
        for (String index : wordIndexes) {
            jdbc.sql(index).update();
        }
        jdbc.sql("insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path, "
                + "participant_count, created_by) select :j, 'HOGAR', 'INDIVIDUAL', current_date - (g % 730)::int, "
                + upz("g", true) + ", " + upz("g", false) + ", 1, 'bench' from generate_series(1, :n) g")
                .param("j", jid()).param("n", attentions).update();
    }

    /** Characterisations of 80 % of households, alerts on 5 %, 5,000 social assets. */
    public void care(JdbcClient jdbc) {
        long instrument = jdbc.sql("insert into instrument (jurisdiction_id, code, name, subject) "
                + "values (:j, 'B', 'Bench', 'HOUSEHOLD') returning id").param("j", jid()).query(Long.class).single();
        long version = jdbc.sql("insert into instrument_version (instrument_id, number, definition) "
                + "values (:i, 1, :d::jsonb) returning id")
                .param("d", "{\"sections\":[{\"title\":\"Vivienda\",\"questions\":[]}]}").param("i", instrument)
                .query(Long.class).single();
        jdbc.sql("insert into characterization (jurisdiction_id, instrument_version_id, household_id, territory_path, "
                + "answered_on, answers) select jurisdiction_id, :v, id, territory_path, date '2024-01-01' + "
                + "(id % 700)::int, '{}' from household where jurisdiction_id = :j and id % 10 < 8")
                .param("v", version).param("j", jid()).update();
        long rule = jdbc.sql("insert into alert_rule (jurisdiction_id, code, name, kind, severity) "
                + "values (:j, 'B', 'Bench', 'BENCH', 'MEDIA') returning id").param("j", jid()).query(Long.class)
                .single();
        jdbc.sql("insert into alert (jurisdiction_id, rule_id, household_id, territory_path, severity, status, detail, "
                + "due_on, created_at, closed_at) select jurisdiction_id, :r, id, territory_path, 'MEDIA', "
                + "case when id % 3 = 0 then 'CERRADA' else 'ABIERTA' end, 'bench', current_date, "
                + "now() - ((id % 600) || ' days')::interval, case when id % 3 = 0 then now() else null end "
                + "from household where jurisdiction_id = :j and id % 20 = 0").param("r", rule).param("j", jid())
                .update();
        jdbc.sql("insert into social_asset (jurisdiction_id, code, name, kind, nature, territory_id, territory_path, "
                + "search_key) select :j, 'SA' || g, 'Activo ' || g, 'PLACE', 'COMMUNITY', " + upz("g", true) + ", "
                + upz("g", false) + ", 'activo' from generate_series(1, 5000) g").param("j", jid()).update();
    }

    /** The 40 entities and the referrals to them, in every state over two years. */
    public void entitiesAndReferrals(JdbcClient jdbc) {
        jdbc.sql("insert into actor (jurisdiction_id, code, name, type, search_key) select :j, "
                + "'ENT' || lpad(g::text, 2, '0'), 'Entidad ' || g, 'PUBLIC_ENTITY', 'entidad ' || g "
                + "from generate_series(1, :n) g").param("j", jid()).param("n", ENTITIES).update();
        jdbc.sql("insert into referral (jurisdiction_id, code, subject_name, territory_id, territory_path, "
                + "need_category, need_description, origin, actor_id, actor_name, priority, share_authorized, "
                + "share_evidence, status, business_days, created_on, due_on, created_by) select :j, 'R' || g, "
                + "'Persona', " + upz("g", true) + ", " + upz("g", false) + ", 'HEALTH', 'Necesidad', 'OTHER', a.id, "
                + "a.name, 'MEDIUM', true, 'Formato', (array['SENT','ACCEPTED','ATTENDED','CLOSED','REJECTED',"
                + "'CANCELLED'])[1 + g % 6], 10, current_date - (g % 730)::int, current_date - (g % 730)::int + 14, "
                + "'bench' from generate_series(1, :n) g join actor a on a.jurisdiction_id = :j "
                + "and a.code = 'ENT' || lpad((1 + g % :e)::text, 2, '0')")
                .param("j", jid()).param("n", referrals).param("e", ENTITIES).update();
    }

    /** A body per localidad and the commitments, in every state. */
    public void governance(JdbcClient jdbc) {
        jdbc.sql("insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path, "
                + "periodicity) select :j, 'B' || l.id, 'Mesa ' || l.name, 'LOCAL_APS_TABLE', 'MESO', l.id, l.path, "
                + "'MONTHLY' from territory l where l.jurisdiction_id = :j and l.parent_id = :root")
                .param("j", jid()).param("root", district.root().id()).update();
        jdbc.sql("insert into gov_commitment (jurisdiction_id, body_id, territory_path, title, responsible_actor_id, "
                + "due_date, status) select :j, b.id, b.territory_path, 'Compromiso ' || g, a.id, "
                + "current_date - 365 + (g % 540)::int, (array['PENDING','IN_PROGRESS','DONE','OVERDUE','CANCELLED'])"
                + "[1 + g % 5] from generate_series(1, :n) g join (select id, territory_path, row_number() over "
                + "(order by id) - 1 as k from gov_body where jurisdiction_id = :j) b on b.k = g % 20 join actor a "
                + "on a.jurisdiction_id = :j and a.code = 'ENT' || lpad((1 + g % :e)::text, 2, '0')")
                .param("j", jid()).param("n", commitments).param("e", ENTITIES).update();
    }
}
