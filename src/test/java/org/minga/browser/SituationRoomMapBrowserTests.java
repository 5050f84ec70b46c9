package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;

/**
 * The situation room's map colours each territory by the figure, with a legend and a "sin dato" state; a zone
 * without a shape is drawn by its localidades; territories without a shape are named; zoom works.
 */
class SituationRoomMapBrowserTests extends BrowserTest {

    private List<String> fills() {
        page.locator("#dash-legend").waitFor();
        @SuppressWarnings("unchecked")
        List<String> fills = (List<String>) page.locator("#dash-map path.leaflet-interactive")
                .evaluateAll("ps => ps.map(p => p.getAttribute('fill'))");
        return fills;
    }

    @Test
    void theDistrictsZonesAreColouredThroughTheirLocalidadesWithALegendAndWorkingZoom() {
        page.setViewportSize(1366, 768);
        logIn("distrito");
        page.navigate(url("/dashboard"));
        List<String> fills = fills();
        // Bogotá's 20 localidades, each coloured as the zone it belongs to: never the grey of "no colour"
        assertThat(fills).hasSize(20).doesNotContain("#cccccc", "#2f6f9f");
        assertThat(fills.stream().distinct().count()).as("zones with different figures get different colours")
                .isGreaterThan(1);
        assertThat(page.locator("#dash-legend")).isVisible();
        assertThat(page.locator("#dash-legend")).containsText("Sin dato");
        assertThat(page.locator("#dash-map-missing")).isHidden();
        BoundingBox zoomIn = page.locator(".leaflet-control-zoom-in").boundingBox();
        assertThat(zoomIn.width).isEqualTo(30.0);
        assertThat(zoomIn.height).isEqualTo(30.0);
        double before = page.locator("#dash-map path.leaflet-interactive").first().boundingBox().width;
        page.locator(".leaflet-control-zoom-in").click();
        page.waitForTimeout(800);
        double after = page.locator("#dash-map path.leaflet-interactive").first().boundingBox().width;
        assertThat(after).as("zooming in draws the shapes larger").isGreaterThan(before * 1.5);
        screenshot("situation-room-map-district");
    }

    @Test
    void aLocalityWhoseUpzsHaveNoShapeSaysSoInsteadOfAnEmptyBox() {
        page.setViewportSize(1366, 768);
        logIn("local.suba");
        page.navigate(url("/dashboard"));
        assertThat(page.locator("#dash-map-missing"))
                .hasText("Ninguno de estos territorios tiene forma cargada en el mapa: las cifras están en la tabla.");
        assertThat(page.locator("#dash-map")).isHidden();
    }

    @Test
    void cucutasTerritoriesWithoutAShapeAreNamedUnderTheMap() {
        page.setViewportSize(1366, 768);
        logIn("cucuta");
        page.navigate(url("/dashboard"));
        assertThat(fills()).isNotEmpty().doesNotContain("#cccccc", "#2f6f9f");
        assertThat(page.locator("#dash-map-missing")).containsText("Sin forma en el mapa (use la tabla):");
        assertThat(page.locator("#dash-map-missing")).containsText("Agua Clara");
        screenshot("situation-room-map-cucuta");
    }
}
