package org.minga.offer.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.FileReader;
import java.time.Duration;
import java.util.Properties;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Issue 16: 100 anonymous clients on the public endpoints (directory, eligibility, HSDS services and
 * organizations, bank of good practices) for 60 s, each request right after the previous answer (bench/public.sh
 * starts the server). Every client comes from 127.0.0.1, so each sends its own X-Forwarded-For, which the bench
 * server trusts from loopback (MINGA_FORWARD_HEADERS=native): 90 clients have an address each and stay under the
 * per-address limit (their answers must all be 200); 10 share one address, as people behind one NAT would, and
 * go over it (their answers are 200 or 429, named "shared: ..."). No answer may fail otherwise.
 */
public class PublicLoadSimulation extends Simulation {

    static final Properties READY = new Properties();

    static {
        try (FileReader r = new FileReader(System.getProperty("bench.ready", "target/bench-public/ready.properties"))) {
            READY.load(r);
        } catch (Exception e) {
            throw new IllegalStateException("Start the server first (bench/public.sh)", e);
        }
    }

    static final String BASE = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("bench.users", 100);
    static final int SHARED = Math.max(1, USERS / 10);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);

    HttpProtocolBuilder protocol = http.baseUrl(BASE).disableCaching().shareConnections();

    /** The public requests, in a different order for each client; names start with {@code prefix}. */
    static ChainBuilder browse(String prefix, Integer... ok) {
        String org = READY.getProperty("organization");
        String practice = READY.getProperty("practice");
        return randomSwitch().on(
                percent(20).then(exec(http(prefix + "directory").get("/directory/11001").check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(10).then(exec(http(prefix + "directory search").get("/directory/54001?q=vacunacion")
                        .check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(15).then(exec(http(prefix + "eligibility").get("/directory/11001/eligibility?age=#{age}&sex=F&sisben=A3")
                        .check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(20).then(exec(http(prefix + "hsds services").get("/api/v1/hsds/services?per_page=50")
                        .check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(10).then(exec(http(prefix + "hsds organizations").get("/api/v1/hsds/organizations")
                        .check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(5).then(exec(http(prefix + "hsds organization").get("/api/v1/hsds/organizations/" + org)
                        .check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(10).then(exec(http(prefix + "bank").get("/bank?q=dialogos").check(status().in(ok), header("Retry-After").optional().saveAs("retry")))),
                percent(10).then(exec(http(prefix + "bank practice").get("/bank/" + practice).check(status().in(ok), header("Retry-After").optional().saveAs("retry")))));
    }

    static ScenarioBuilder clients(String name, String prefix, boolean shared, Integer... ok) {
        return scenario(name)
                .exec(session -> session.set("address", shared ? "10.200.0.1"
                        : "10.100." + (session.userId() / 250) + "." + (session.userId() % 250))
                        .set("age", 18 + (int) (session.userId() % 60)))
                .during(Duration.ofSeconds(SECONDS)).on(
                        exec(session -> session.remove("retry")).exec(browse(prefix, ok))
                                // a well-behaved client waits as long as a 429's Retry-After says
                                .doIf(session -> session.contains("retry")).then(
                                        pause(session -> Duration.ofSeconds(Long.parseLong(session.getString("retry"))))));
    }

    {
        HttpProtocolBuilder withAddress = protocol.header("X-Forwarded-For", "#{address}");
        setUp(clients("own address", "", false, 200).injectOpen(atOnceUsers(USERS - SHARED)),
                clients("shared address", "shared: ", true, 200, 429).injectOpen(atOnceUsers(SHARED)))
                .protocols(withAddress)
                .maxDuration(Duration.ofSeconds(SECONDS + 30))
                .assertions(global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(99.0).lt(300));
    }
}
