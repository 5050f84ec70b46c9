package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** A person logs in, opens the territory tree, unfolds it, opens a territory, and finds a point on the map. */
class TerritoryBrowserTests extends BrowserTest {

    @Test
    void logsInAndBrowsesTheTerritoryTree() {
        logIn("distrito");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hola");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navegación principal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Territorios")).click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Árbol territorial de Bogotá D.C.")))
                        .isVisible();

        // unfold Bogotá D.C. > Norte: children load on demand
        page.locator("summary", new Page.LocatorOptions().setHasText("Bogotá D.C.")).first().click();
        Locator norte = page.locator("summary", new Page.LocatorOptions().setHasText("Norte")).first();
        assertThat(norte).isVisible();
        norte.click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suba").setExact(true)))
                .isVisible();
        screenshot("territory-tree");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suba").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Suba");
        assertThat(page.getByText("Tibabuyes")).isVisible();
    }

    @Test
    void opensTheMapAndLocatesAPoint() {
        logIn("distrito");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navegación principal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mapa")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mapa de territorios");
        // the 20 localidades of Bogotá are drawn as shapes, with no tile server
        assertThat(page.locator("#territory-map path.leaflet-interactive")).hasCount(20);

        page.getByLabel("Latitud").fill("4.5970");
        page.getByLabel("Longitud").fill("-74.0720");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ubicar")).click();
        assertThat(page.locator("#locate-result")).containsText("La Candelaria");
        screenshot("territory-map");
    }
}
