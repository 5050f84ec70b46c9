package org.minga.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Surveyor mode: a survey answered with the network cut is queued on the device and stored once when it returns. */
class SurveyorOfflineBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSurveyAnsweredOfflineArrivesOnce() {
        long surveyId = jdbc.sql("select id from survey where code = 'pladeco-2024-encuesta'").query(Long.class)
                .single();
        long before = jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", surveyId)
                .query(Long.class).single();
        logIn("admin");
        page.navigate(url("/participation/surveys/" + surveyId + "/surveyor"));
        page.waitForFunction("() => document.getElementById('queue-status').textContent.indexOf('0') >= 0");
        page.context().setOffline(true);
        waitUntilThePageIsOffline();
        page.locator("input[name='q.prioridad'][value='Otro']").check();
        String other = "Ciclovías " + UUID.randomUUID();
        page.locator("input[name='q.prioridad._otro']").fill(other);
        page.locator("input[name='q.puerto'][value='De acuerdo']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar respuesta")).click();
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '1'");
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", surveyId)
                .query(Long.class).single())
                        .isEqualTo(before);
        page.context().setOffline(false);
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '0'");
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        page.waitForTimeout(500);
        assertThat(jdbc.sql("select count(*) from survey_answer where value = :v").param("v", other).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", surveyId)
                .query(Long.class).single())
                        .isEqualTo(before + 1);
    }
}
