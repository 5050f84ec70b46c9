package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of notification Minga sends belongs to a topic people can choose on their preferences page. */
@MingaTest
class NotificationTopicsTests {

    private static final Pattern KIND = Pattern.compile("Notification(?:\\.of)?\\(\\s*\"([a-z][a-z-]*)\\.[a-z.-]+\"");

    @Autowired
    List<NotificationTopic> topics;

    @Test
    void everyNotificationKindSentHasAChoosableTopic() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KIND.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("topics found in the sources").contains("referral", "commitment", "session",
                "data-request");
        Set<String> declared = topics.stream().map(NotificationTopic::key).collect(Collectors.toSet());
        assertThat(declared).containsAll(used);
        assertThat(topics).extracting(NotificationTopic::key).doesNotHaveDuplicates();
    }
}
