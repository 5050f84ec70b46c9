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
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Territorios").setExact(true)).click();
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

    /**
     * The tree's disclosure and the territory's link are two controls side by side, not one inside the other (axe
     * nested-interactive): with the keyboard alone a node opens and closes, and its link is the next stop.
     */
    @Test
    void aKeyboardUserOpensAndClosesANodeAndFollowsItsLinkOnAPhone() {
        page.setViewportSize(360, 740);
        logIn("admin");
        page.navigate(url("/territories"));
        assertFitsThePhone();
        Locator tree = page.locator("#territory-tree");
        Locator toggle = tree.locator("summary",
                new Locator.LocatorOptions().setHasText("Ver territorios de Bogotá D.C."));
        Locator norte = tree.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Norte").setExact(true));
        toggle.focus();
        page.keyboard().press("Enter");
        assertThat(norte).isVisible();
        page.keyboard().press("Enter");
        assertThat(norte).isHidden();
        page.keyboard().press("Space");
        assertThat(norte).isVisible();
        assertFitsThePhone();

        page.keyboard().press("Tab");
        Locator bogota = tree.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Bogotá D.C.").setExact(true));
        assertThat(bogota).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bogotá D.C.");
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
