package org.minga.fair.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.minga.MingaApplication;
import org.minga.actor.ActorStaff;
import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.FairForm;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.Participant;
import org.minga.fair.internal.FairRecords.ParticipantForm;
import org.minga.offer.ServiceCard;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.Territories;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server side of the fairs load test ({@code bench/fairs.sh}, not a test): Minga with the demo data on a
 * fresh embedded PostgreSQL, listening on 127.0.0.1 only at the port given, with one confirmed fair in La Laguna,
 * its six entities and their services, and {@code stands} entity-staff users ("stand001"...) spread over the
 * entities. Writes {@code target/bench-fairs/ready.properties} (fair id, users, entity of each user) and
 * serves until it is stopped.
 */
public final class FairBenchServer {

    static final CurrentUser ADMIN = new CurrentUser(0, "bench", "Prueba de carga", Role.ADMINISTRATOR, null, null);
    public static final String PASSWORD = "bench-fairs-2026";

    private FairBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int stands = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.setProperty("minga.demo", "true");
        System.setProperty("minga.db.embedded-data-dir", "target/bench-fairs-postgres");
        System.setProperty("minga.db.embedded-fresh", "true");
        System.setProperty("minga.db.pool-size", "20");
        System.setProperty("server.address", "127.0.0.1");
        System.setProperty("server.port", String.valueOf(port));
        System.setProperty("server.tomcat.threads.max", "200");
        System.setProperty("logging.level.root", "warn");
        System.setProperty("logging.level.org.minga.platform.internal.demo", "info");
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(MingaApplication.class).run();

        FairPlanning planning = ctx.getBean(FairPlanning.class);
        FairReadModel read = ctx.getBean(FairReadModel.class);
        FairQueries queries = ctx.getBean(FairQueries.class);
        Jurisdiction j = ctx.getBean(Jurisdictions.class).byCode("54001").orElseThrow();
        Territories territories = ctx.getBean(Territories.class);
        Actors actors = ctx.getBean(Actors.class);
        ActorStaff staff = ctx.getBean(ActorStaff.class);
        UserAccounts users = ctx.getBean(UserAccounts.class);
        long laguna = territories.byCode(j.id(), "B-C09-01").orElseThrow().id();
        FairView fair = planning
                .create(new FairForm(j.code(), "BENCH-" + System.currentTimeMillis(), "Jornada de prueba de carga",
                        null, laguna, LocalDate.now(j.zoneId()), LocalTime.of(6, 30), LocalTime.of(13, 0),
                        "Cancha de La Laguna",
                        null, "CONFIRMADA", null), ADMIN);
        List<ServiceCard> offer = queries.offerServices(j.id());
        for (String code : FairDemoData.ENTITIES) {
            actors.byCode(j.id(), code)
                    .ifPresent(a -> planning.addParticipant(fair.id(), new ParticipantForm(a.id(), "ENTIDAD",
                            code, 3, null, null), ADMIN));
        }
        List<Participant> entities = read.participants(fair.id());
        StringBuilder ready = new StringBuilder(
                "fair=" + fair.id() + "\nusers=" + stands + "\npassword=" + PASSWORD + "\n");
        StringBuilder serviceIds = new StringBuilder();
        for (Participant e : entities) {
            StringBuilder mine = new StringBuilder();
            for (ServiceCard s : offer) {
                if (e.actorName().equals(s.providerName())) {
                    planning.addService(fair.id(), s.id(), e.actorId(), ADMIN);
                    mine.append(mine.length() == 0 ? "" : ",").append(s.id());
                }
            }
            serviceIds.append("services.").append(e.actorId()).append('=').append(mine).append('\n');
        }
        List<Participant> withServices = entities.stream()
                .filter(e -> read.services(fair.id()).stream().anyMatch(s -> s.actorId() == e.actorId())).toList();
        for (int i = 1; i <= stands; i++) {
            String username = String.format("stand%03d", i);
            Participant e = withServices.get(i % withServices.size());
            users.create(new NewUser(username, PASSWORD, "Stand " + i + " de " + e.actorName(), null, Role.ENTITY_STAFF,
                    j.id(), null));
            staff.assign(e.actorId(), username, "Registro en stand", ADMIN);
            ready.append("actor.").append(username).append('=').append(e.actorId()).append('\n');
        }
        ready.append(serviceIds);
        Path dir = Path.of("target", "bench-fairs");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ready.properties.tmp"), ready.toString());
        Files.move(dir.resolve("ready.properties.tmp"), dir.resolve("ready.properties"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Fair bench server ready on http://127.0.0.1:" + port + " (fair " + fair.id() + ", " + stands
                + " stands)");
        Thread.currentThread().join();
    }
}
