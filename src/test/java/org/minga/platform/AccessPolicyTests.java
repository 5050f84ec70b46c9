package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access policy: its table is the README's, and its scopes are what each demo role reaches. */
@MingaTest
class AccessPolicyTests {

    @Autowired
    AccessPolicy policy;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** The policy table as the README shows it, written from the code. */
    static String markdownTable() {
        List<Role> roles = Arrays.stream(Role.values()).toList();
        StringBuilder b = new StringBuilder("| capacidad |");
        roles.forEach(r -> b.append(' ').append(r.label()).append(" |"));
        b.append("\n|---|");
        roles.forEach(r -> b.append("---|"));
        b.append('\n');
        for (Capability c : Capability.values()) {
            b.append("| ").append(c.label()).append(" |");
            for (Role r : roles) {
                b.append(' ').append(AccessPolicy.reach(r, c).label()).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Test
    void theReadmeShowsThePolicyTableOfTheCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README access policy table; expected:\n" + markdownTable()).contains(markdownTable());
    }

    private CurrentUser user(String username) {
        long id = accounts.idOf(username).orElseThrow();
        return jdbc
                .sql("select id, username, full_name, role, jurisdiction_id, territory_id from app_user where id = :id")
                .param("id", id).query((rs, n) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), (Long) rs.getObject(5), (Long) rs.getObject(6)))
                .single();
    }

    @Test
    void eachRoleReachesPersonalDataOnlyWhereItsWorkIs() {
        String suba = jdbc.sql("select t.path from territory t join jurisdiction j on j.id = t.jurisdiction_id "
                + "where j.code = '11001' and t.code = '11'").query(String.class).single();
        String kennedy = jdbc.sql("select t.path from territory t join jurisdiction j on j.id = t.jurisdiction_id "
                + "where j.code = '11001' and t.code = '08'").query(String.class).single();
        long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();

        AccessScope field = policy.scope(user("campo.suba"), Capability.READ_PERSONAL_DATA);
        assertThat(field.includes(bogota, suba + "99/")).isTrue();
        assertThat(field.includes(bogota, kennedy)).isFalse();

        for (String noPersonalData : List.of("evaluador", "consulta.kennedy", "salud.bogota", "privacidad.bogota")) {
            AccessScope s = policy.scope(user(noPersonalData), Capability.READ_PERSONAL_DATA);
            assertThat(s.none()).as(noPersonalData).isTrue();
            assertThat(s.includes(bogota, kennedy)).as(noPersonalData).isFalse();
            assertThat(s.likePattern()).as(noPersonalData).startsWith(AccessScope.NO_PATH);
        }
        assertThat(policy.scope(user("privacidad.bogota"), Capability.PROCESS_DATA_REQUESTS).includes(bogota, kennedy))
                .isTrue();
        assertThat(policy.scope(user("salud.bogota"), Capability.ANSWER_REFERRALS).reach()).isEqualTo(Reach.ENTITY);
    }

    @Test
    void onlyThePrivacyOfficerProcessesDataSubjectRequests() {
        for (Role r : Role.values()) {
            assertThat(AccessPolicy.reach(r, Capability.PROCESS_DATA_REQUESTS) != Reach.NONE)
                    .as(r.name()).isEqualTo(r == Role.PRIVACY_OFFICER);
        }
        assertThatThrownBy(() -> policy.require(user("campo.suba"), Capability.PROCESS_DATA_REQUESTS))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("equipo de campo").hasMessageContaining("tramitar consultas y reclamos");
    }

    @Test
    void mingaItselfActsWithNarrowCapabilitiesNeverAsAnAdministrator() {
        CurrentUser system = CurrentUser.system("Minga (prueba)", 1L);
        assertThat(system.role()).isEqualTo(Role.SYSTEM);
        assertThat(policy.allows(system, Capability.ADVANCE_CARE_ROUTES)).isTrue();
        for (Capability c : List.of(Capability.READ_PERSONAL_DATA, Capability.ADMINISTER_USERS,
                Capability.PROCESS_DATA_REQUESTS, Capability.RECORD_PERSONAL_DATA)) {
            assertThat(policy.allows(system, c)).as(c.name()).isFalse();
        }
        assertThat(Role.SYSTEM.assignable()).isFalse();
    }
}
