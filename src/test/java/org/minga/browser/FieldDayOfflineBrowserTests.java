package org.minga.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.CDPSession;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A field worker's day on a 360 px phone (issue 27): prepared on a 3G-like connection, worked with the network cut
 * (a characterisation that raises an alert, a person registered with authorization, a care-plan action updated,
 * the page reopened offline), synchronised once when the network returns, and nothing personal left in the
 * browser after sign-out.
 */
class FieldDayOfflineBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    /** Everything kept in the browser for Minga: IndexedDB records (binary as text) and the cached pages' text. */
    static final String STORAGE = """
            async () => {
              const dec = new TextDecoder();
              const text = v => v instanceof ArrayBuffer ? dec.decode(v) : ArrayBuffer.isView(v) ? dec.decode(v.buffer)
                : (v && typeof v === 'object') ? Object.values(v).map(text).join(' ') : String(v);
              let out = '';
              const names = (await indexedDB.databases()).map(d => d.name);
              for (const name of names) {
                const db = await new Promise((ok, ko) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = ko; });
                for (const store of db.objectStoreNames) {
                  const all = await new Promise(ok => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); });
                  out += ' ' + all.map(text).join(' ');
                }
                db.close();
              }
              for (const c of await caches.keys()) {
                const cache = await caches.open(c);
                for (const req of await cache.keys()) {
                  if (!/\\.(js|css)$/.test(new URL(req.url).pathname)) { out += ' ' + req.url + ' ' + await (await cache.match(req)).text(); }
                }
              }
              return {names: names.join(','), text: out};
            }""";

    @Test
    @SuppressWarnings("unchecked")
    void aDayPreparedWorkedOfflineAndSynchronisedOnce() {
        String document = String.valueOf(1_075_000_000L + ThreadLocalRandom.current().nextInt(900_000));
        page.setViewportSize(360, 740);
        logIn("campo.suba");
        page.navigate(url("/field-day"));
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        assertFitsThePhone();

        // prepare the day on a 3G-like connection (1.6 Mb/s down, 750 kb/s up, 300 ms round trip)
        CDPSession cdp = page.context().newCDPSession(page);
        JsonObject slow = new JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 300);
        slow.addProperty("downloadThroughput", 1_600_000 / 8);
        slow.addProperty("uploadThroughput", 750_000 / 8);
        cdp.send("Network.enable");
        cdp.send("Network.emulateNetworkConditions", slow);
        long started = System.nanoTime();
        page.getByLabel("Su contraseña de Minga").first().fill("minga2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preparar el día")).click();
        page.waitForFunction("() => document.querySelector('main').getAttribute('data-state') === 'open'");
        long prepareMillis = (System.nanoTime() - started) / 1_000_000;
        int households = page.locator("#fd-list button").count();
        System.out.printf("field day prepared on 3G: %d households in %d ms%n", households, prepareMillis);
        assertThat(prepareMillis).isLessThan(10_000);
        slow.addProperty("latency", 0);
        slow.addProperty("downloadThroughput", -1);
        slow.addProperty("uploadThroughput", -1);
        cdp.send("Network.emulateNetworkConditions", slow);
        screenshot("field-day-360");

        // a household of the list without an open food-insecurity alert, and an action of a care plan to follow up
        List<String> codes = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('#fd-list button')).map(b => b.dataset.household)");
        String code = codes.stream()
                .filter(c -> count(
                        """
                                select count(*) from alert a join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id
                                where h.code = :p and r.code = 'INSEGURIDAD-ALIMENTARIA' and a.status <> 'CERRADA'""",
                        c) == 0)
                .findFirst().orElseThrow();
        long household = jdbc.sql("select id from household where code = :c").param("c", code).query(Long.class)
                .single();
        Map<String, Object> action = jdbc.sql("""
                select x.id, h.code from care_plan_action x join care_plan c on c.id = x.care_plan_id
                join household h on h.id = c.household_id
                where h.code in (:codes) and c.status = 'ACTIVO' and x.status = 'PENDIENTE' order by x.id limit 1""")
                .param("codes", codes).query().singleRow();
        long actionId = ((Number) action.get("id")).longValue();
        long instrument = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'HOGAR-APS'""").query(Long.class).single();
        long characterizations = count("select count(*) from characterization where household_id = :p", household);

        page.context().setOffline(true);

        waitUntilThePageIsOffline();
        page.locator("[data-household='" + code + "']").click();
        page.locator("#fd-instrument").selectOption(String.valueOf(instrument));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar caracterización")).click();
        // the instrument's required answers are checked offline
        assertThat(page.locator("#fd-char-errors").textContent()).contains("Tipo de vivienda", "es obligatoria");
        page.locator("#fd-q-tipo_vivienda").selectOption("Casa");
        page.locator("input[name='a.agua_potable'][value='true']").check();
        page.locator("#fd-q-inseguridad_alimentaria").fill("7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar caracterización")).click();
        page.waitForFunction("() => document.getElementById('fd-status').getAttribute('data-pending') === '1'");
        // the alert rules fire here as they will on the server
        assertThat(page.locator("#fd-predicted").textContent()).contains("Alerta prevista",
                "Inseguridad alimentaria", "umbral 4");

        page.locator("summary", new Page.LocatorOptions().setHasText("Registrar una persona")).click();
        page.locator("#fd-p-doctype").selectOption("CC");
        page.locator("#fd-p-doc").fill(document);
        page.locator("#fd-p-first").fill("Rosalba");
        page.locator("#fd-p-last").fill("Cifuentes");
        page.locator("#fd-p-birth").fill("1949-05-20");
        page.locator("#fd-p-sex").selectOption("F");
        page.locator("#fd-p-relation").selectOption("OTRO_PARIENTE");
        page.locator("#fd-p-authorized").check();
        page.locator("#fd-p-sensitive").check();
        page.locator("#fd-p-evidence").fill("Formato firmado 4471");
        // the signature drawn with a finger on the phone is the authorization's evidence
        page.locator("#fd-p-signature").scrollIntoViewIfNeeded();
        var pad = page.locator("#fd-p-signature").boundingBox();
        page.mouse().move(pad.x + 20, pad.y + pad.height / 2);
        page.mouse().down();
        page.mouse().move(pad.x + pad.width / 2, pad.y + 15,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().move(pad.x + pad.width - 20, pad.y + pad.height - 15,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar persona")).click();
        page.waitForFunction("() => document.getElementById('fd-status').getAttribute('data-pending') === '2'");
        assertThat(page.locator("#fd-members").textContent()).contains("Rosalba Cifuentes");

        // a referral drafted for her, to a service of the offer kept with the day
        long service = jdbc.sql("""
                select s.id from offer_service s join jurisdiction j on j.id = s.jurisdiction_id
                join offer_eligibility e on e.service_id = s.id
                where j.code = '11001' and s.status = 'ACTIVE' and e.min_age is null and e.max_age is null
                  and cardinality(e.population_groups) = 0 and e.offered_everywhere and e.sisben_mask = 0
                order by s.name limit 1""").query(Long.class).single();
        page.locator("summary", new Page.LocatorOptions().setHasText("Canalizar a un servicio")).click();
        page.locator("#fd-r-person").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Rosalba Cifuentes"));
        page.locator("#fd-r-need").selectOption("LEGAL");
        page.locator("#fd-r-description").fill("Orientación por un conflicto de arriendo");
        page.locator("#fd-r-service").selectOption(String.valueOf(service));
        page.locator("#fd-r-share").fill("Autorizó en la visita, firma en el formato 4471");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar canalización")).click();
        page.waitForFunction("() => document.getElementById('fd-status').getAttribute('data-pending') === '3'");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volver a la lista")).click();
        page.locator("[data-household='" + action.get("code") + "']").click();
        page.locator("#fd-action-" + actionId).selectOption("CUMPLIDA");
        page.waitForFunction("() => document.getElementById('fd-status').getAttribute('data-pending') === '4'");
        assertFitsThePhone();
        screenshot("field-day-360-offline");

        // on the device, only ciphertext: no name, document or household code in IndexedDB or the caches
        Map<String, Object> kept = (Map<String, Object>) page.evaluate(STORAGE);
        assertThat((String) kept.get("names")).contains("minga-field-day", "minga-offline-field-changes");
        assertThat((String) kept.get("text")).doesNotContain("Rosalba", document, code, "Cifuentes");

        // the phone's browser is reopened with the network still down: the page opens, the day needs the password
        page.reload();
        page.waitForFunction("() => document.querySelector('main').getAttribute('data-state') === 'locked'");
        page.locator("#fd-unlock-password").fill("minga2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abrir el día")).click();
        page.waitForFunction("() => document.getElementById('fd-status').getAttribute('data-pending') === '4'");
        assertThat(count("select count(*) from person where document_number = :p", document)).isZero();
        assertThat(count("select count(*) from characterization where household_id = :p", household))
                .isEqualTo(characterizations);

        // back online the queue sends itself; the worker may also press the button (a send tried while the
        // network was still coming up is retried)
        page.context().setOffline(false);
        page.waitForFunction("() => navigator.onLine");
        for (int i = 0; i < 30 && !"0".equals(page.locator("#fd-status").getAttribute("data-pending")); i++) {
            page.waitForTimeout(1000);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sincronizar ahora")).click();
        }
        assertThat(page.locator("#fd-status").getAttribute("data-pending"))
                .as(page.locator("#fd-status").textContent()).isEqualTo("0");
        // a second "online" (the queue retries) stores nothing again
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        page.waitForTimeout(500);
        assertThat(page.locator("#fd-results").textContent()).contains("Alerta abierta en el servidor",
                "Inseguridad alimentaria");
        screenshot("field-day-360-synced");

        assertThat(count("select count(*) from characterization where household_id = :p", household))
                .isEqualTo(characterizations + 1);
        assertThat(count("select count(*) from person where document_number = :p", document)).isEqualTo(1);
        assertThat(count("""
                select count(*) from person p join data_authorization a on a.person_id = p.id
                where p.document_number = :p and a.evidence = 'Formato firmado 4471'""", document)).isEqualTo(1);
        assertThat(count("""
                select count(*) from person p join data_authorization_evidence e on e.person_id = p.id
                where p.document_number = :p and e.media_type = 'image/png' and length(e.content) > 0""", document))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from referral r join person p on p.id = r.person_id
                where p.document_number = :p and r.origin = 'FIELD_VISIT' and r.service_id = """ + service, document))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from alert a join alert_rule r on r.id = a.rule_id
                where a.household_id = :p and r.code = 'INSEGURIDAD-ALIMENTARIA' and a.status = 'ABIERTA'""",
                household)).isEqualTo(1);
        assertThat(count("select count(*) from care_plan_action where id = :p and status = 'CUMPLIDA'", actionId))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from personal_data_access where username = 'campo.suba' and subject_type = 'HOUSEHOLD'
                  and endpoint like 'GET /api/v1/field-day%' and subject_ids @> array[:p]::bigint[]""", household))
                .isPositive();

        // sign-out erases the day, the queue and the pages kept for offline use
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salir")).click();
        page.waitForURL(u -> u.contains("/login"));
        Map<String, Object> left = (Map<String, Object>) page.evaluate(STORAGE);
        assertThat((String) left.get("names")).doesNotContain("minga-field-day", "minga-offline-field-changes");
        assertThat((String) left.get("text")).doesNotContain("Rosalba", document, "/field-day", code);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDayKeptPastItsHoursIsErasedFromTheDeviceAtTheNextPageOpened() {
        page.setViewportSize(360, 740);
        logIn("campo.suba");
        page.navigate(url("/field-day"));
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.getByLabel("Su contraseña de Minga").first().fill("minga2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preparar el día")).click();
        page.waitForFunction("() => document.querySelector('main').getAttribute('data-state') === 'open'");
        assertThat((String) ((Map<String, Object>) page.evaluate(STORAGE)).get("names")).contains("minga-field-day");

        // the hours the day may be kept (minga.field-day.keep-hours) have passed: the next page opened erases it
        page.evaluate("() => localStorage.setItem('minga.fieldDay.expiresAt', String(Date.now() - 1000))");
        page.navigate(url("/"));
        page.waitForFunction("async () => !(await indexedDB.databases()).some(d => d.name === 'minga-field-day')");
        Map<String, Object> left = (Map<String, Object>) page.evaluate(STORAGE);
        assertThat((String) left.get("names")).doesNotContain("minga-field-day", "minga-offline-field-changes");
        assertThat((String) left.get("text")).doesNotContain("/field-day");
    }
}
