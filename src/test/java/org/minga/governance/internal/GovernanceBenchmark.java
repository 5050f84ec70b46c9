package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.minga.BenchmarkRun;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Role;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Governance at scale (bench/governance.sh): 200,000 commitments over 500 bodies and 2,000 responsible users on a
 * fresh embedded PostgreSQL; median and p95 of "mis compromisos" (first page, with its total) and of one body's
 * overdue list (first page, with its total), through the services the pages and the API call.
 */
public final class GovernanceBenchmark {

    private GovernanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commitments = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        BenchmarkRun.run("bench-governance-postgres", context -> run(context, commitments, calls));
    }

    static void run(ConfigurableApplicationContext ctx, int total, int calls) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Jurisdictions jurisdictions = ctx.getBean(Jurisdictions.class);
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        CommitmentService commitments = ctx.getBean(CommitmentService.class);
        BodyService bodies = ctx.getBean(BodyService.class);
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);

        Jurisdiction j = jurisdictions
                .create(new NewJurisdiction("99912", "Bogotá (benchmark de gobernanza)", "CO", "America/Bogota"));
        tree.defineLevel(admin, j.id(), "distrito", "Distrito", 0);
        tree.defineLevel(admin, j.id(), "zona", "Zona", 1);
        tree.defineLevel(admin, j.id(), "localidad", "Localidad", 2);
        TerritoryView root = tree.create(admin,
                new NewTerritory(j.id(), "distrito", null, "99912", "Distrito", AreaType.URBAN, null));
        List<TerritoryView> zones = new ArrayList<>();
        List<TerritoryView> localities = new ArrayList<>();
        for (int z = 1; z <= 4; z++) {
            TerritoryView zone = tree.create(admin,
                    new NewTerritory(j.id(), "zona", root.id(), "Z" + z, "Zona " + z, AreaType.URBAN, null));
            zones.add(zone);
            for (int l = 1; l <= 5; l++) {
                localities.add(tree.create(admin,
                        new NewTerritory(j.id(), "localidad", zone.id(), String.format("%02d", (z - 1) * 5 + l),
                                "Localidad " + ((z - 1) * 5 + l), AreaType.URBAN, null)));
            }
        }
        long start = System.nanoTime();
        jdbc.sql(
                """
                        insert into actor (jurisdiction_id, code, name, type, sectors, search_key)
                        select :j, 'A' || g, 'Actor ' || g, 'SECRETARIAT',
                               array[(array['HEALTH','EDUCATION','SOCIAL_WELFARE','HABITAT','CULTURE'])[1 + g % 5]], 'actor ' || g
                        from generate_series(1, 40) g""")
                .param("j", j.id()).update();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, jurisdiction_id)
                select 'bench.user' || g, '{noop}x', 'Usuario ' || g, 'LOCAL', :j from generate_series(1, 2000) g""")
                .param("j", j.id()).update();
        // 1 Comisión, 4 zonal tables, 20 local tables and 475 other local bodies (CLOPS, CLIP, JAL...)
        jdbc.sql(
                """
                        insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path, periodicity)
                        values (:j, 'COM', 'Comisión', 'INTERSECTORAL_COMMISSION', 'MACRO', :t, :p, 'FOUR_MONTHLY')""")
                .param("j", j.id()).param("t", root.id()).param("p", root.path()).update();
        for (TerritoryView z : zones) {
            jdbc.sql(
                    """
                            insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path, parent_id, periodicity)
                            select :j, 'MCT-' || :c, 'Mesa ' || :c, 'TECHNICAL_COORDINATION_TABLE', 'MESO', :t, :p, id, 'MONTHLY'
                            from gov_body where jurisdiction_id = :j and code = 'COM'""")
                    .param("j", j.id()).param("c", z.code()).param("t", z.id()).param("p", z.path()).update();
        }
        for (int i = 0; i < 495; i++) {
            TerritoryView l = localities.get(i % localities.size());
            jdbc.sql(
                    """
                            insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path, parent_id, periodicity)
                            select :j, 'ML-' || :i, 'Instancia local ' || :i, 'LOCAL_APS_TABLE', 'MICRO', :t, :p, b.id, 'MONTHLY'
                            from territory t join gov_body b on b.territory_id = t.parent_id and b.level = 'MESO' where t.id = :t""")
                    .param("j", j.id()).param("i", i).param("t", l.id()).param("p", l.path()).update();
        }
        LocalDate today = LocalDate.now(j.zoneId());
        jdbc.sql(
                """
                        with b as (select array_agg(id order by id) ids, array_agg(territory_path order by id) paths from gov_body where jurisdiction_id = :j),
                             a as (select array_agg(id order by id) ids from actor where jurisdiction_id = :j),
                             u as (select array_agg(id order by id) ids from app_user where username like 'bench.user%')
                        insert into gov_commitment (jurisdiction_id, body_id, territory_path, title, responsible_actor_id, responsible_user_id,
                          strategic_goal, sectors, due_date, status, progress)
                        select :j, b.ids[1 + ((g::bigint * 7919) % cardinality(b.ids))::int], b.paths[1 + ((g::bigint * 7919) % cardinality(b.ids))::int],
                               'Compromiso ' || g, a.ids[1 + g % cardinality(a.ids)],
                               case when g % 10 = 0 then null else u.ids[1 + ((g::bigint * 104729) % cardinality(u.ids))::int] end,
                               case when g % 3 = 0 then 'Meta ' || (g % 12) end, array['HEALTH', 'EDUCATION'],
                               cast(:today as date) + ((g * 37) % 730 - 400),
                               (array['PENDING','IN_PROGRESS','DONE','DONE','OVERDUE','CANCELLED'])[1 + g % 6], (g * 13) % 101
                        from generate_series(1, :n) g, b, a, u""")
                .param("j", j.id()).param("today", today).param("n", total).update();
        jdbc.sql("analyze").update();
        long loaded = jdbc.sql("select count(*) from gov_commitment where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        System.out.printf(Locale.ROOT, "Loaded %,d commitments over %d bodies and 2,000 users in %d ms%n", loaded,
                jdbc.sql("select count(*) from gov_body where jurisdiction_id = :j").param("j", j.id())
                        .query(Long.class).single(),
                (System.nanoTime() - start) / 1_000_000);

        List<Long> users = jdbc.sql("select id from app_user where username like 'bench.user%' order by id")
                .query(Long.class).list();
        List<Long> bodyIds = jdbc.sql("select id from gov_body where jurisdiction_id = :j order by id")
                .param("j", j.id()).query(Long.class).list();
        Random random = new Random(42);
        long[] mine = new long[calls];
        long[] overdue = new long[calls];
        long rows = 0;
        for (int i = -calls / 4; i < calls; i++) {
            long u = users.get(random.nextInt(users.size()));
            CurrentUser user = new CurrentUser(u, "bench", "Bench", Role.LOCAL, j.id(), null);
            long t0 = System.nanoTime();
            PageResult<CommitmentReadModel.CommitmentView> p = commitments.mine(user, false, PageRequest.of(0, 50));
            long t1 = System.nanoTime();
            BodyReadModel.BodyView b = bodies.byId(bodyIds.get(random.nextInt(bodyIds.size()))).orElseThrow();
            long t2 = System.nanoTime();
            PageResult<CommitmentReadModel.CommitmentView> o = commitments.ofBody(b, "overdue", PageRequest.of(0, 50));
            long t3 = System.nanoTime();
            rows += p.items().size() + o.items().size();
            if (i >= 0) {
                mine[i] = t1 - t0;
                overdue[i] = t3 - t2;
            }
        }
        System.out.printf(Locale.ROOT, "%-45s %10s %10s %10s%n", "operation (" + calls + " calls)", "median ms",
                "p95 ms", "max ms");
        print("mis compromisos (first page of 50 + total)", mine);
        print("a body's overdue list (first page + total)", overdue);
        System.out.println("(rows read: " + rows + ")");
        if (Boolean.getBoolean("bench.explain")) {
            jdbc.sql(
                    "explain analyze select * from gov_commitment c where c.responsible_user_id = :u and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') order by c.due_date, c.id limit 50")
                    .param("u", users.get(0)).query(String.class).list().forEach(System.out::println);
            jdbc.sql(
                    "explain analyze select * from gov_commitment c where c.body_id = :b and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < :d order by c.due_date, c.id limit 50")
                    .param("b", bodyIds.get(7)).param("d", today).query(String.class).list()
                    .forEach(System.out::println);
        }
    }

    private static void print(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-45s %10.2f %10.2f %10.2f%n", name, s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.95)] / 1e6,
                s[s.length - 1] / 1e6);
    }
}
