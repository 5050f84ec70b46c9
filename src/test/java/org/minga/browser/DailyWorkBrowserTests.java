package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * Daily journeys on a phone: a citizen from Minga's address to the services for them; a local official's overdue
 * commitment, a session convened and an acta approved after confirming. (Field worker and entity staff:
 * {@link RoleJourneysBrowserTests}.)
 */
class DailyWorkBrowserTests extends BrowserTest {

    @Test
    void aCitizenGoesFromMingasAddressToTheServicesForThemOnAPhone() {
        page.setViewportSize(360, 740);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ingresar").setExact(true)))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("¿Qué servicios me corresponden?")).click();
        page.getByLabel("Edad").fill("70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver mis servicios")).click();
        var results = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first();
        assertThat(results).containsText("Puede acceder a");
        // on a phone the answer comes first, within the first screen; the form folds under it
        org.assertj.core.api.Assertions.assertThat(results.boundingBox().y).isLessThan(740);
        org.assertj.core.api.Assertions.assertThat(page.locator("details.eligibility-form").boundingBox().y)
                .isGreaterThan(results.boundingBox().y);
        screenshot("citizen-home-to-eligibility-phone");
        // the practice bank shows practices before its filters
        page.navigate(url("/bank"));
        double firstPractice = page.locator("article.bank-item").first().boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(firstPractice)
                .isLessThan(page.locator("aside.facets").boundingBox().y);
    }

    @Test
    void aLocalOfficialSeesAnOverdueCommitmentConvenesASessionAndApprovesAnActaOnlyAfterConfirming()
            throws Exception {
        long session = heldSessionWithMinutes();
        page.setViewportSize(360, 740);
        logIn("local.suba");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Su trabajo pendiente")))
                .isVisible();
        // the overdue commitment of Suba's table, on the home page, with the day it fell due
        var overdue = page.locator("article.work-panel", new Page.LocatorOptions().setHasText("Compromisos vencidos"))
                .locator("li.overdue",
                        new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Concertar con la alcaldía"));
        assertThat(overdue.first()).containsText("vencida el");
        assertFitsThePhone();
        // convene the table's next session
        page.navigate(url("/governance/sessions/" + session));
        page.locator("p.lead a").first().click();
        var convene = page.locator("details", new Page.LocatorOptions().setHasText("Programar una sesión"));
        convene.locator("summary").click();
        convene.getByLabel("Fecha y hora").fill(java.time.LocalDate.now().plusDays(7) + "T15:00");
        convene.getByLabel("Lugar").fill("Salón comunal El Rincón");
        convene.getByLabel("Orden del día").fill("Seguimiento a la jornada de servicios");
        convene.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Crear"))
                .click();
        assertThat(page.getByText("Cambios guardados.")).isVisible();
        assertThat(page.locator("p.lead")).containsText("Salón comunal El Rincón");
        assertFitsThePhone();
        page.navigate(url("/governance/sessions/" + session));
        var approve = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Aprobar el acta y cerrar la sesión"));
        approve.click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Aprobar el acta cierra la sesión 1 de");
        screenshot("acta-confirmation-phone");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Cancelar"))
                .click();
        assertThat(dialog).hasCount(0);
        assertThat(page.getByText("Sesión cerrada")).hasCount(0);
        approve.click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Confirmar")).click();
        assertThat(page.getByText("Sesión cerrada").first()).isVisible();
    }

    /** A new Suba table with a session held last month, all present, minutes written: ready to approve. */
    private long heldSessionWithMinutes() throws Exception {
        String code = "MLB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long body = id(call("POST", "/api/v1/bodies", "{\"code\":\"" + code + "\",\"template\":\"LOCAL_APS_TABLE\","
                + "\"templateActorCode\":\"SDS\",\"territoryCode\":\"11\",\"parentCode\":\"MCT-ZN\"}"));
        long session = id(call("POST", "/api/v1/sessions", "{\"bodyId\":" + body + ",\"startsAt\":\""
                + java.time.LocalDate.now().minusMonths(1) + "T09:00:00\",\"place\":\"Alcaldía Local de Suba\"}"));
        String detail = call("GET", "/api/v1/sessions/" + session, null);
        StringBuilder attendance = new StringBuilder();
        Matcher m = Pattern.compile("\"member\":\\{\"id\":(\\d+)").matcher(detail);
        while (m.find()) {
            attendance.append(attendance.isEmpty() ? "" : ",").append('"').append(m.group(1)).append("\":\"presente\"");
        }
        String v1 = call("PUT", "/api/v1/sessions/" + session + "/attendance", "{\"attendance\":{" + attendance
                + "},\"version\":" + version(detail) + "}");
        call("PUT", "/api/v1/sessions/" + session + "/minutes",
                "{\"minutes\":\"Se revisaron los compromisos.\",\"version\":" + version(v1) + "}");
        return session;
    }

    private String call(String method, String path, String json) throws Exception {
        return api("local.suba", method, path, json);
    }
}
