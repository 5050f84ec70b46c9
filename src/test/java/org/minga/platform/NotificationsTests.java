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

    private java.util.List<String> recipients(String title) {
        return jdbc.sql("select u.username from notification n join app_user u on u.id = n.user_id where n.title = :t")
                .param("t", title).query(String.class).list();
    }
}
