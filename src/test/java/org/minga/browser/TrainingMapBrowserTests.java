package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The training figures page maps the trained agents of each territory with the situation room's map: Bogotá's zones
 * drawn by their localidades, the zone with trained agents (Norte: the demo's Suba) darker than one without, and a
 * click drills down to the zone's own figures.
 */
class TrainingMapBrowserTests extends BrowserTest {

    @Test
    void theDistrictSeesItsZonesColouredByTheirTrainedAgentsAndDrillsDownOnAClick() {
        page.setViewportSize(1366, 768);
        logIn("distrito");
        page.navigate(url("/training/figures"));
        page.locator("#dash-legend").waitFor();
        @SuppressWarnings("unchecked")
        List<String> fills = (List<String>) page.locator("#dash-map path.leaflet-interactive")
                .evaluateAll("ps => ps.map(p => p.getAttribute('fill'))");
        assertThat(fills).hasSize(20).doesNotContain("#cccccc", "#2f6f9f");
        assertThat(fills.stream().distinct().count()).as("a zone with trained agents is coloured apart")
                .isGreaterThan(1);
        assertThat(page.locator("#dash-map-missing")).isHidden();
        assertThat(page.locator("#trained-by-territory")).containsText("Norte");
        screenshot("training-trained-agents-map");

        page.locator("#trained-by-territory a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Norte"))
                .first().click();
        assertThat(page.locator("h1")).containsText("Norte");
        assertThat(page.locator("#trained-by-territory")).containsText("Suba");
    }
}
