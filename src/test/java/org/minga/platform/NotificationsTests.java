package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Notifications.Notification;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A notification reaches the users whose scope covers the territory, once per key, and only its owner opens it. */
@MingaTest
class NotificationsTests {

    @Autowired
    Notifications notifications;
    @Autowired
    Territories territories;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void supervisorsCoveringATerritoryAreNotifiedOncePerKey() {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        TerritoryView suba = territories.byCode(bogota, "11").orElseThrow();
        String title = "Prueba de alcance " + UUID.randomUUID();
        Notification n = Notification.of("test.scope", title, "Texto", "/territories/" + suba.id(), bogota)
                .withKey("test:" + title);

        int notified = notifications.notifyCovering(bogota, suba.path(), Set.of(Role.LOCAL, Role.ZONAL, Role.READ_ONLY),
                n);

        assertThat(recipients(title)).containsExactlyInAnyOrder("local.suba", "zona.norte");
        assertThat(notified).isEqualTo(2);
        assertThat(notifications.notifyCovering(bogota, suba.path(), Set.of(Role.LOCAL, Role.ZONAL), n)).isZero();
        assertThat(recipients(title)).hasSize(2);
    }

    @Test
    void aUserReadsOnlyTheirOwnNotifications() throws Exception {
        long campo = users.idOf("campo.suba").orElseThrow();
        String title = "Compromiso asignado " + UUID.randomUUID();
        assertThat(notifications.notifyUser(campo, Notification.of("test.own", title, null, "/households", null)))
                .isTrue();
        long before = notifications.unreadCount(campo);
        long id = jdbc.sql("select id from notification where title = :t").param("t", title).query(Long.class).single();

        mvc.perform(get("/notifications?unread=true").with(httpBasic("campo.suba", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(title)));
        mvc.perform(get("/api/v1/notifications").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(title))));
        mvc.perform(post("/api/v1/notifications/" + id + "/read").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(campo)).isEqualTo(before);

        mvc.perform(post("/notifications/" + id + "/read").with(csrf()).with(httpBasic("campo.suba", "minga2026")))
                .andExpect(redirectedUrl("/households"));
        assertThat(notifications.unreadCount(campo)).isEqualTo(before - 1);
        mvc.perform(get("/api/v1/notifications?unread=true").with(httpBasic("campo.suba", "minga2026")))
                .andExpect(jsonPath("$.items[?(@.title == '" + title + "')]").isEmpty());
    }

    /** Posts as {@code user} and opens the page the redirect leads to, with its one-time message. */
    private String postAndFollow(String user, String password,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r) throws Exception {
        org.springframework.test.web.servlet.MvcResult done = mvc
                .perform(r.with(httpBasic(user, password)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return mvc.perform(get(done.getResponse().getRedirectedUrl()).with(httpBasic(user, password))
                .cookie(done.getResponse().getCookies())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String undoInstant(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"at\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the confirmation offers Deshacer").isTrue();
        return m.group(1);
    }

    @Test
    void markingNotificationsReadCanBeUndoneFromTheConfirmationForTenMinutes() throws Exception {
        // a reader of Cúcuta of its own, so that no other test's notifications reach it (nor its reach others')
        long cucuta = jurisdictions.byCode("54001").orElseThrow().id();
        String user = "avisos." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Campana-Deshacer-Lectura-7";
        long me = users.create(new NewUser(user, password, "Persona de los avisos", null, Role.READ_ONLY, cucuta,
                null));
        for (int i = 1; i <= 3; i++) {
            notifications.notifyUser(me, Notification.of("test.undo", "Aviso " + i, null, "/", cucuta));
        }
        long first = jdbc.sql("select id from notification where user_id = :u and title = 'Aviso 1'").param("u", me)
                .query(Long.class).single();

        // one, from its button: the confirmation says so and offers "Deshacer"
        String marked = postAndFollow(user, password, post("/notifications/" + first + "/mark-read"));
        assertThat(marked).contains("La notificación quedó marcada como leída.")
                .contains("action=\"/notifications/undo-read\"").contains(">Deshacer</button>");
        assertThat(notifications.unreadCount(me)).isEqualTo(2);
        String undone = postAndFollow(user, password, post("/notifications/undo-read").param("at",
                undoInstant(marked)));
        assertThat(undone).contains("Se deshizo: la notificación volvió a estar sin leer.");
        assertThat(notifications.unreadCount(me)).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where entity_type = 'Notification' and username = :u
                  and summary like 'Lectura deshecha%'""").param("u", user).query(Long.class).single())
                .isEqualTo(1);
        // the same undo again: nothing left to take back, said in a message
        assertThat(postAndFollow(user, password, post("/notifications/undo-read").param("at", undoInstant(marked))))
                .contains("No hay nada que deshacer");

        // all at once, and back
        String all = postAndFollow(user, password, post("/notifications/read-all"));
        assertThat(all).contains("3 notificaciones quedaron marcadas como leídas.").contains(">Deshacer</button>");
        assertThat(notifications.unreadCount(me)).isZero();
        assertThat(postAndFollow(user, password, post("/notifications/undo-read").param("at", undoInstant(all))))
                .contains("Se deshizo: 3 notificaciones volvieron a estar sin leer.");
        assertThat(notifications.unreadCount(me)).isEqualTo(3);

        // marked more than ten minutes ago: no longer undone
        String late = postAndFollow(user, password, post("/notifications/read-all"));
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(undoInstant(late)).minusMinutes(11);
        jdbc.sql("update notification set read_at = :at where user_id = :u").param("at", at).param("u", me).update();
        assertThat(postAndFollow(user, password, post("/notifications/undo-read").param("at", at.toString())))
                .contains("Ya no se puede deshacer: pasaron más de 10 minutos");
        assertThat(notifications.unreadCount(me)).isZero();
    }

    private java.util.List<String> recipients(String title) {
        return jdbc.sql("select u.username from notification n join app_user u on u.id = n.user_id where n.title = :t")
                .param("t", title).query(String.class).list();
    }
}
