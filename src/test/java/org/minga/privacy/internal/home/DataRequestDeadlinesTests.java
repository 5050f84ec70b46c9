package org.minga.privacy.internal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The privacy officer is told when a data-subject request nears its legal deadline, once, and not when they chose
 * not to receive those notifications; the officer of another jurisdiction is not told.
 */
@MingaTest
class DataRequestDeadlinesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataRequestDeadlines deadlines;
    @Autowired
    Jurisdictions jurisdictions;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long request() throws Exception {
        long person = jdbc
                .sql("""
                        select p.id from person p join jurisdiction j on j.id = p.jurisdiction_id
                        where j.code = '11001' and p.anonymised_at is null and p.merged_into is null
                          and p.territory_path like (select path from territory t where t.jurisdiction_id = j.id and t.code = '11') || '%'
                          and not exists (select 1 from data_request r where r.person_id = p.id)
                        order by p.id desc limit 1""")
                .query(Long.class).single();
        String body = mvc.perform(post("/api/v1/data-requests").with(as("campo.suba")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + person
                        + ",\"kind\":\"CONSULTA\",\"requestedBy\":\"La titular\",\"details\":\"Qué datos tienen de mí\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    long notificationsOf(String username, long request) {
        return jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = :u and n.link = :l""").param("u", username)
                .param("l", "/privacy/requests/" + request)
                .query(Long.class).single();
    }

    @Test
    void theOfficerIsToldOnceWhenTheDeadlineIsNearAndNotBefore() throws Exception {
        long id = request();
        LocalDate due = jdbc.sql("select due_on from data_request where id = :id").param("id", id)
                .query(LocalDate.class).single();
        Jurisdiction bogota = jurisdictions.byCode("11001").orElseThrow();
        // received today: the deadline is ten business days away, nobody is told yet
        deadlines.remind(bogota, due.minusDays(20));
        assertThat(notificationsOf("privacidad.bogota", id)).isZero();
        deadlines.remind(bogota, due.minusDays(1));
        deadlines.remind(bogota, due.minusDays(1));
        assertThat(notificationsOf("privacidad.bogota", id)).isEqualTo(1);
        assertThat(notificationsOf("privacidad.cucuta", id)).isZero();
        assertThat(notificationsOf("campo.suba", id)).isZero();
        String page = mvc.perform(get("/notifications").with(as("privacidad.bogota"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Solicitud de titular por vencer: solicitud " + id);
    }

    @Test
    void anOfficerWhoChoseNotToReceiveThemIsNotTold() throws Exception {
        mvc.perform(post("/notifications/preferences").with(as("privacidad.bogota")).with(csrf())
                .param("receive", "referral", "commitment", "session").param("email", "session"))
                .andExpect(status().is3xxRedirection());
        try {
            String page = mvc.perform(get("/notifications/preferences").with(as("privacidad.bogota")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Solicitudes de titulares").doesNotContain("??");
            long id = request();
            LocalDate due = jdbc.sql("select due_on from data_request where id = :id").param("id", id)
                    .query(LocalDate.class).single();
            deadlines.remind(jurisdictions.byCode("11001").orElseThrow(), due.plusDays(1));
            assertThat(notificationsOf("privacidad.bogota", id)).isZero();
        } finally {
            jdbc.sql(
                    "delete from notification_preference where user_id = (select id from app_user where username = 'privacidad.bogota')")
                    .update();
        }
    }
}
