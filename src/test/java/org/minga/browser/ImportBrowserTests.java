package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

/** On a phone-sized screen, a local user uploads a territory file, reads its errors, fixes it and loads it. */
class ImportBrowserTests extends BrowserTest {

    @Test
    void uploadsAFileSeesTheErrorsAndLoadsTheCorrectedOne() {
        page.setViewportSize(390, 844);
        logIn("local.suba");
        page.navigate(url("/imports"));
        page.getByLabel("Tipo de importación").selectOption("territories");
        Charset excel = Charset.forName("windows-1252");
        page.getByLabel("Archivo").setInputFiles(new FilePayload("barrios.csv", "text/csv",
                "codigo;nombre;nivel;codigo_padre;tipo_area;poblacion\nB-SUBA-80;Villa María;barrio;UPZ-X;urbana;1.500\n"
                        .getBytes(excel)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar")).click();
        assertThat(page.getByText("El código padre 'UPZ-X' no existe en la jurisdicción ni en el archivo."))
                .isVisible();
        screenshot("import-errors-phone");

        page.navigate(url("/imports"));
        page.getByLabel("Tipo de importación").selectOption("territories");
        page.getByLabel("Archivo").setInputFiles(new FilePayload("barrios.csv", "text/csv",
                "codigo;nombre;nivel;codigo_padre;tipo_area;poblacion\nB-SUBA-80;Villa María;barrio;UPZ71;urbana;1.500\n"
                        .getBytes(excel)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar")).click();
        assertThat(page.getByText("Se cargó 1 fila.")).isVisible();

        page.navigate(url("/territories?q=villa+maria"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Villa María"))).isVisible();
    }
}
