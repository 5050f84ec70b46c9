package org.minga.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** The header search on a phone: type part of a name, choose the person with the keyboard, land on their page. */
class SearchBrowserTests extends BrowserTest {

    @Test
    void aFieldWorkerFindsAPersonFromTheHeaderWithTheKeyboardOnAPhone() {
        page.setViewportSize(360, 740);
        logIn("campo.suba");
        Locator box = page.getByRole(AriaRole.COMBOBOX,
                new Page.GetByRoleOptions().setName("Buscar una persona o un hogar"));
        assertThat(box).isVisible();
        box.click();
        box.pressSequentially("mar gom", new Locator.PressSequentiallyOptions().setDelay(60));
        Locator first = page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION).first();
        assertThat(first).isVisible();
        assertThat(box).hasAttribute("aria-expanded", "true");
        String name = first.locator("span").first().textContent().strip();
        org.assertj.core.api.Assertions.assertThat(name.toLowerCase()).contains("mar").contains("g");
        screenshot("header-search-phone");
        box.press("ArrowDown");
        assertThat(first).hasAttribute("aria-selected", "true");
        assertThat(box).hasAttribute("aria-activedescendant", first.getAttribute("id"));
        box.press("Enter");
        page.waitForURL(Pattern.compile(".*/persons/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        // the page is not wider than the phone
        Object width = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
    }
}
