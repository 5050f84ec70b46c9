package org.minga.fair.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.FileReader;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * 200 stands of one fair register attendances at once (bench/fairs.sh starts the server and passes its URL):
 * each stand's device logs in once with its staff user, opens the registration page, then sends registrations
 * of new people with authorization (one service each), as the page's offline queue does, one every 2 to 4
 * seconds per stand (a real stand needs a minute or more per person: this is about 30 times the real load). Bounded in count
 * (registrations per stand) and in time (maxDuration).
 */
public class FairRegistrationSimulation extends Simulation {

    static final Properties READY = new Properties();

    static {
        try (FileReader r = new FileReader(System.getProperty("bench.ready", "target/bench-fairs/ready.properties"))) {
            READY.load(r);
        } catch (Exception e) {
            throw new IllegalStateException("Start the server first (bench/fairs.sh)", e);
        }
    }

    static final String BASE = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    static final int STANDS = Integer.parseInt(READY.getProperty("users"));
    static final int PER_STAND = Integer.getInteger("bench.perStand", 25);
    static final long FAIR = Long.parseLong(READY.getProperty("fair"));
    static final AtomicLong DOCUMENTS = new AtomicLong(1_200_000_000L + (System.currentTimeMillis() % 100_000) * 1000);
    static final AtomicLong STAND = new AtomicLong();

    Iterator<Map<String, Object>> stands = Stream.generate(() -> {
        long n = STAND.incrementAndGet();
        String user = String.format("stand%03d", ((n - 1) % STANDS) + 1);
        String actor = READY.getProperty("actor." + user);
        String service = READY.getProperty("services." + actor).split(",")[0];
        return Map.<String, Object>of("user", user, "actor", actor, "service", service);
    }).iterator();

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json").disableCaching();

    static final int WARM_UP_STANDS = Integer.getInteger("bench.warmUpStands", 20);
    static final int WARM_UP_PER_STAND = Integer.getInteger("bench.warmUpPerStand", 30);

    /** A stand's device logging in and opening the registration page; request names start with {@code prefix}. */
    static ChainBuilder login(String prefix) {
        return exec(http(prefix + "login page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http(prefix + "login").post("/login").formParam("username", "#{user}")
                        .formParam("password", READY.getProperty("password")).formParam("_csrf", "#{csrf}")
                        .check(status().in(200, 302)))
                .exec(http(prefix + "registration page").get("/fairs/" + FAIR + "/register")
                        .check(css("meta[name='_csrf']", "content").saveAs("token")));
    }

    /** One registration of a new person with authorization and one service, as the page's offline queue sends it. */
    static ChainBuilder register(String prefix) {
        return exec(session -> session.set("uuid", UUID.randomUUID().toString())
                .set("doc", String.valueOf(DOCUMENTS.incrementAndGet())))
                .exec(http(prefix + "register attendance").post("/api/v1/fairs/" + FAIR + "/attendances")
                        .header("X-CSRF-TOKEN", "#{token}").header("Content-Type", "application/json")
                        .body(StringBody("""
                                {"uuid":"#{uuid}","actorId":#{actor},"serviceIds":[#{service}],"documentType":"CC",
                                 "documentNumber":"#{doc}","firstName":"Persona","lastName":"De Prueba","birthDate":"1970-05-01",
                                 "sex":"F","authorized":true,"satisfaction":5}"""))
                        .check(status().is(201)));
    }

    /**
     * Before the fair opens the server has been up and serving (a real Minga runs for weeks): a few stands
     * register a few hundred people first, so the JIT has compiled the registration path and the connections
     * have their plans. Its requests are named "warm-up: ..." and are left out of the figures that count
     * (the "register attendance" line and the assertion); {@code -Dbench.warmUpStands=0} measures from cold.
     */
    ScenarioBuilder warmUp = scenario("warm-up")
            .feed(stands)
            .exec(login("warm-up: "))
            .repeat(WARM_UP_PER_STAND).on(pace(Duration.ofMillis(500), Duration.ofMillis(1000)).exec(register("warm-up: ")));

    ScenarioBuilder stand = scenario("200 stands registering")
            .feed(stands)
            .exec(login(""))
            // a stand logs in once before the fair opens: registrations start when every stand is ready
            .rendezVous(STANDS)
            // the first people reach the stands at independent moments, not all in the same millisecond: each stand's
            // first registration comes at a random moment of a first pacing interval (without this the 200 first
            // requests leave together and the figures measure one artificial 200-request spike on a cold JVM)
            .pause(Duration.ZERO, Duration.ofMillis(3000))
            .repeat(PER_STAND).on(pace(Duration.ofMillis(2000), Duration.ofMillis(4000)).exec(register("")));

    {
        var measured = stand.injectOpen(rampUsers(STANDS).during(Duration.ofSeconds(30)));
        setUp(WARM_UP_STANDS > 0
                ? warmUp.injectOpen(atOnceUsers(WARM_UP_STANDS)).andThen(measured)
                : measured)
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(6))
                .assertions(global().failedRequests().percent().lt(1.0),
                        details("register attendance").responseTime().percentile(99.0).lt(200));
    }
}
