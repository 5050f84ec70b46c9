package org.minga.platform.internal.choices;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Accounts to choose (a body's member, an entity's staff, an evaluator, a commitment's responsible) by name or user
 * name, among the enabled accounts of the user's jurisdiction; submitted as the user name.
 */
@Component
record UserChoiceQueries(JdbcClient jdbc) {

    @Bean
    Choices userChoices() {
        return Choices.of("users", this::find, Capability.ADMINISTER_USERS, Capability.RUN_GOVERNANCE,
                Capability.MANAGE_PRACTICES, Capability.MANAGE_ACTORS_AND_OFFER);
    }

    List<Choice> find(String query, CurrentUser user, int limit) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_",
                "\\_");
        return jdbc.sql("""
                select username, full_name, role from app_user
                where enabled and (cast(:j as bigint) is null or jurisdiction_id = :j)
                  and (lower(username) like :prefix or lower(full_name) like :prefix or lower(full_name) like :word)
                order by full_name, username limit :l""")
                .param("j", user.jurisdictionId()).param("prefix", q + "%").param("word", "% " + q + "%")
                .param("l", limit)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2),
                        rs.getString(1) + " · " + Role.valueOf(rs.getString(3)).label()))
                .list();
    }
}
