package org.minga.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's bodies as seed 004 and issue 24 draw them: seats held by their entities, sessions as often as set. */
@MingaTest
class GovernanceDemoTests {

    @Autowired
    JdbcClient jdbc;

    List<String> seatActors(String body) {
        return jdbc.sql("""
                select m.position || ' = ' || a.code from gov_member m join gov_body b on b.id = m.body_id
                join actor a on a.id = m.actor_id where b.code = :b order by m.id""").param("b", body)
                .query(String.class).list();
    }

    @Test
    void eachSeatOfTheComisionIsHeldByItsOwnEntity() {
        assertThat(seatActors("CIDSSB")).contains("Alcalde/sa o su delegado/a = ALC-BOG",
                "Secretaría Distrital de Salud = SDS", "Secretaría Distrital de Integración Social = SDIS",
                "Secretaría de Educación = SED", "Secretaría Distrital de Gobierno = SDG");
        assertThat(seatActors("CPS-BOG")).contains("Representante de la sociedad civil = JAC-RINCON",
                "Ministerio Público = PERSONERIA-BOG");
        assertThat(jdbc.sql("select name from actor where code = 'PERSONERIA-BOG'").query(String.class).single())
                .isEqualTo("Personería de Bogotá");
    }

    @Test
    void theComisionMeetsEveryFourMonthsAndCucutaHasItsCouncil() {
        List<LocalDate> held = jdbc.sql("""
                select (s.starts_at at time zone 'America/Bogota')::date from gov_session s
                join gov_body b on b.id = s.body_id where b.code = 'CIDSSB' and s.status = 'CLOSED'
                order by s.starts_at""").query(LocalDate.class).list();
        assertThat(held).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < held.size(); i++) {
            assertThat(ChronoUnit.MONTHS.between(held.get(i - 1), held.get(i))).as("session %d", i).isEqualTo(4);
        }
        assertThat(jdbc.sql("select periodicity from gov_body where code = 'CIDSSB'").query(String.class).single())
                .isEqualTo("FOUR_MONTHLY");
        assertThat(jdbc.sql("""
                select count(*) from gov_body b join jurisdiction j on j.id = b.jurisdiction_id
                where j.code = '54001' and b.body_type = 'SOCIAL_POLICY_COUNCIL'""").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theDemoMembersNamedByAUsernameAreLinkedToTheirAccountsAndTheirCommitmentsToThem() {
        assertThat(jdbc.sql("select count(*) from gov_member where pending_username is not null")
                .query(Long.class).single()).as("members still waiting for an account").isZero();
        List<String> linked = jdbc.sql("""
                select distinct u.username from gov_member m join app_user u on u.id = m.user_id order by 1""")
                .query(String.class).list();
        assertThat(linked).isNotEmpty();
        assertThat(jdbc.sql("""
                select count(*) from gov_commitment c join gov_member m on m.id = c.responsible_member_id
                where m.user_id is not null and c.responsible_user_id is distinct from m.user_id""")
                .query(Long.class).single()).as("commitments of a linked member not given to the account").isZero();
    }
}
