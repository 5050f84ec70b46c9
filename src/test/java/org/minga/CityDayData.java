package org.minga;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.minga.actor.ActorStaff;
import org.minga.household.internal.HouseholdBenchmark;
import org.minga.offer.SisbenGroups;
import org.minga.planning.IndicatorSource;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data of a working day of Bogotá ({@code bench/city-day.sh}, not a test): on the kept embedded PostgreSQL
 * {@code target/bench-city-postgres}, once, the {@link BenchmarkCity} at {@code scale}, a service offer with
 * eligibility rules (400 services of the 40 entities), an indicator plan (one computed indicator per figure Minga
 * counts), 12 sessions of each localidad's body, and the users of the day, each with their own scope: 300 field
 * workers on the UPZ ({@code campo001}...), 100 entity staff of the entities ({@code entidad001}...), 40 local
 * officials on the localidades and 20 zonal ones on UPZ ({@code local01}..., {@code zonal01}...), 20 planners of
 * the district ({@code planeacion01}...), 5 integration users ({@code integracion1}...) whose API tokens the script
 * creates, an importer and an administrator (the one who reads the server's metrics). The commitments get
 * responsible officials. Every run (kept or not) writes the feeders the simulation reads into
 * {@code target/bench-city/}: {@code ready.properties} and one CSV per population, plus the 100,000-person file of
 * the import that runs during the day.
 */
public final class CityDayData {

    static final String CODE = "99914";
    public static final String PASSWORD = "Jornada-Bogota-2026";
    static final Path DIR = Path.of("target", "bench-city");

    private CityDayData() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int imported = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        BenchmarkRun.runKept(System.getProperty("bench.cityData", "bench-city-postgres"), ctx -> {
            Jurisdiction j = ctx.getBean(Jurisdictions.class).byCode(CODE).orElse(null);
            if (j == null) {
                BenchmarkCity city = BenchmarkCity.fill(ctx, CODE, "Bogotá (jornada)", scale, System.out::println);
                j = city.district().jurisdiction();
                long t0 = System.nanoTime();
                offerAndPlan(ctx, city);
                users(ctx, city);
                ctx.getBean(JdbcClient.class).sql("vacuum analyze").update();
                System.out.printf(Locale.ROOT, "offer, plan, sessions and users in %.1f s%n",
                        (System.nanoTime() - t0) / 1e9);
            } else {
                System.out.println("kept database: " + ctx.getBean(JdbcClient.class)
                        .sql("select count(*) from person where jurisdiction_id = :j").param("j", j.id())
                        .query(Long.class).single() + " people");
            }
            feeders(ctx.getBean(JdbcClient.class), j, imported);
        });
    }

    static void offerAndPlan(ConfigurableApplicationContext ctx, BenchmarkCity city) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long j = city.jid();
        // eligibility varies with the row: a minimum age on 30 %, a maximum on 10 %, one sex on 10 %, SISBEN groups
        // on 40 %, a population group on 20 %; every service is offered in the whole district
        jdbc.sql("insert into offer_service (jurisdiction_id, code, provider_id, name, description, sector, needs, "
                + "min_age, max_age, sex, population_groups, sisben_groups, search_key) select :j, 'SRV-' || g, a.id, "
                + "(array['Vacunación','Atención psicosocial','Comedor comunitario','Orientación laboral',"
                + "'Subsidio de vivienda'])[1 + g % 5] || ' ' || g, 'Servicio para las familias de la ciudad', "
                + "(array['HEALTH','SOCIAL_WELFARE','SOCIAL_WELFARE','ECONOMIC_DEVELOPMENT','HABITAT'])[1 + g % 5], "
                + "array[(array['HEALTH','PSYCHOSOCIAL','FOOD','INCOME','HOUSING'])[1 + g % 5]]::varchar[], "
                + "case when g % 10 < 3 then (g % 60)::smallint end, case when g % 10 = 9 then 60 end, "
                + "case when g % 10 = 4 then 'FEMALE' else 'ANY' end, case when g % 5 = 1 then "
                + "array['OLDER_PERSONS']::varchar[] else '{}' end, case when g % 10 >= 6 then :sisben::varchar[] "
                + "else '{}' end, 'servicio ' || g from generate_series(1, 400) g join actor a on "
                + "a.jurisdiction_id = :j and a.code = 'ENT' || lpad((1 + g % 40)::text, 2, '0')")
                .param("j", j).param("sisben", SisbenGroups.all().subList(0, 8).toArray(String[]::new)).update();
        jdbc.sql("insert into offer_eligibility (service_id, jurisdiction_id, active, min_age, max_age, sex, "
                + "population_groups, sisben_mask, offered_everywhere, area_paths) select id, jurisdiction_id, true, "
                + "min_age, max_age, sex, population_groups, case when cardinality(sisben_groups) > 0 then 255 else 0 "
                + "end, true, '{}' from offer_service where jurisdiction_id = :j").param("j", j).update();
        long plan = jdbc.sql("insert into plan (jurisdiction_id, code, name, plan_type, territory_id, territory_path, "
                + "starts_on, ends_on) values (:j, 'PDD', 'Plan de desarrollo distrital', 'PLAN_DESARROLLO', :t, :p, "
                + "date '2024-01-01', date '2027-12-31') returning id").param("j", j)
                .param("t", city.district().root().id()).param("p", city.district().root().path())
                .query(Long.class).single();
        long node = jdbc.sql("insert into plan_node (plan_id, kind, code, name) values (:p, 'LINE', 'L1', "
                + "'Bienestar de las familias') returning id").param("p", plan).query(Long.class).single();
        int k = 0;
        for (IndicatorSource s : ctx.getBeansOfType(IndicatorSource.class).values()) {
            jdbc.sql("insert into indicator (jurisdiction_id, code, plan_node_id, name, definition, unit, direction, "
                    + "periodicity, computed_key, by_territory) values (:j, :c, :n, :name, :d, :u, :dir, 'TRIMESTRAL', "
                    + ":key, true)").param("j", j).param("c", "IND-" + (++k)).param("n", node)
                    .param("name", s.label()).param("d", s.definition()).param("u", s.unit())
                    .param("dir", s.direction().name()).param("key", s.key()).update();
        }
        // the DHIS2 export of the integrations: the district's data set, territories and indicators by their codes
        jdbc.sql("insert into dhis2_mapping (jurisdiction_id, data_set, id_scheme, updated_by) values (:j, 'JORNADA', "
                + "'CODE', 'bench')").param("j", j).update();
        jdbc.sql(
                "insert into gov_session (jurisdiction_id, body_id, number, starts_at, status) select b.jurisdiction_id, "
                        + "b.id, m, date_trunc('month', now()) - ((12 - m) || ' months')::interval + interval '14 hours', "
                        + "case when m < 12 then 'HELD' else 'SCHEDULED' end from gov_body b, generate_series(1, 12) m "
                        + "where b.jurisdiction_id = :j")
                .param("j", j).update();
    }

    static void users(ConfigurableApplicationContext ctx, BenchmarkCity city) {
        UserAccounts users = ctx.getBean(UserAccounts.class);
        ActorStaff staff = ctx.getBean(ActorStaff.class);
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        long j = city.jid();
        List<TerritoryView> upzs = city.district().upzs();
        List<TerritoryView> localidades = city.district().localidades();
        for (int i = 1; i <= 300; i++) {
            user(users, String.format("campo%03d", i), "Equipo de campo " + i, Role.FIELD_TEAM, j,
                    upzs.get((i - 1) % upzs.size()).id());
        }
        List<Long> entities = jdbc.sql("select id from actor where jurisdiction_id = :j and code like 'ENT%' "
                + "order by code").param("j", j).query(Long.class).list();
        for (int i = 1; i <= 100; i++) {
            String name = String.format("entidad%03d", i);
            user(users, name, "Enlace de entidad " + i, Role.ENTITY_STAFF, j, null);
            staff.assign(entities.get((i - 1) % entities.size()), name, "Enlace", BenchmarkDistrict.ADMIN);
        }
        for (int i = 1; i <= 40; i++) {
            user(users, String.format("local%02d", i), "Gestor local " + i, Role.LOCAL, j,
                    localidades.get((i - 1) % localidades.size()).id());
        }
        for (int i = 1; i <= 20; i++) {
            user(users, String.format("zonal%02d", i), "Gestor zonal " + i, Role.ZONAL, j, upzs.get(i * 5 - 1).id());
            user(users, String.format("planeacion%02d", i), "Planeador " + i, Role.DISTRICT, j,
                    city.district().root().id());
        }
        for (int i = 1; i <= 5; i++) {
            user(users, "integracion" + i, "Integración " + i, Role.DISTRICT, j, city.district().root().id());
        }
        user(users, "importador", "Importación de hogares", Role.DISTRICT, j, city.district().root().id());
        users.create(new NewUser("jornada.admin", PASSWORD, "Administración", null, Role.ADMINISTRATOR, null, null));
        // each commitment answers to a local official of its localidad ("mis compromisos")
        jdbc.sql("update gov_commitment c set responsible_user_id = case when c.id % 2 = 0 then x.lo else x.hi end "
                + "from (select b.id, min(u.id) as lo, max(u.id) as hi from gov_body b join app_user u on "
                + "u.territory_id = b.territory_id and u.role = 'LOCAL' group by b.id) x "
                + "where c.jurisdiction_id = :j and x.id = c.body_id").param("j", j).update();
    }

    private static void user(UserAccounts users, String username, String name, Role role, long j, Long territory) {
        users.create(new NewUser(username, PASSWORD, name, null, role, j, territory));
    }

    /** The simulation's feeders, from what the database holds (kept or just filled). */
    static void feeders(JdbcClient jdbc, Jurisdiction j, int imported) throws Exception {
        Files.createDirectories(DIR);
        long jid = j.id();
        List<String> field = new ArrayList<>(List.of("user,territory,households,query"));
        Random random = new Random(26);
        for (var row : jdbc.sql("select u.username, u.territory_id, (select string_agg(id || ':' || (select "
                + "min(p.id) from person p where p.household_id = x.id), ';') from (select h.id from household h "
                + "where h.territory_id = u.territory_id order by h.id limit 20) x) "
                + "from app_user u where u.jurisdiction_id = :j and u.role = 'FIELD_TEAM' order by u.username")
                .param("j", jid).query().listOfRows()) {
            String query = BenchmarkCity.FIRST[random.nextInt(20)].substring(0, 3).toLowerCase(Locale.ROOT) + " "
                    + BenchmarkCity.LAST[random.nextInt(20)].substring(0, 3).toLowerCase(Locale.ROOT);
            field.add(row.get("username") + "," + row.get("territory_id") + "," + row.get("string_agg") + ","
                    + query);
        }
        Files.write(DIR.resolve("field.csv"), field);
        // slot: the page of the entity's inbox this colleague works from (0, 1, 2...)
        List<String> staff = new ArrayList<>(List.of("user,actor,slot"));
        jdbc.sql("select u.username, m.actor_id, row_number() over (partition by m.actor_id order by u.username) - 1 "
                + "from app_user u join actor_staff m on m.user_id = u.id where u.jurisdiction_id = :j "
                + "and u.role = 'ENTITY_STAFF' order by u.username").param("j", jid)
                .query((rs, n) -> rs.getString(1) + "," + rs.getLong(2) + "," + rs.getLong(3)).list()
                .forEach(staff::add);
        Files.write(DIR.resolve("staff.csv"), staff);
        List<String> officials = new ArrayList<>(List.of("user,territory,body,session"));
        jdbc.sql(
                "select u.username, u.territory_id, b.id, (select max(s.id) from gov_session s where s.body_id = b.id) "
                        + "from app_user u join territory t on t.id = u.territory_id join gov_body b on b.jurisdiction_id = :j "
                        + "and t.path like b.territory_path || '%' where u.jurisdiction_id = :j and u.role in ('LOCAL', 'ZONAL') "
                        + "order by u.username")
                .param("j", jid)
                .query((rs, n) -> rs.getString(1) + "," + rs.getLong(2) + "," + rs.getLong(3) + "," + rs.getLong(4))
                .list().forEach(officials::add);
        Files.write(DIR.resolve("officials.csv"), officials);
        List<String> planners = new ArrayList<>(List.of("user,indicator"));
        List<Long> indicators = jdbc.sql("select id from indicator where jurisdiction_id = :j order by id")
                .param("j", jid).query(Long.class).list();
        List<String> names = jdbc.sql("select username from app_user where jurisdiction_id = :j and role = 'DISTRICT' "
                + "and username like 'planeacion%' order by username").param("j", jid).query(String.class).list();
        for (int i = 0; i < names.size(); i++) {
            planners.add(names.get(i) + "," + indicators.get(i % indicators.size()));
        }
        Files.write(DIR.resolve("planners.csv"), planners);
        long root = jdbc.sql("select id from territory where jurisdiction_id = :j and parent_id is null")
                .param("j", jid).query(Long.class).single();
        long plan = jdbc.sql("select id from plan where jurisdiction_id = :j").param("j", jid).query(Long.class)
                .single();
        Files.writeString(DIR.resolve("ready.properties"),
                "jurisdiction=" + j.code() + "\nzone=" + j.timeZone() + "\npassword=" + PASSWORD
                        + "\nroot=" + root + "\nplan=" + plan + "\n");
        // the import of the day: new households and people in the 20 localidades (codes "01".."20")
        // (documents and household codes of their own on every run, so that a kept database takes them again)
        long run = System.currentTimeMillis() / 1000 % 1000;
        String file = new String(HouseholdBenchmark.generate(imported, 1, 4_000_000_000L + run * 1_000_000,
                new Random()), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(DIR.resolve("import.csv"), file.replace("\nHB-", "\nHB" + run + "-"));
        // the same import on the idle server before the day (the "within 2x its time on an idle machine"):
        // as many people, documents and household codes of its own
        String idle = new String(HouseholdBenchmark.generate(imported, 1, 4_000_000_000L + run * 1_000_000 + 500_000,
                new Random()), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(DIR.resolve("import-idle.csv"), idle.replace("\nHB-", "\nHI" + run + "-"));
    }
}
