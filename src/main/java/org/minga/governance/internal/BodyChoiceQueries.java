package org.minga.governance.internal;

import java.util.List;

import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.TextKeys;
import org.minga.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Active bodies of the user's jurisdiction to choose by name or code (a higher body is usually above the user's
 * territory, so the whole jurisdiction is offered); submitted as the code.
 */
@Component
record BodyChoiceQueries(JdbcClient jdbc, Territories territories) {

    @Bean
    Choices bodyChoices() {
        return Choices.of("bodies", this::find, Capability.READ_TERRITORIAL_INFO);
    }

    List<Choice> find(String query, CurrentUser user, int limit) {
        AccessScope scope = territories.scopeOf(user);
        String key = TextKeys.key(query).strip();
        if (scope.none() || key.isEmpty()) {
            return List.of();
        }
        // bodies are few per jurisdiction (hundreds): the words are compared in Java, accents and case aside
        List<String> words = List.of(key.split("[^a-z0-9]+"));
        return jdbc.sql("""
                select b.code, b.name, b.level, t.name from gov_body b join territory t on t.id = b.territory_id
                where (cast(:j as bigint) is null or b.jurisdiction_id = :j) and b.active order by b.name, b.id""")
                .param("j", scope.jurisdictionId())
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2),
                        rs.getString(4) + " · " + rs.getString(1)))
                .list().stream()
                .filter(c -> c.value().equalsIgnoreCase(query.strip()) || matches(words, c.label() + " " + c.value()))
                .limit(limit).toList();
    }

    static boolean matches(List<String> words, String text) {
        return TextKeys.wordsStartIn(words, text);
    }
}
