package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minga.platform.internal.ProductionDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Issue 16, item 8: what demo and production mean, decided from the configuration alone. */
class ProductionDefaultsTests {

    private static MockEnvironment decide(String dbUrl, String demo, String apiDocs) {
        MockEnvironment env = new MockEnvironment();
        env.setProperty("minga.db.url", dbUrl);
        env.setProperty("minga.demo", demo);
        env.setProperty("minga.api-docs", apiDocs);
        new ProductionDefaults().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void demoIsTheDefaultOnlyWithTheEmbeddedDatabase() {
        MockEnvironment embedded = decide("", "", "");
        assertThat(embedded.getProperty("minga.demo")).isEqualTo("true");
        assertThat(embedded.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");

        MockEnvironment external = decide("jdbc:postgresql://db.example/minga", "", "");
        assertThat(external.getProperty("minga.demo")).isEqualTo("false");
        assertThat(external.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(external.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
    }

    @Test
    void anExplicitChoiceWins() {
        assertThat(decide("jdbc:postgresql://db.example/minga", "true", "").getProperty("minga.demo"))
                .isEqualTo("true");
        assertThat(decide("", "false", "").getProperty("minga.demo")).isEqualTo("false");
        assertThat(decide("", "false", "").getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(decide("jdbc:postgresql://db.example/minga", "", "true").getProperty("springdoc.api-docs.enabled"))
                .isEqualTo("true");
        assertThat(decide("", "", "false").getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
        assertThatThrownBy(() -> decide("", "quizás", "")).hasMessageContaining("use true o false");
    }
}
