package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Labels;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Codes never reach a person on the household and referral pages: document types, referral origins and states,
 * alert rule kinds and severities are words from the bundles, in the language the person chose.
 */
@MingaTest
class HouseholdLabelsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Labels labels;

    String page(String user, String url, String language) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "minga2026")).cookie(new Cookie("minga-lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theReferralFormNamesDocumentTypesAndOriginsInTheChosenLanguage() throws Exception {
        assertThat(page("local.suba", "/referrals/new", "es")).contains(">Cédula de ciudadanía<")
                .contains(">Visita de campo<").contains(">Permiso por protección temporal<");
        assertThat(page("local.suba", "/referrals/new", "en")).contains(">Citizenship card<")
                .contains(">Field visit<").doesNotContain(">Visita de campo<");
    }

    @Test
    void theAlertRulesPageNamesKindsAndSeveritiesNotTheirCodes() throws Exception {
        String rules = page("admin", "/alerts/rules?jurisdiction=11001", "es");
        assertThat(rules).contains("ADOLESCENTE-GESTANTE · Adolescente gestante").contains(">Crítica<")
                .doesNotContain("· PREGNANT_ADOLESCENT").doesNotContain(">CRITICA<");
        assertThat(page("local.suba", "/alerts/rules", "es")).contains("Severidad Alta")
                .doesNotContain("Severidad ALTA");
    }

    @Test
    void referralStatesAndDocumentTypesReadFromTheBundles() {
        assertThat(labels.of(ReferralStatus.IN_ATTENTION, Locale.forLanguageTag("es"))).isEqualTo("en atención");
        assertThat(labels.of(ReferralStatus.IN_ATTENTION, Locale.ENGLISH)).isEqualTo("in attention");
        assertThat(ReferralStatus.IN_ATTENTION.label()).isEqualTo("en atención");
        assertThat(DocumentType.CE.spanishName()).isEqualTo("Cédula de extranjería");
        assertThat(labels.of(DocumentType.PA, Locale.ENGLISH)).isEqualTo("Passport");
    }
}
