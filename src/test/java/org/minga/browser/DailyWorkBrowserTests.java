package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** Daily journeys on a phone: a citizen from Minga's address to the services for them; an acta approved after confirming. */
class DailyWorkBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCitizenGoesFromMingasAddressToTheServicesForThemOnAPhone() {
        page.setViewportSize(360, 740);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ingresar"))).isVisible();
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
    void aLocalOfficialApprovesAnActaOnlyAfterConfirmingWhatItDoes() throws Exception {
        long session = heldSessionWithMinutes();
        page.setViewportSize(360, 740);
        logIn("local.suba");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Su trabajo pendiente")))
                .isVisible();
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
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization",
                        "Basic " + Base64.getEncoder()
                                .encodeToString("local.suba:minga2026".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static int version(String json) {
        Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no version in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
