package org.minga.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A working day of Bogotá (issue 26; {@code bench/city-day.sh} fills the data, starts the server and passes its
 * URL): every population at once, each user in their own scope, with seconds of thought between clicks. Field
 * workers search a person by name in the header (the page and its type-ahead), open a household of their UPZ,
 * register a visit and look at the alerts; entity staff open the inbox, accept a referral and answer it with a
 * counter-referral; local and zonal officials read their commitments, their body and its last session, the
 * situation room of their territory and the maps; planners the plan, an indicator, the district's room and two
 * exports; anonymous citizens the public directory, eligibility, the HSDS services and the bank; integrations,
 * with API tokens, the referral change feed, an HSDS harvest and the DHIS2 export. People sign in through the
 * login page (CSRF) and send the page's token with their API writes. Every user has an address of their own
 * (X-Forwarded-For, honoured from loopback with MINGA_FORWARD_HEADERS=native); a citizen's request answered 429
 * by the public rate limit is counted apart ({@code throttled.txt}), not as an error.
 * {@code -Dbench.crowd=0.25} runs a quarter of each population.
 */
public class CityDaySimulation extends Simulation {

    static final String READY_FILE = System.getProperty("bench.ready", "target/bench-city/ready.properties");
    static final Path DIR = Path.of(READY_FILE).getParent();
    static final Properties READY = new Properties();

    static {
        try (FileReader r = new FileReader(READY_FILE)) {
            READY.load(r);
        } catch (Exception e) {
            throw new IllegalStateException("Fill the data first (bench/city-day.sh)", e);
        }
    }

    static final String BASE = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    static final int MINUTES = Integer.getInteger("bench.minutes", 20);
    static final double CROWD = Double.parseDouble(System.getProperty("bench.crowd", "1.0"));
    /**
     * Over how many seconds the staff arrive and sign in (default 300): a working day starts with people arriving,
     * not with 480 sign-ins in one minute. {@code -Dbench.arrival=60} makes that storm (8 Argon2 checks a second
     * on 2 cores; the product bounds them and tells the rest to retry, see the README). Citizens and integrations
     * always come over the first minute.
     */
    static final int ARRIVAL = Integer.getInteger("bench.arrival", 300);
    static final String CODE = READY.getProperty("jurisdiction");
    static final String PASSWORD = READY.getProperty("password");
    /** The jurisdiction's zone: a visit is dated with its own today, not the load generator's (UTC here). */
    static final java.time.ZoneId ZONE = java.time.ZoneId.of(READY.getProperty("zone", "America/Bogota"));
    static final AtomicLong THROTTLED = new AtomicLong();
    static final AtomicLong CONFLICTS = new AtomicLong();
    static final AtomicLong ADDRESS = new AtomicLong();

