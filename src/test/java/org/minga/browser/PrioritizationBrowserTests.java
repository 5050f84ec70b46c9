package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** A district user ranks the localidades by crossing variables and sees the ranking and the coloured map. */
class PrioritizationBrowserTests extends BrowserTest {

    @Test
    void runsAPrioritizationAndSeesTheRankingOnTheMap() {
        logIn("distrito");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navegación principal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Priorización")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Priorización territorial");
        page.getByLabel("Nivel territorial").selectOption("localidad");
        page.getByLabel("Año").fill("2024");
        page.getByLabel("Nombre").fill("Prueba en el navegador");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Priorizar y guardar")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Prueba en el navegador");
        assertThat(page.getByText("Ranking (20 territorios puntuados)")).isVisible();
        assertThat(page.locator("path.leaflet-interactive")).hasCount(20);
        screenshot("prioritization-run");
    }
}
