package org.minga.referral.internal;

import java.util.Arrays;
import java.util.List;

import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.actor.ActorStaff;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NewUser;
import org.minga.platform.PageRequest;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a fresh embedded PostgreSQL: a jurisdiction with 20 localidades of 5 UPZ each, 40 receiving entities and
 * N referrals (default 1,000,000) in every state over a year. Measures an entity's inbox first page (through the
 * service, as the page and API call it) and the closed-loop figures of one localidad grouped by entity.
 * Usage: bench/referrals.sh [referrals] [repetitions]
 */
public final class ReferralBenchmark {

    private ReferralBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        BenchmarkRun.run("bench-referrals-postgres", context -> run(context, n, reps));
    }

    static void run(ConfigurableApplicationContext ctx, int n, int reps) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        ReferralQueries referrals = ctx.getBean(ReferralQueries.class);
        ReferralFiguresReadModel closedLoop = ctx.getBean(ReferralFiguresReadModel.class);
        CurrentUser admin = BenchmarkDistrict.ADMIN;

        BenchmarkDistrict district = BenchmarkDistrict.create(ctx, "99912", "Bogotá (benchmark de canalizaciones)");
        Jurisdiction j = district.jurisdiction();
        List<TerritoryView> localidades = district.localidades();
        for (int a = 1; a <= 40; a++) {
            jdbc.sql(
                    "insert into actor (jurisdiction_id, code, name, type, search_key) values (:j, :c, :n, 'PUBLIC_ENTITY', :k)")
                    .param("j", j.id()).param("c", "ENT-" + a).param("n", "Entidad " + a).param("k", "entidad " + a)
                    .update();
        }
        long firstActor = jdbc.sql("select min(id) from actor where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        UserAccounts users = ctx.getBean(UserAccounts.class);
        long userId = users
                .create(new NewUser("bench.entidad", "benchmark-2026", "Entidad 1", null, Role.LOCAL, j.id(), null));
        ctx.getBean(ActorStaff.class).assign(firstActor, "bench.entidad", null, admin);
        CurrentUser entityUser = new CurrentUser(userId, "bench.entidad", "Entidad 1", Role.LOCAL, j.id(), null);

        long t0 = System.nanoTime();
        jdbc.sql(
                "create unlogged table bench_upz as select row_number() over (order by id) - 1 as k, id, path from territory where jurisdiction_id = :j and depth = (select max(depth) from territory where jurisdiction_id = :j)")
                .param("j", j.id()).update();
        jdbc.sql(
                "create unlogged table bench_actor as select row_number() over (order by id) - 1 as k, id, name from actor where jurisdiction_id = :j")
                .param("j", j.id()).update();
        jdbc.sql(
                """
                        insert into referral (jurisdiction_id, code, person_id, subject_name, territory_id, territory_path, need_category,
                          need_description, origin, actor_id, actor_name, priority, share_authorized, share_evidence, status, business_days,
                          created_on, due_on, accepted_at, attended_at, days_to_acceptance, days_to_attention, created_by, created_at)
                        select :j, 'B-' || g, g, 'Persona ' || g, u.id, u.path, 'HEALTH', 'Necesidad', 'FIELD_VISIT', a.id, a.name, 'MEDIUM',
                          true, 'FC', s.status, 10, d.created_on, d.created_on + 14,
                          case when s.status in ('ACCEPTED','IN_ATTENTION','ATTENDED','CLOSED') then now() end,
                          case when s.status in ('ATTENDED','CLOSED') then now() end,
                          case when s.status in ('ACCEPTED','IN_ATTENTION','ATTENDED','CLOSED') then ((g % 7) + 1)::int end,
                          case when s.status in ('ATTENDED','CLOSED') then ((g % 23) + 3)::int end,
                          'bench', d.created_on::timestamptz
                        from generate_series(1::bigint, :n) g
                        join bench_upz u on u.k = (g * 7919) % 100
                        join bench_actor a on a.k = (g * 31) % 40
                        cross join lateral (select (array['CREATED','SENT','RECEIVED','ACCEPTED','REJECTED','IN_ATTENTION','ATTENDED',
                            'CLOSED','CLOSED','CLOSED','RETURNED','CANCELLED'])[1 + (g % 12)] as status) s
                        cross join lateral (select current_date - ((g * 13) % 365)::int as created_on) d""")
                .param("j", j.id()).param("n", n).update();
        jdbc.sql("vacuum analyze referral").update();
        long loaded = jdbc.sql("select count(*) from referral where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        System.out.printf("Loaded %,d referrals in %.1f s%n", loaded, (System.nanoTime() - t0) / 1e9);

        TerritoryView localidad = localidades.get(10);
        long inboxTotal = 0;
        double[] inbox = new double[reps];
        double[] figures = new double[reps];
        int rows = 0;
        for (int w = 0; w < 20; w++) {
            referrals.inbox(entityUser, null, new ReferralViews.Filter(null, null, null, null), new PageRequest(0, 50));
            closedLoop.figures(admin, j, localidad.id(), "actor");
        }
        for (int i = 0; i < reps; i++) {
            long a = System.nanoTime();
            inboxTotal = referrals
                    .inbox(entityUser, null, new ReferralViews.Filter(null, null, null, null), new PageRequest(0, 50))
                    .total();
            long b = System.nanoTime();
            rows = closedLoop.figures(admin, j, localidad.id(), "actor").size();
            long c = System.nanoTime();
            inbox[i] = (b - a) / 1e6;
            figures[i] = (c - b) / 1e6;
        }
        long inLocalidad = jdbc
                .sql("select count(*) from referral where jurisdiction_id = :j and territory_path like :p")
                .param("j", j.id()).param("p", localidad.path() + "%").query(Long.class).single();
        if (System.getProperty("bench.explain") != null) {
            jdbc.sql(
                    """
                            explain (analyze, buffers) select r.actor_id, count(*), count(r.attended_at),
                              percentile_cont(0.5) within group (order by r.days_to_acceptance),
                              percentile_cont(0.5) within group (order by r.days_to_attention),
                              count(*) filter (where r.status in ('CREATED', 'SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION') and r.due_on < current_date)
                            from referral r where r.jurisdiction_id = :j and r.territory_path like :p and r.status <> 'CANCELLED'
                            group by 1""")
                    .param("j", j.id()).param("p", localidad.path() + "%")
                    .query(String.class).list().forEach(System.out::println);
            jdbc.sql(
                    """
                            explain (analyze, buffers) select r.id, r.code, r.subject_name, t.name, r.need_category, r.service_name, r.actor_name,
                              r.priority, r.status, r.due_on, r.delay_reported_at is not null, r.created_at, r.jurisdiction_id
                            from referral r join territory t on t.id = r.territory_id
                            where r.actor_id in (:a) and r.inbox_rank < 9 order by r.inbox_rank, r.due_on, r.id limit 50 offset 0""")
                    .param("a", List.of(firstActor)).query(String.class).list().forEach(System.out::println);
            jdbc.sql(
                    "explain (analyze, buffers) select count(*) from referral r where r.actor_id in (:a) and r.inbox_rank < 9")
                    .param("a", List.of(firstActor)).query(String.class).list().forEach(System.out::println);
        }
        // What the access log adds to the inbox: the page's referrals name people, so the web layer writes one row
        // with their ids (outside a request logRead writes at once, which is what the web layer's flush does).
        org.minga.privacy.PersonalDataAccess access = ctx.getBean(org.minga.privacy.PersonalDataAccess.class);
        double[] logged = new double[reps];
        for (int i = 0; i < reps; i++) {
            long a = System.nanoTime();
            var page = referrals.inbox(entityUser, null, new ReferralViews.Filter(null, null, null, null),
                    new PageRequest(0, 50));
            access.logRead(org.minga.privacy.PersonalDataAccess.PERSON,
                    page.items().stream().map(ReferralViews.ReferralRow::personId).filter(java.util.Objects::nonNull)
                            .toList(),
                    j.id(), org.minga.privacy.PersonalDataAccess.LIST);
            logged[i] = (System.nanoTime() - a) / 1e6;
        }
        System.out.printf("Entity inbox first page (50 of %,d): median %.1f ms, p95 %.1f ms%n", inboxTotal,
                pct(inbox, 50), pct(inbox, 95));
        System.out.printf("Entity inbox first page with its access-log row: median %.1f ms, p95 %.1f ms%n",
                pct(logged, 50),
                pct(logged, 95));
        System.out.printf(
                "Closed-loop figures of a localidad (%,d referrals, %d entities): median %.1f ms, p95 %.1f ms%n",
                inLocalidad, rows, pct(figures, 50), pct(figures, 95));
    }

    static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
