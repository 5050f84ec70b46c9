package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily journey of each role on a 360 x 740 phone, as the person sees it: the field worker's visit (from the header
 * search to the referral), the entity's
 * answer to a referral that arrived. (The local official's and the citizen's are in {@link DailyWorkBrowserTests}.)
 */
class RoleJourneysBrowserTests extends BrowserTest {

    private static final AtomicLong DOCS = new AtomicLong(1_093_400_000L + System.nanoTime() % 100_000);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFieldWorkerCharacterisesSeesTheAlertAgreesAnActionAndRefersOnAPhone() throws Exception {
        long[] household = householdWithPerson("B-SUBA-02", "Quintero Anacona");
        long instrument = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'HOGAR-APS'""").query(Long.class).single();
        page.setViewportSize(360, 740);
        logIn("campo.suba");

        // the person, found from the header search by part of her name, and her household from her page
        Locator search = page.getByRole(AriaRole.COMBOBOX,
                new Page.GetByRoleOptions().setName("Buscar una persona o un hogar"));
        search.click();
        search.pressSequentially("ros anac", new Locator.PressSequentiallyOptions().setDelay(60));
        Locator found = page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName(Pattern.compile("Rosalba Quintero Anacona")));
        assertThat(found).hasCount(1);
        found.click();
        page.waitForURL(url("/persons/" + household[1]));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Rosalba Quintero Anacona");
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Hogar "))).click();
        page.waitForURL(url("/households/" + household[0]));

        // the visit: a characterisation, typed, kept through a reload, then saved
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar una caracterización")).click();
        page.getByLabel("Instrumento").selectOption(String.valueOf(instrument));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Usar este instrumento")).click();
        page.locator("[name='a.inseguridad_alimentaria']").fill("7");
        page.locator("[name='a.agua_potable'][value='true']").check();
        page.waitForFunction("() => Object.keys(localStorage).some(k => k.startsWith('minga.draft.'))");
        page.reload();
        assertThat(page.locator(".draft-notice")).containsText("Se recuperó lo que escribió");
        assertThat(page.locator("[name='a.inseguridad_alimentaria']")).hasValue("7");
        assertFitsThePhone();
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar caracterización"));
        save.click();
        // refused for a missing answer: what was typed comes back, the missing question is marked
        assertThat(page.locator("#q-tipo_vivienda .field-error")).isVisible();
        assertThat(page.locator("[name='a.inseguridad_alimentaria']")).hasValue("7");
        page.locator("[name='a.tipo_vivienda']").selectOption("Casa");
        save.click();
        assertThat(page.getByText("Se guardó la caracterización")).isVisible();
        // sent and accepted: the draft is gone from the browser
        page.waitForFunction("() => !Object.keys(localStorage).some(k => k.startsWith('minga.draft.'))");
        // the alert the rules raised, on the household's page
        assertThat(page.getByText("Inseguridad alimentaria (FIES mayor que 4)").first()).isVisible();
        assertFitsThePhone();

        // a care-plan action, marked done, then undone
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abrir un plan de cuidado")).click();
        page.getByLabel("Necesidad").fill("Alimentación");
        page.getByLabel("Acción acordada").fill("Inscribir al hogar en el comedor comunitario");
        page.getByLabel("Nombre del responsable").fill("EBE Suba 1");
        page.getByLabel("Fecha límite").fill(LocalDate.now().plusDays(10).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abrir plan")).click();
        assertThat(page.getByText("Inscribir al hogar en el comedor comunitario").first()).isVisible();
        page.locator("select[id^='status-']").first().selectOption("CUMPLIDA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar")).first().click();
        Locator undo = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deshacer"));
        assertThat(undo).isInViewport();
        undo.click();
        assertThat(page.getByText("Se deshizo el cambio")).isVisible();
        assertThat(page.locator("select[id^='status-']").first()).hasValue("PENDIENTE");
        assertFitsThePhone();

        // the referral to the health secretariat
        page.navigate(url("/referrals/new?personId=" + household[1]));
        page.getByLabel("Descripción").fill("Necesita valoración nutricional de los niños del hogar.");
        page.getByLabel("Entidad que debe responder").selectOption(String.valueOf(sds()));
        page.getByLabel("La persona autorizó compartir sus datos").check();
        page.getByLabel("Constancia").fill("Formato FC-1 firmado en la visita");
        assertFitsThePhone();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear canalización")).click();
        page.waitForURL(Pattern.compile(".*/referrals/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("CAN-");
        assertFitsThePhone();
        screenshot("field-worker-journey-phone");
    }

    @Test
    void entityStaffHearOfAReferralAcceptItAndAnswerWithTheCounterReferralOnAPhone() throws Exception {
        long[] household = householdWithPerson("B-SUBA-03", "Quintero");
        long referral = id(api("local.suba", "POST", "/api/v1/referrals", "{\"personId\":" + household[1]
                + ",\"needCategory\":\"salud\",\"needDescription\":\"Control prenatal atrasado\","
                + "\"origin\":\"visita de campo\",\"actorId\":" + sds() + ",\"priority\":\"alta\","
                + "\"shareAuthorized\":true,\"shareEvidence\":\"Formato FC-1\"}"));
        api("local.suba", "POST", "/api/v1/referrals/" + referral + "/transitions", "{\"to\":\"enviada\"}");
        String code = jdbc.sql("select code from referral where id = :id").param("id", referral).query(String.class)
                .single();
        // the entity is told after the sending commits
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from notification where kind = 'referral.arrived' and link = :l")
                .param("l", "/referrals/" + referral).query(Long.class).single() > 0);
        page.setViewportSize(360, 740);
        logIn("salud.bogota");

        Locator bell = page.locator("a.bell");
        assertThat(bell).hasAttribute("aria-label", Pattern.compile("Notificaciones \\([1-9]\\d* sin leer\\)"));
        bell.click();
        Locator arrived = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("Nueva canalización para .*: " + code)));
        arrived.click();
        page.waitForURL(url("/referrals/" + referral));
        assertFitsThePhone();
        for (String step : new String[]{"recibida", "aceptada", "en atención"}) {
            move(step);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(step);
        }
        page.getByText("Marcar como atendida").first().click();
        page.getByLabel("Qué se hizo").fill("Consulta de control prenatal y exámenes de laboratorio.");
        page.getByLabel("Resultado").fill("Gestación de bajo riesgo; próximo control en cuatro semanas.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marcar como atendida")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contrarreferencia")))
                .isVisible();
        assertThat(page.getByText("Gestación de bajo riesgo; próximo control en cuatro semanas.")).isVisible();
        assertFitsThePhone();
        screenshot("entity-staff-journey-phone");
    }

    @Test
    void aPracticeFormWithOneBadFieldSavesTheRestAsADraftAndMarksThatField() throws Exception {
        String pladeco = "Actualización participativa del PLADECO";
        long seed = jdbc.sql("select min(id) from practice where title like :t").param("t", pladeco + "%")
                .query(Long.class).single();
        api("admin", "POST", "/api/v1/practices", api("admin", "GET", "/api/v1/practices/" + seed, null));
        long copy = jdbc.sql("select max(id) from practice where title like :t").param("t", pladeco + "%")
                .query(Long.class).single();
        page.setViewportSize(360, 740);
        logIn("admin");
        page.navigate(url("/practices/" + copy + "/edit"));
        page.locator("#title").fill("PLADECO, borrador con una cifra por corregir");
        page.locator("[name='t.indicadores.0.antes']").fill("muchos");
        assertThat(page.locator("#autosave-status")).containsText("salvo los campos marcados");
        Locator bad = page.locator("#item-indicadores .autosave-error");
        assertThat(bad).containsText("«Valor Antes» debe ser un número");
        assertThat(page.locator("[name='t.indicadores.0.antes']")).hasAttribute("aria-invalid", "true");
        page.reload();
        assertThat(page.locator("#title")).hasValue("PLADECO, borrador con una cifra por corregir");
        assertFitsThePhone();
    }

    /** Opens "Marcar como {step}" in the referral's actions and confirms it. */
    private void move(String step) {
        String name = "Marcar como " + step;
        page.getByText(name, new Page.GetByTextOptions().setExact(true)).first().click();
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
        assertThat(button).isVisible();
        button.click();
    }

    private long sds() {
        return jdbc.sql("select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id"
                + " where a.code = 'SDS' and j.code = '11001'").query(Long.class).single();
    }

    /** A new Suba household with its head, Rosalba {lastName}, who authorised the processing of her data: {household, person}. */
    private long[] householdWithPerson(String territoryCode, String lastName) throws Exception {
        long household = id(api("local.suba", "POST", "/api/v1/households", "{\"jurisdiction\":\"11001\","
                + "\"territoryCode\":\"" + territoryCode + "\",\"address\":\"Calle 130 # 91-20\",\"estrato\":2}"));
        long person = id(api("local.suba", "POST", "/api/v1/persons", "{\"householdId\":" + household
                + ",\"relation\":\"JEFE\",\"documentType\":\"CC\",\"documentNumber\":\"" + DOCS.incrementAndGet()
                + "\",\"firstName\":\"Rosalba\",\"lastName\":\"" + lastName
                + "\",\"birthDate\":\"1992-03-14\",\"sex\":\"F\","
                + "\"authorization\":{\"grantedByName\":\"Rosalba Quintero\",\"channel\":\"PRESENCIAL\","
                + "\"purposes\":\"Caracterización y plan de cuidado\",\"evidence\":\"Formato FA-1\","
                + "\"byGuardian\":false,\"sensitiveData\":true}}"));
        return new long[]{household, person};
    }
}
