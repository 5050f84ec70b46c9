package org.minga.platform.internal.notification;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.minga.platform.NotificationTopic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice, per topic, of receiving notifications and of receiving them also by e-mail. */
@Component
class NotificationPreferencesRepository {

    record Choice(NotificationTopic topic, boolean receive, boolean email) {
    }

    private final JdbcClient jdbc;
    private final List<NotificationTopic> topics;

    NotificationPreferencesRepository(JdbcClient jdbc, List<NotificationTopic> topics) {
        this.jdbc = jdbc;
        this.topics = topics.stream().sorted(Comparator.comparingInt(NotificationTopic::order)).toList();
    }

    List<NotificationTopic> topics() {
        return topics;
    }

    List<Choice> of(long userId) {
        Map<String, boolean[]> saved = jdbc
                .sql("select topic, receive, by_mail from notification_preference where user_id = :u")
                .param("u", userId)
                .query((rs, n) -> Map.entry(rs.getString("topic"),
                        new boolean[]{rs.getBoolean("receive"), rs.getBoolean("by_mail")}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return topics.stream().map(t -> {
            boolean[] c = saved.getOrDefault(t.key(), new boolean[]{true, true});
            return new Choice(t, c[0], c[1]);
        }).toList();
    }

    /** Saves the user's choices: the topics ticked to receive, and those of them ticked to e-mail. */
    @Transactional
    void save(long userId, Set<String> receive, Set<String> email) {
        for (NotificationTopic t : topics) {
            boolean r = receive.contains(t.key());
            jdbc.sql(
                    """
                            insert into notification_preference (user_id, topic, receive, by_mail) values (:u, :t, :r, :e)
                            on conflict (user_id, topic) do update set receive = excluded.receive, by_mail = excluded.by_mail""")
                    .param("u", userId).param("t", t.key()).param("r", r).param("e", r && email.contains(t.key()))
                    .update();
        }
    }
}
