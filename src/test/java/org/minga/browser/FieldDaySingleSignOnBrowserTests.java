package org.minga.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewUser;
import org.minga.platform.OidcTestServer;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A field worker who signs in only through the government's identity provider prepares the offline day at 360 px
 * (issue 27): with no Minga password, the page asks for a field-day passphrase typed twice, the day comes over the
 * provider's session (no password on the request), it is kept encrypted (no household code in the browser's storage,
 * nor the passphrase), and reopening the page asks for the passphrase: a wrong one opens nothing.
 */
class FieldDaySingleSignOnBrowserTests extends BrowserTest {

    static final String PASSPHRASE = "Quebrada Honda 2026";

    @Autowired
    UserAccounts accounts;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;
    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aWorkerWithoutAMingaPasswordPreparesAndReopensTheDayWithAPassphraseOfTheirOwn() {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        String account = "campo.sso." + UUID.randomUUID().toString().substring(0, 6);
        long id = accounts.create(new NewUser("sso.campo." + UUID.randomUUID().toString().substring(0, 6),
                "Una-clave-larga-sso-2026", "Trabajadora de campo " + account, null, Role.FIELD_TEAM, bogota,
                territories.byCode(bogota, "11").orElseThrow().id()));
        jdbc.sql("update app_user set oidc_subject = :a where id = :id").param("a", account).param("id", id).update();

        page.setViewportSize(360, 740);
        OidcTestServer.nextSignIn(account);
        page.navigate(url("/login"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar con la cuenta institucional"))
                .click();
        page.waitForURL(url("/"));
        List<String> authorizations = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.url().contains("/api/v1/field-day")) {
                authorizations.add(String.valueOf(r.headers().get("authorization")));
            }
        });
        page.navigate(url("/field-day"));
        assertThat(page.getByLabel("Su contraseña de Minga").count()).isZero();
        assertFitsThePhone();

        // two different passphrases: nothing is prepared
        page.getByLabel("Clave del día de campo (mínimo 10 caracteres)").first().fill(PASSPHRASE);
        page.getByLabel("Escriba la clave otra vez").fill(PASSPHRASE + "x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preparar el día")).click();
        page.waitForFunction("() => document.querySelector('#fd-status').textContent.includes('no coinciden')");
        assertThat(authorizations).isEmpty();

        page.getByLabel("Escriba la clave otra vez").fill(PASSPHRASE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preparar el día")).click();
        page.waitForFunction("() => document.querySelector('main').getAttribute('data-state') === 'open'");
        assertThat(authorizations).as("the day comes over the session, with no password").isNotEmpty()
                .allMatch("null"::equals);
        List<String> codes = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('#fd-list button')).map(b => b.dataset.household)");
        assertThat(codes).isNotEmpty();
        screenshot("field-day-sso-360");

        Map<String, Object> kept = (Map<String, Object>) page.evaluate(FieldDayOfflineBrowserTests.STORAGE);
        assertThat((String) kept.get("names")).contains("minga-field-day");
        assertThat((String) kept.get("text")).doesNotContain(codes.get(0), PASSPHRASE);

        // reopened, the day asks for the passphrase; a wrong one opens nothing
        page.reload();
        page.waitForFunction("() => document.querySelector('main').getAttribute('data-state') === 'locked'");
        page.locator("#fd-unlock-password").fill("Otra clave cualquiera");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abrir el día")).click();
        page.waitForFunction("() => document.querySelector('#fd-status').textContent.includes('no abre el día')");
        assertThat(page.locator("#fd-list button").count()).isZero();
        page.locator("#fd-unlock-password").fill(PASSPHRASE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abrir el día")).click();
        page.waitForFunction("() => document.querySelector('main').getAttribute('data-state') === 'open'");
        assertThat(page.locator("#fd-list button").count()).isEqualTo(codes.size());
    }
}
