package org.minga.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stand at a fair, on a phone: a person registered with the network cut is queued on the device and stored
 * once when the connection returns.
 */
class FairOfflineBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    @Test
    void aPersonRegisteredOfflineArrivesOnce() {
        long fairId = jdbc.sql(
                "select f.id from fair f join jurisdiction j on j.id = f.jurisdiction_id where j.code = '54001' and f.code = 'BCB-2024-09'")
                .query(Long.class).single();
        long before = count("select count(*) from fair_registration where fair_id = :p", fairId);
        String document = String.valueOf(1_099_000_000L + ThreadLocalRandom.current().nextInt(900_000));

        page.setViewportSize(375, 812);
        logIn("bienestar.cucuta");
        page.navigate(url("/fairs/" + fairId + "/register"));
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '0'");
        screenshot("fair-register-375");

        page.context().setOffline(true);

        waitUntilThePageIsOffline();
        page.locator(".service-option:not([hidden]) input").first().check();
        page.getByLabel("Tipo de documento").selectOption("CC");
        page.getByLabel("Número de documento").fill(document);
        page.locator("#new-person summary").click();
        page.getByLabel("Primer nombre").fill("Mireya");
        page.getByLabel("Primer apellido").fill("Galvis");
        page.getByLabel("Fecha de nacimiento").fill("1958-04-03");
        page.getByLabel("Sexo").selectOption("F");
        page.locator("#authorized").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar registro")).click();
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '1'");
        assertThat(page.locator("#queue-offline").isVisible()).isTrue();
        screenshot("fair-register-375-offline");
        assertThat(count("select count(*) from fair_registration where fair_id = :p", fairId)).isEqualTo(before);

        page.context().setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '0'");
        // a second "online" (the queue retries) must not store it again
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        page.waitForTimeout(500);
        assertThat(count("select count(*) from fair_registration where fair_id = :p", fairId)).isEqualTo(before + 1);
        assertThat(count("""
                select count(*) from fair_registration r join person p on p.id = r.person_id
                where p.document_number = :p""", document)).isEqualTo(1);
    }

    @Test
    void theStandPageOpensAgainWithoutAConnectionAndKeepsWhatWasQueued() {
        long fairId = jdbc.sql(
                "select f.id from fair f join jurisdiction j on j.id = f.jurisdiction_id where j.code = '54001' and f.code = 'BCB-2024-09'")
                .query(Long.class).single();
        long before = count("select count(*) from fair_registration where fair_id = :p", fairId);
        String document = String.valueOf(1_098_000_000L + ThreadLocalRandom.current().nextInt(900_000));

        page.setViewportSize(375, 812);
        logIn("bienestar.cucuta");
        page.navigate(url("/fairs/" + fairId + "/register"));
        // the service worker takes control; the page it keeps is the one loaded through it
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '0'");

        page.context().setOffline(true);

        waitUntilThePageIsOffline();
        page.locator(".service-option:not([hidden]) input").first().check();
        page.getByLabel("Tipo de documento").selectOption("CC");
        page.getByLabel("Número de documento").fill(document);
        page.locator("#new-person summary").click();
        page.getByLabel("Primer nombre").fill("Aurora");
        page.getByLabel("Primer apellido").fill("Villamizar");
        page.getByLabel("Fecha de nacimiento").fill("1970-09-14");
        page.getByLabel("Sexo").selectOption("F");
        page.locator("#authorized").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar registro")).click();
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '1'");

        // the phone's browser is reopened with the connection still down: the page and its queue are there
        page.reload();
        assertThat(page.locator("#fair-register").isVisible()).isTrue();
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '1'");
        assertThat(count("select count(*) from fair_registration where fair_id = :p", fairId)).isEqualTo(before);

        page.context().setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        page.waitForFunction("() => document.getElementById('queue-status').getAttribute('data-pending') === '0'");
        assertThat(count("""
                select count(*) from fair_registration r join person p on p.id = r.person_id
                where p.document_number = :p""", document)).isEqualTo(1);
        assertThat(count("select count(*) from fair_registration where fair_id = :p", fairId)).isEqualTo(before + 1);
    }
}
