package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A territory named like an HTML attack shows as text on the map (Leaflet tooltips), on the situation room
 * (its map and its table) and in the territory lists; no script runs, so no dialog opens.
 */
class EscapingBrowserTests extends BrowserTest {

    static final String ATTACK = "<img src=x onerror=alert(1)>";

    @Autowired
    JdbcClient jdbc;

    String originalName;
    long sumapaz;
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void renameSumapaz() {
        sumapaz = jdbc.sql("select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id "
                + "where j.code = '11001' and t.name = 'Sumapaz' and t.code = '20'").query(Long.class).single();
        originalName = "Sumapaz";
        jdbc.sql("update territory set name = :n where id = :id").param("n", ATTACK).param("id", sumapaz).update();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
    }

    @AfterEach
    void restoreSumapaz() {
        jdbc.sql("update territory set name = :n where id = :id").param("n", originalName).param("id", sumapaz)
                .update();
    }

    /** Hovers every shape until one shows the territory's tooltip; returns that tooltip. */
    Locator tooltipOf(String mapSelector, String text) {
        Locator shapes = page.locator(mapSelector + " path.leaflet-interactive");
        assertThat(shapes.first()).isVisible();
        for (int i = 0; i < shapes.count(); i++) {
            shapes.nth(i).hover(new Locator.HoverOptions().setForce(true));
            Locator tip = page.locator(".leaflet-tooltip");
            if (tip.count() > 0 && tip.first().textContent().contains(text)) {
                return tip.first();
            }
        }
        throw new AssertionError("no shape of " + mapSelector + " has a tooltip with " + text);
    }

    @Test
    void aTerritoryNamedLikeHtmlShowsAsTextOnTheMapTheDashboardAndTheLists() {
        logIn("distrito");

        page.navigate(url("/territories/map"));
        Locator tip = tooltipOf("#territory-map", ATTACK);
        assertThat(tip).containsText(ATTACK);
        assertThat(tip.locator("img")).hasCount(0);

        long zone = jdbc.sql("select parent_id from territory where id = :id").param("id", sumapaz).query(Long.class)
                .single();
        page.navigate(url("/dashboard?territory=" + zone));
        assertThat(page.locator("table").getByText(ATTACK)).isVisible();
        Locator dashTip = tooltipOf("#dash-map", ATTACK);
        assertThat(dashTip.locator("img")).hasCount(0);
        screenshot("escaping-dashboard");

        // the list of the zone's localidades
        page.navigate(url("/territories/" + zone));
        assertThat(page.getByText(ATTACK).first()).isVisible();

        page.navigate(url("/territories/" + sumapaz));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1))).hasText(ATTACK);

        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(dialogs).as("dialogs opened by injected scripts").isEmpty();
    }
}