    /** A person's pause between two clicks. */
    static ChainBuilder think() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(12));
    }

    /** Signs in through the login page and keeps the token the pages give their scripts. */
    static ChainBuilder login() {
        return exec(http("login page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("login").post("/login").formParam("username", "#{user}").formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}").check(status().is(200),
                                css("meta[name='_csrf']", "content").saveAs("token")));
    }

    /** A page, answered 200 and not by the login page (a session that was not signed in is an error, not a page). */
    static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200), currentLocationRegex("/login").notExists()))
                .exec(think());
    }

    static ChainBuilder fieldWork() {
        return exec(session -> {
            // "household:person" pairs of the worker's UPZ (the person is the head of the household)
            String[] households = session.getString("households").split(";");
            String[] pick = households[ThreadLocalRandom.current().nextInt(households.length)].split(":");
            return session.set("household", pick[0]).set("person", pick[1]).set("today", LocalDate.now(ZONE).toString());
        })
                .exec(http("field: type-ahead search").get("/search?q=#{query}").header("HX-Request", "true")
                        .check(status().is(200)))
                .exec(page("field: header search", "/search?q=#{query}"))
                .exec(page("field: household", "/households/#{household}"))
                .exec(http("field: register a visit").post("/api/v1/attentions").header("X-CSRF-TOKEN", "#{token}")
                        .header("Content-Type", "application/json").body(StringBody("""
                                {"setting":"HOGAR","mode":"INDIVIDUAL","attendedOn":"#{today}","territoryId":#{territory},
                                 "actorName":"Equipo de campo","participantCount":1,"householdId":#{household},
                                 "personId":#{person},
                                 "notes":"Visita de seguimiento"}"""))
                        .check(status().is(201)))
                .exec(think())
                .exec(page("field: alerts", "/alerts"));
    }

    /**
     * An entity's referral from its arrival to its answer: received, accepted, in attention, attended with a
     * counter-referral. Colleagues of one entity look at different pages of the inbox ({@code slot}); a colleague who
     * received the same referral a moment earlier makes the receipt answer 409, counted apart ({@code conflicts.txt}).
     */
    static ChainBuilder entityWork() {
        return exec(page("entity: inbox", "/referrals/inbox"))
                .exec(http("entity: inbox api").get("/api/v1/referrals/inbox?status=SENT&size=5&page=#{slot}")
                        .check(status().is(200), jsonPath("$.items[*].id").findRandom().optional().saveAs("referral")))
                .doIf(session -> session.contains("referral")).then(
                        exec(http("entity: receive").post("/api/v1/referrals/#{referral}/transitions")
                                .header("X-CSRF-TOKEN", "#{token}").header("Content-Type", "application/json")
                                .body(StringBody("{\"to\":\"RECEIVED\"}")).check(status().in(200, 409).saveAs("status")))
                                .exec(session -> {
                                    Object status = session.get("status");
                                    if ("409".equals(String.valueOf(status))) {
                                        CONFLICTS.incrementAndGet();
                                        return session.remove("referral");
                                    }
                                    return session;
                                }))
                .doIf(session -> session.contains("referral")).then(
                        exec(page("entity: referral", "/referrals/#{referral}"))
                                .exec(transition("entity: accept", "{\"to\":\"ACCEPTED\"}"))
                                .exec(transition("entity: in attention", "{\"to\":\"IN_ATTENTION\"}"))
                                .exec(think())
                                .exec(transition("entity: answer", """
                                        {"to":"ATTENDED","action":"Se atendió a la persona","outcome":"Atendida",
                                         "nextSteps":"Seguimiento en un mes"}"""))
                                .exec(session -> session.remove("referral")))
                .exec(think());
    }

    static ChainBuilder transition(String name, String body) {
        return exec(http(name).post("/api/v1/referrals/#{referral}/transitions").header("X-CSRF-TOKEN", "#{token}")
                .header("Content-Type", "application/json").body(StringBody(body)).check(status().is(200)));
    }

    static ChainBuilder officialWork() {
        return exec(page("official: my commitments", "/governance/commitments"))
                .exec(page("official: body", "/governance/bodies/#{body}"))
                .exec(page("official: session", "/governance/sessions/#{session}"))
                .exec(page("official: situation room", "/dashboard?territory=#{territory}"))
                .exec(http("official: map of social assets").get("/api/v1/social-assets/map?jurisdiction=" + CODE)
                        .check(status().is(200)))
                .exec(page("official: territory map", "/territories/map?jurisdiction=" + CODE));
    }

    static ChainBuilder plannerWork() {
        String root = READY.getProperty("root");
        return exec(page("planner: plans", "/planning"))
                .exec(page("planner: indicator", "/planning/indicators/#{indicator}"))
                .exec(page("planner: district situation room", "/dashboard?territory=" + root))
                .exec(page("planner: export of the room", "/dashboard/export?territory=" + root))
                .exec(page("planner: export of social assets", "/api/v1/social-assets/export?jurisdiction=" + CODE));
    }

    static ChainBuilder publicPage(String name, String path) {
        return exec(http(name).get(path).check(status().in(200, 429).saveAs("status")))
                .exec(session -> {
                    Object status = session.get("status");
                    if ("429".equals(String.valueOf(status))) {
                        THROTTLED.incrementAndGet();
                    }
                    return session;
                })
                .exec(think());
    }

    static ChainBuilder citizenVisit() {
        return exec(session -> session.set("age", 18 + ThreadLocalRandom.current().nextInt(70)))
                .exec(publicPage("citizen: directory", "/directory/" + CODE))
                .exec(publicPage("citizen: eligibility", "/directory/" + CODE + "/eligibility?age=#{age}&sex=F&sisben=A3"))
                .exec(publicPage("citizen: hsds services", "/api/v1/hsds/services?per_page=50"))
                .exec(publicPage("citizen: bank", "/bank?q=salud"));
    }

    static ChainBuilder integration() {
        String plan = READY.getProperty("plan");
        return exec(http("api: referral changes").get("/api/v1/referrals/changes?after=#{cursor}&limit=100")
                .header("Authorization", "Bearer #{secret}")
                .check(status().is(200), jsonPath("$.next").optional().saveAs("next")))
                .exec(session -> session.set("cursor", session.contains("next") ? session.get("next") : "0"))
                .exec(http("api: hsds harvest").get("/api/v1/hsds/services?per_page=50&page=#{hsdsPage}")
                        .header("Authorization", "Bearer #{secret}").check(status().is(200)))
                .exec(session -> session.set("hsdsPage", session.getInt("hsdsPage") % 8 + 1))
                .exec(http("api: dhis2 export").get("/api/v1/indicators/export/dhis2?plan=" + plan)
                        .header("Authorization", "Bearer #{secret}").check(status().is(200)))
                .pause(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** {@code count} users of one population, arriving over {@code arrival} seconds, working until the day ends. */
    static PopulationBuilder people(String name, String feeder, int count, int arrival, ChainBuilder signIn,
            ChainBuilder work) {
        ScenarioBuilder s = scenario(name)
                .exec(session -> session.set("address", "10.26." + (ADDRESS.incrementAndGet() / 250) + "."
                        + (ADDRESS.get() % 250)).set("cursor", "0").set("hsdsPage", 1));
        if (feeder != null) {
            s = s.feed(csv(DIR.resolve(feeder).toString()).circular());
        }
        int users = Math.max(1, (int) Math.round(count * CROWD));
        return s.exec(signIn).exec(think()).during(Duration.ofMinutes(MINUTES)).on(work)
                .injectOpen(rampUsers(users).during(Duration.ofSeconds(arrival)));
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).disableCaching().header("X-Forwarded-For", "#{address}");
        ChainBuilder none = exec(session -> session);
        setUp(List.of(
                people("300 field workers", "field.csv", 300, ARRIVAL, login(), fieldWork()),
                people("100 entity staff", "staff.csv", 100, ARRIVAL, login(), entityWork()),
                people("60 local and zonal officials", "officials.csv", 60, ARRIVAL, login(), officialWork()),
                people("20 planners", "planners.csv", 20, ARRIVAL, login(), plannerWork()),
                people("200 citizens", null, 200, 60, none, citizenVisit()),
                people("5 integrations", "tokens.csv", 5, 60, none, integration())))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(MINUTES + 2))
                .assertions(global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(95.0).lt(300),
                        forAll().responseTime().percentile(99.0).lt(1000));
    }

    @Override
    public void after() {
        try {
            Files.writeString(DIR.resolve("throttled.txt"), THROTTLED.get() + "\n");
            Files.writeString(DIR.resolve("conflicts.txt"), CONFLICTS.get() + "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
