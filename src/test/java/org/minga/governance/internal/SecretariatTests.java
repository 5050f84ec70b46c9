package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Mail;
import org.minga.platform.internal.notification.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The technical secretariat at work, through a real SMTP server in the test (GreenMail): convening a session sends
 * one e-mail per member with a calendar invitation a calendar library reads, in the jurisdiction's zone; the draft
 * acta goes to comments and the approved acta reaches every member, its PDF attached.
 */
@MingaTest
class SecretariatTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SessionService sessions;
    @Autowired
    BodyService bodies;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ActaPdf pdf;
    @Autowired
    Access access;

    GreenMail smtp;
    Mail mail;
    SessionNotifications secretariat;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mail = TestSmtp.mail(smtp.getSmtp().getPort(), "secretaria@minga.example");
        secretariat = new SessionNotifications(sessions, bodies, commitments, pdf, access,
                TestSmtp.notifications(jdbc, mail, "https://minga.example/"), mail, "https://minga.example/",
                "secretaria@minga.example");
    }

    @AfterEach
    void stopSmtp() {
        TestSmtp.stop(mail);
        smtp.stop();
    }

    JsonNode call(MockHttpServletRequestBuilder req, Object body, int expected) throws Exception {
        return InputPackTests.call(mvc, json, req, "local.suba", body, expected);
    }

    /** A fresh local table in Suba (its template seats have no address) and three members reachable by e-mail. */
    long tableWithThreeMembers(List<String> addresses) throws Exception {
        String code = "ML-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long body = call(post("/api/v1/bodies"), Map.of("code", code, "template", "LOCAL_APS_TABLE",
                "templateActorCode", "SDS", "territoryCode", "11", "parentCode", "MCT-ZN"), 201).get("id").asLong();
        for (int i = 0; i < 3; i++) {
            String address = "integrante" + i + "-" + code.toLowerCase() + "@entidad.example";
            addresses.add(address);
            call(post("/api/v1/bodies/" + body + "/members"), Map.of("actorCode", "SDS", "personName",
                    "Integrante " + i, "position", "Delegado/a " + i, "email", address, "role", "MEMBER"), 201);
        }
        return body;
    }

    List<MimeMessage> received(int n) {
        assertThat(smtp.waitForIncomingEmail(15_000, n)).isTrue();
        return List.of(smtp.getReceivedMessages());
    }

    static BodyPart attachment(MimeMessage m, String type) throws Exception {
        BodyPart part = part((Multipart) m.getContent(), type);
        if (part == null) {
            throw new AssertionError("no " + type + " in " + m.getSubject());
        }
        return part;
    }

    static BodyPart part(Multipart parts, String type) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getContentType().toLowerCase().startsWith(type)) {
                return p;
            }
            if (p.getContent()instanceof Multipart nested && part(nested, type) != null) {
                return part(nested, type);
            }
        }
        return null;
    }

    static String recipient(MimeMessage m) throws Exception {
        return m.getAllRecipients()[0].toString();
    }

    @Test
    void convokingASessionSendsEachMemberOneEmailWithACalendarInvitationInBogotaTime() throws Exception {
        List<String> addresses = new ArrayList<>();
        long body = tableWithThreeMembers(addresses);
        LocalDate day = LocalDate.now(ZoneId.of("America/Bogota")).plusDays(12);
        long session = call(post("/api/v1/sessions"), Map.of("bodyId", body, "startsAt", day + "T09:00:00", "place",
                "Alcaldía Local de Suba", "agenda", "2. Jornada de vacunación"), 201).get("id").asLong();

        transactions
                .executeWithoutResult(tx -> secretariat.convened(new SessionNotifications.SessionConvened(session)));

        List<MimeMessage> messages = received(3);
        Thread.sleep(500); // nothing more arrives: one message per member
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        List<String> to = new ArrayList<>();
        for (MimeMessage m : messages) {
            to.add(recipient(m));
            assertThat(m.getSubject()).startsWith("Minga: Convocatoria: sesión 1 de ");
            assertThat((String) attachment(m, "text/plain").getContent()).contains("Alcaldía Local de Suba",
                    "2. Jornada de vacunación");
            BodyPart invitation = attachment(m, "text/calendar");
            String text = new String(invitation.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
            VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
            assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/Bogota");
            VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
            DtStart<?> start = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
            assertThat(java.time.Instant.from(start.getDate()))
                    .isEqualTo(day.atTime(9, 0).atZone(ZoneId.of("America/Bogota")).toInstant());
            assertThat(event.<Property>getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Alcaldía Local de Suba");
            assertThat(event.<Property>getProperty(Property.ATTENDEE).orElseThrow().getValue())
                    .isEqualToIgnoringCase("mailto:" + recipient(m));
            assertThat(event.<Property>getProperty(Property.ORGANIZER).orElseThrow().getValue())
                    .isEqualTo("mailto:secretaria@minga.example");
        }
        assertThat(to).containsExactlyInAnyOrderElementsOf(addresses);
    }

    @Test
    void theDraftActaGoesToCommentsAndTheApprovedActaReachesEveryMemberAsPdf() throws Exception {
        List<String> addresses = new ArrayList<>();
        long body = tableWithThreeMembers(addresses);
        long session = call(post("/api/v1/sessions"), Map.of("bodyId", body, "startsAt", "2026-02-05T09:00:00",
                "place", "Alcaldía Local de Suba"), 201).get("id").asLong();
        JsonNode detail = call(get("/api/v1/sessions/" + session), null, 200);
        Map<String, String> attendance = new HashMap<>();
        detail.get("attendance").forEach(l -> attendance.put(l.at("/member/id").asText(), "presente"));
        int v = call(put("/api/v1/sessions/" + session + "/attendance"),
                Map.of("attendance", attendance, "version", detail.at("/session/version").asInt()), 200)
                        .get("version").asInt();
        // comments are taken only once the draft is circulated, and it needs minutes to be circulated
        call(post("/api/v1/sessions/" + session + "/comments"), Map.of("comment", "Falta la EPS."), 409);
        assertThat(call(post("/api/v1/sessions/" + session + "/circulate"), Map.of("version", v), 400).toString())
                .contains("minutes");
        v = call(put("/api/v1/sessions/" + session + "/minutes"),
                Map.of("minutes", "Se acordó la jornada de vacunación en El Rincón.", "version", v), 200)
                        .get("version").asInt();
        v = call(post("/api/v1/sessions/" + session + "/circulate"), Map.of("version", v), 200).get("version").asInt();
        transactions.executeWithoutResult(tx -> secretariat.actaCirculated(
                new SessionNotifications.ActaCirculated(session)));
        for (MimeMessage m : received(3)) {
            assertThat(m.getSubject()).startsWith("Minga: Acta para comentarios: sesión 1 de ");
            assertThat(text(attachment(m, "application/pdf"))).contains("jornada de vacunación en El Rincón");
        }
        JsonNode commented = call(post("/api/v1/sessions/" + session + "/comments"),
                Map.of("comment", "Agregar que la EPS confirma el biológico."), 201);
        assertThat(commented.at("/comments/0/comment").asText()).isEqualTo("Agregar que la EPS confirma el biológico.");
        assertThat(call(get("/api/v1/sessions/" + session), null, 200).at("/circulation/comments").size())
                .isEqualTo(1);
        mvc.perform(get("/governance/sessions/" + session).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Agregar que la EPS confirma el biológico.")));

        call(post("/api/v1/sessions/" + session + "/approve"), Map.of("version", v), 200);
        smtp.purgeEmailFromAllMailboxes();
        transactions.executeWithoutResult(tx -> secretariat.actaApproved(
                new SessionNotifications.ActaApproved(session)));
        List<String> to = new ArrayList<>();
        for (MimeMessage m : received(3)) {
            to.add(recipient(m));
            assertThat(m.getSubject()).startsWith("Minga: Acta aprobada: sesión 1 de ");
            assertThat(text(attachment(m, "application/pdf"))).contains("jornada de vacunación en El Rincón");
        }
        assertThat(to).containsExactlyInAnyOrderElementsOf(addresses);
        // an approved acta takes no more comments
        call(post("/api/v1/sessions/" + session + "/comments"), Map.of("comment", "Tarde."), 409);
    }

    static String text(BodyPart pdfPart) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdfPart.getInputStream().readAllBytes())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
