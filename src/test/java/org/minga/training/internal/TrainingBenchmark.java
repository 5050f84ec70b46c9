package org.minga.training.internal;

import java.util.Arrays;

import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a fresh embedded PostgreSQL: a jurisdiction of 20 localidades with 250 open programmes of 20 sessions each
 * (5,000 sessions), 20 officials per programme (5,000 participants, half of them completed) and every participant at
 * every session of their programme (100,000 attendances). Measures a programme's page (the programme, its sessions
 * with attendance and satisfaction, its participants and the diversity shares: what the page and the API read) and a
 * localidad's trained-agents figure, through the same service as the page and the API. Target: median under 50 ms.
 * Usage: bench/training.sh [repetitions]
 */
public final class TrainingBenchmark {

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        BenchmarkRun.run("bench-training-postgres", context -> run(context, reps));
    }

    static void run(ConfigurableApplicationContext ctx, int reps) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        TrainingQueries queries = ctx.getBean(TrainingQueries.class);
        CurrentUser admin = BenchmarkDistrict.ADMIN;
        BenchmarkDistrict district = BenchmarkDistrict.create(ctx, "99920", "Bogotá (benchmark de formación)");
        Jurisdiction j = district.jurisdiction();
        long t0 = System.nanoTime();
        jdbc.sql(
                "insert into capacity (jurisdiction_id, code, name, kind) values (:j, 'B-CAP', 'Capacidad', 'TECHNICAL')")
                .param("j", j.id()).update();
        jdbc.sql("""
                create unlogged table bench_upz as select row_number() over (order by id) - 1 as k, id, path
                  from territory where jurisdiction_id = :j and depth = (select max(depth) from territory
                                                                          where jurisdiction_id = :j)""")
                .param("j", j.id()).update();
        jdbc.sql(
                """
                        insert into training_programme (jurisdiction_id, code, name, objective, audience, territory_id,
                          territory_path, responsible_actor, modality, planned_hours, min_attendance_percent, status, created_by)
                        select :j, 'B-' || g, 'Programa ' || g, 'Objetivo', 'OFFICIALS', u.id, u.path, 'Entidad', 'IN_PERSON', 40,
                               80, 'OPEN', 'bench'
                          from generate_series(1, 250) g join bench_upz u on u.k = g % 100""")
                .param("j", j.id()).update();
        jdbc.sql("""
                insert into training_programme_territory (programme_id, territory_id, territory_path)
                select p.id, p.territory_id, p.territory_path from training_programme p
                 where p.jurisdiction_id = :j and p.code like 'B-%'""")
                .param("j", j.id()).update();
        jdbc.sql("""
                insert into training_session (programme_id, held_on, hours, place, facilitators)
                select p.id, current_date - s, 2, 'Salón comunal', 'Equipo'
                  from training_programme p cross join generate_series(1, 20) s where p.jurisdiction_id = :j""")
                .param("j", j.id()).update();
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, jurisdiction_id)
                select 'bench.tr.' || g, 'x', 'Funcionario ' || g, 'LOCAL', :j from generate_series(1, 5000) g""")
                .param("j", j.id()).update();
        jdbc.sql("""
                insert into training_participant (programme_id, jurisdiction_id, user_id, name, territory_path, sex,
                  ethnicity, age_group, disability, status, completed_on, certificate_code)
                select p.id, :j, u.id, u.full_name, p.territory_path, (array['F','M','I'])[1 + u.id % 3],
                       (array['NINGUNA','INDIGENA','AFROCOLOMBIANA',null])[1 + u.id % 4],
                       (array['18-28','29-59','60+'])[1 + u.id % 3], u.id % 10 = 0,
                       case when u.id % 2 = 0 then 'COMPLETED' else 'ENROLLED' end,
                       case when u.id % 2 = 0 then current_date end,
                       case when u.id % 2 = 0 then 'B-' || u.id end
                  from (select u.*, row_number() over (order by u.id) - 1 as k from app_user u
                         where u.username like 'bench.tr.%') u
                  join (select p.*, row_number() over (order by p.id) - 1 as k from training_programme p
                         where p.jurisdiction_id = :j) p on p.k = u.k / 20""").param("j", j.id()).update();
        jdbc.sql("""
                insert into training_attendance (session_id, participant_id, satisfaction)
                select s.id, x.id, 1 + (s.id + x.id) % 5 from training_participant x
                  join training_session s on s.programme_id = x.programme_id where x.jurisdiction_id = :j""")
                .param("j", j.id()).update();
        jdbc.sql("vacuum analyze").update();
        long attendances = jdbc.sql("select count(*) from training_attendance").query(Long.class).single();
        long sessions = jdbc.sql("select count(*) from training_session").query(Long.class).single();
        System.out.printf("Loaded %,d attendances at %,d sessions in %.1f s%n", attendances, sessions,
                (System.nanoTime() - t0) / 1e9);

        long programme = jdbc.sql("select id from training_programme where jurisdiction_id = :j and code = 'B-125'")
                .param("j", j.id()).query(Long.class).single();
        TerritoryView localidad = district.localidades().get(10);
        double[] page = new double[reps];
        double[] figure = new double[reps];
        long trained = 0;
        for (int w = 0; w < 20; w++) {
            queries.page(programme, admin);
            queries.trainedAgents(localidad.id(), admin);
        }
        for (int i = 0; i < reps; i++) {
            long a = System.nanoTime();
            queries.page(programme, admin);
            long b = System.nanoTime();
            trained = queries.trainedAgents(localidad.id(), admin).trainedAgents();
            long c = System.nanoTime();
            page[i] = (b - a) / 1e6;
            figure[i] = (c - b) / 1e6;
        }
        System.out.printf("Programme page (20 sessions, 20 participants, diversity): median %.1f ms, p95 %.1f ms%n",
                pct(page, 50), pct(page, 95));
        System.out.printf("Trained agents of a localidad (%,d people): median %.1f ms, p95 %.1f ms%n", trained,
                pct(figure, 50), pct(figure, 95));
    }

    static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
