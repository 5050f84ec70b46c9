package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** A citizen, without signing in, finds a service in the directory and a practice in the bank. */
class PublicPagesBrowserTests extends BrowserTest {

    @Test
    void findsAServiceInTheDirectoryWithoutAccents() {
        page.setViewportSize(390, 844);
        page.navigate(url("/directory/54001"));
        page.getByLabel("¿Qué busca?").fill("vacunacion");
        page.getByLabel("¿Qué busca?").press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vacunación de caninos y felinos")).first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Vacunación de caninos y felinos");
        screenshot("directory-service-phone");
    }

    @Test
    void findsTheRedCadePracticeInTheBank() {
        page.navigate(url("/bank"));
        page.getByRole(AriaRole.SEARCHBOX).fill("dialogos ciudadanos");
        page.getByRole(AriaRole.SEARCHBOX).press("Enter");
        assertThat(page.getByText("RedCADE").first()).isVisible();
        screenshot("practice-bank");
    }
}
