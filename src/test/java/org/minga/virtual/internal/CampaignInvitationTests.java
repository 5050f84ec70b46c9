package org.minga.virtual.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.actor.ActorEmailContacts;
import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.Mail;
import org.minga.platform.internal.notification.TestSmtp;
import org.minga.platform.internal.security.MingaPrincipal;
import org.minga.privacy.Consents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Campaign invitations by e-mail through a real SMTP server in-process (GreenMail), as their recipients see them
 * (issue 21): the approved piece embedded in the message, an unsubscribe link that works, and only the people whose
 * authorization names the e-mail channel receive one; unsubscribing stops the next.
 */
@MingaTest
class CampaignInvitationTests {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CampaignPieceRepository pieces;
    @Autowired
    CampaignReadModel read;
    @Autowired
    CampaignInvitationRepository invitationRepository;
    @Autowired
    VirtualAccess access;
    @Autowired
    Households households;
    @Autowired
    Consents consents;
    @Autowired
    ActorEmailContacts actorContacts;
    @Autowired
    JdbcClient jdbc;

    GreenMail smtp;
    Mail mail;
    CampaignInvitations invitations;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mail = TestSmtp.mail(smtp.getSmtp().getPort(), "campanas@minga.example");
        invitations = new CampaignInvitations(campaigns, pieces, read, invitationRepository, access, households,
                consents, actorContacts, mail, "https://minga.example/");
    }

    @AfterEach
    void stopSmtp() {
        TestSmtp.stop(mail);
        smtp.stop();
    }

    @Test
    void anInvitationReachesExactlyTheConsentingRecipientsAndUnsubscribingStopsTheNext() throws Exception {
        String s = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36).toUpperCase();
        long ana = person("Ana", "ana." + s + "@correo.example",
                "Caracterización; invitaciones por correo electrónico");
        long beto = person("Beto", "beto." + s + "@correo.example", "Caracterización");
        long caro = person("Caro", null, "Caracterización; invitaciones por correo electrónico");
        long[] campaign = runningCampaign("CAMP-MAIL-" + s);
        CurrentUser suba = ((MingaPrincipal) users.loadUserByUsername("local.suba")).currentUser();

        CampaignInvitations.Outcome first = invitations.send(campaign[0], campaign[1], List.of(ana, beto, caro),
                List.of(), suba);
        assertThat(first).isEqualTo(new CampaignInvitations.Outcome(1, 1, 1, 0));
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ana." + s + "@correo.example");
        assertThat(m.getSubject()).isEqualTo("Invitación: Feria de servicios en Suba");
        String html = part(m, "text/html").getContent().toString();
        assertThat(html).contains("<img src=\"cid:pieza\"");
        Part image = part(m, "image/png");
        assertThat(image.getHeader("Content-ID")[0]).isEqualTo("<pieza>");
        assertThat(image.getInputStream().readAllBytes()).isEqualTo(PNG);
        Matcher link = Pattern.compile("https://minga\\.example/u/([0-9a-f]{32})").matcher(html);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        String confirm = mvc.perform(get("/u/" + token)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirm).contains("dejar de recibir invitaciones").contains("<form method=\"post\"");
        var done = mvc.perform(post("/u/" + token).with(csrf())).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString(StandardCharsets.UTF_8)).contains("no recibirá más invitaciones");
        assertThat(mvc.perform(post("/u/" + "0".repeat(32)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        CampaignInvitations.Outcome second = invitations.send(campaign[0], campaign[1], List.of(ana, beto, caro),
                List.of(), suba);
        assertThat(second).isEqualTo(new CampaignInvitations.Outcome(0, 1, 1, 1));

        // Ana's record turns out to be a duplicate and is merged into another one: her "no" stays in force
        long anaKept = person("Ana", "ana.kept." + s + "@correo.example",
                "Caracterización; invitaciones por correo electrónico");
        ok(post("/api/v1/persons/" + anaKept + "/merge"), Map.of("duplicateId", ana));
        CampaignInvitations.Outcome third = invitations.send(campaign[0], campaign[1], List.of(anaKept), List.of(),
                suba);
        assertThat(third).isEqualTo(new CampaignInvitations.Outcome(0, 0, 0, 1));
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anActorsContactPersonWhoAcceptedTheChannelIsInvitedAndUnsubscribingWithdrawsTheAcceptance()
            throws Exception {
        String s = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36).toUpperCase();
        long actor = asDistrito(post("/api/v1/actors"), Map.of("jurisdiction", "11001", "code", "ONG-" + s, "name",
                "Fundación " + s, "type", "ONG", "sectors", List.of("salud"), "territories", List.of("11")))
                        .get("id").asLong();
        String accepts = "acepta." + s.toLowerCase() + "@fundacion.example";
        String declines = "no.acepta." + s.toLowerCase() + "@fundacion.example";
        asDistrito(post("/api/v1/actors/" + actor + "/contacts"), contact("Lucía Acepta", accepts, true));
        asDistrito(post("/api/v1/actors/" + actor + "/contacts"), contact("Mario Calla", declines, false));
        long[] campaign = runningCampaign("CAMP-ACT-" + s);
        CurrentUser suba = ((MingaPrincipal) users.loadUserByUsername("local.suba")).currentUser();

        CampaignInvitations.Outcome first = invitations.send(campaign[0], campaign[1], List.of(), List.of(actor),
                suba);
        assertThat(first).isEqualTo(new CampaignInvitations.Outcome(1, 0, 0, 0, 1));
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(accepts);
        String html = part(received[0], "text/html").getContent().toString();
        assertThat(html).contains("<img src=\"cid:pieza\"");
        Matcher link = Pattern.compile("https://minga\\.example/u/([0-9a-f]{32})").matcher(html);
        assertThat(link.find()).isTrue();
        // the campaign's page counts the invitation, and names nobody
        String page = mvc.perform(get("/campaigns/" + campaign[0]).with(httpBasic("local.suba", "minga2026")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("1 invitaciones enviadas").doesNotContain(accepts);
        // the campaign keeps the contact's id, never the e-mail
        assertThat(jdbc.sql("select count(*) from campaign_invitation where campaign_id = :c and actor_contact_id"
                + " is not null and person_id is null").param("c", campaign[0]).query(Long.class).single())
                        .isEqualTo(1);

        assertThat(accepting(actor)).containsExactly("Lucía Acepta");
        assertThat(mvc.perform(post("/u/" + link.group(1)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(accepting(actor)).isEmpty();
        CampaignInvitations.Outcome second = invitations.send(campaign[0], campaign[1], List.of(), List.of(actor),
                suba);
        assertThat(second).isEqualTo(new CampaignInvitations.Outcome(0, 0, 0, 0, 0));
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theCampaignPageSendsInvitationsAndSaysWhyThoseWithoutTheChannelGotNone() throws Exception {
        String s = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36).toUpperCase();
        long beto = person("Beto", "beto.pagina." + s + "@correo.example", "Caracterización");
        long[] campaign = runningCampaign("CAMP-PAG-" + s);
        String page = mvc.perform(get("/campaigns/" + campaign[0]).with(httpBasic("local.suba", "minga2026")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Enviar invitaciones por correo").contains("<option value=\"" + campaign[1] + "\"");

        var sent = mvc.perform(post("/campaigns/" + campaign[0] + "/invitations")
                .with(httpBasic("local.suba", "minga2026")).with(csrf()).param("piece", "" + campaign[1])
                .param("persons", "" + beto)).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + campaign[0]);
        assertThat(sent.getFlashMap().get("sent")).isEqualTo(new CampaignInvitations.Outcome(0, 1, 0, 0, 0));
        jakarta.servlet.http.Cookie session = sent.getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        String after = mvc.perform(get("/campaigns/" + campaign[0]).cookie(session)
                .with(httpBasic("local.suba", "minga2026"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Invitaciones enviadas: 0 (0 a contactos de actores). Sin autorización para"
                + " invitaciones por correo: 1").doesNotContain("beto.pagina");

        assertThat(refused(campaign[0], "", "" + beto, "")).contains("Elija la pieza que se envía.");
        assertThat(refused(campaign[0], "" + campaign[1], "", "NO-EXISTE-" + s))
                .contains("No hay un actor con el código «NO-EXISTE-" + s + "» en esta jurisdicción.");
        assertThat(refused(campaign[0], "" + campaign[1], "", ""))
                .contains("Elija al menos una persona o un actor a quien invitar.");
        assertThat(mvc.perform(post("/campaigns/" + campaign[0] + "/invitations")
                .with(httpBasic("consulta.kennedy", "minga2026")).with(csrf()).param("piece", "" + campaign[1])
                .param("persons", "" + beto)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** The campaign page answered to a refused invitation form: the message under the field, what was typed kept. */
    private String refused(long campaign, String piece, String persons, String actors) throws Exception {
        var r = mvc.perform(post("/campaigns/" + campaign + "/invitations").with(httpBasic("local.suba", "minga2026"))
                .with(csrf()).param("piece", piece).param("persons", persons).param("actors", actors)).andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The names of the actor's contact people who accept invitations by e-mail, as the actor's API shows them. */
    private List<String> accepting(long actor) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode c : asDistrito(get("/api/v1/actors/" + actor + "/contacts"), null)) {
            if (c.hasNonNull("emailAcceptedOn")) {
                names.add(c.get("fullName").asText());
            }
        }
        return names;
    }

    private static Map<String, Object> contact(String name, String email, boolean acceptsEmail) {
        return Map.of("fullName", name, "email", email, "authorizedBy", name, "authorizedAt", "2026-01-15",
                "authorizationPurpose", "Coordinar las jornadas de la fundación", "authorizationChannel",
                "Formato firmado", "acceptsEmail", acceptsEmail);
    }

    private JsonNode asDistrito(MockHttpServletRequestBuilder req, Object body) throws Exception {
        return ok(req, "distrito", body);
    }

    private static Part part(Part p, String type) throws Exception {
        if (p.isMimeType(type)) {
            return p;
        }
        if (p.getContent()instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                Part found = partOrNull(b, type);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static Part partOrNull(Part p, String type) throws Exception {
        try {
            return part(p, type);
        } catch (AssertionError e) {
            return null;
        }
    }

    /** A running campaign of Suba with an image piece approved: {campaign, piece}. */
    private long[] runningCampaign(String code) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        long id = ok(post("/api/v1/campaigns"), Map.of("jurisdiction", "11001", "territory", "11", "code", code,
                "name", "Feria de servicios en Suba", "objective", "Invitar a la feria de servicios",
                "startsOn", today.toString(), "endsOn", today.plusDays(10).toString())).get("id").asLong();
        long piece = ok(post("/api/v1/campaigns/" + id + "/pieces"), Map.of("title", "Afiche de la feria", "kind",
                "IMAGE", "imageType", "image/png", "image", Base64.getEncoder().encodeToString(PNG), "body",
                "Sábado en el parque")).get("id").asLong();
        ok(post("/api/v1/campaign-pieces/" + piece + "/approval"), Map.of("version", 1));
        ok(post("/api/v1/campaigns/" + id + "/launch"), null);
        return new long[]{id, piece};
    }

    private long person(String name, String email, String purposes) throws Exception {
        long household = ok(post("/api/v1/households"), Map.of("jurisdiction", "11001", "territoryCode",
                "B-SUBA-06", "address", "Calle 9 # 21-30", "estrato", 2, "sisbenGroup", "B3")).get("id").asLong();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("householdId", household);
        p.put("relation", "JEFE");
        p.put("documentType", "CC");
        p.put("documentNumber", String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 9_999_999_999L)));
        p.put("firstName", name);
        p.put("lastName", "Invitada");
        p.put("birthDate", "1990-05-01");
        p.put("sex", "F");
        if (email != null) {
            p.put("email", email);
        }
        p.put("authorization", Map.of("grantedByName", name + " Invitada", "channel", "PRESENCIAL", "purposes",
                purposes, "evidence", "Formato FA-2130", "byGuardian", false, "sensitiveData", false));
        return ok(post("/api/v1/persons"), p).get("id").asLong();
    }

    private JsonNode ok(MockHttpServletRequestBuilder req, Object body) throws Exception {
        return ok(req, "local.suba", body);
    }

    private JsonNode ok(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
        req = req.with(httpBasic(user, "minga2026")).with(csrf());
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        var r = mvc.perform(req).andReturn().getResponse();
        String text = r.getContentAsString(StandardCharsets.UTF_8);
        if (r.getStatus() / 100 != 2) {
            throw new AssertionError(r.getStatus() + " " + text);
        }
        return json.readTree(text);
    }
}
