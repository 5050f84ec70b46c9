package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

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

/**
 * Single sign-on as people do it, in Chromium against the real OpenID Connect provider the tests start
 * ({@link OidcTestServer}): the administrator links an official's institutional account on the user's page, and the
 * official signs in with the button of the login page (authorization code flow through the browser's redirects),
 * landing on their own home, with their name and their role's menu.
 */
class SingleSignOnBrowserTests extends BrowserTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

    @Test
    void anOfficialLinkedByTheAdministratorSignsInWithTheInstitutionalAccount() {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        String account = "maria.sso." + UUID.randomUUID().toString().substring(0, 6);
        long id = accounts.create(new NewUser("sso.navegador." + UUID.randomUUID().toString().substring(0, 6),
                "Una-clave-larga-sso-2026", "María Institucional " + account, null, Role.LOCAL, bogota,
                territories.byCode(bogota, "20").orElseThrow().id()));

        // the administrator links the account on the user's page
        logIn("admin");
        page.navigate(url("/admin/users/" + id));
        page.getByLabel("Cuenta institucional (proveedor de identidad)").fill(account);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar vínculo")).click();
        page.waitForURL(url("/admin/users/" + id));
        assertThat(page.getByLabel("Cuenta institucional (proveedor de identidad)")).hasValue(account);
        page.context().clearCookies();

        // the official signs in through the provider: Minga sends the browser there and back with a code
        OidcTestServer.nextSignIn(account);
        page.navigate(url("/login"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar con la cuenta institucional"))
                .click();
        page.waitForURL(url("/"));
        assertThat(page.locator("body")).containsText("María Institucional " + account);
        // a local officer, not an administrator: the provider's sign-in carries the Minga role, not more
        assertEquals(403, page.navigate(url("/admin/users")).status());
    }
}
