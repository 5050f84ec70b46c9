package org.minga.platform.internal.admin;

import java.util.List;
import org.minga.platform.Capability;
import org.minga.platform.FormPages;
import org.minga.platform.Requires;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.PersonalDataReads;
import org.minga.platform.Role;
import org.minga.platform.internal.admin.AuditQueries.Filter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration: jurisdictions and the audit log. Users are in {@link UserAdminPages}. */
@Requires(Capability.ADMINISTER_USERS)
@Controller
@RequestMapping("/admin")
record AdminPages(Jurisdictions jurisdictions, AuditQueries audit,
        org.springframework.beans.factory.ObjectProvider<PersonalDataReads> reads) {

    @GetMapping("/jurisdictions")
    String jurisdictions(Model model) {
        requireAdmin();
        model.addAttribute("jurisdictions", jurisdictions.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewJurisdiction("", "", "CO", "America/Bogota"));
        }
        return "admin/jurisdictions";
    }

    @PostMapping("/jurisdictions")
    String createJurisdiction(@ModelAttribute("form") NewJurisdiction form, Model model) {
        requireAdmin();
        return FormPages.orPage(model, () -> {
            Jurisdiction created = jurisdictions.create(form);
            return "redirect:/territories?jurisdiction=" + created.code();
        }, () -> jurisdictions(model));
    }

    @GetMapping("/audit")
    String audit(@ModelAttribute Filter filter, @RequestParam(required = false) Integer page, Model model) {
        requireAdmin();
        model.addAttribute("filter", filter);
        var entries = audit.search(filter, PageRequest.of(page, 50));
        model.addAttribute("entries", entries);
        // Entries keep the before and after states of people and households: the page reads personal data.
        reads.ifAvailable(r -> {
            r.logRead(PersonalDataReads.AUDIT, entries.items().stream().map(AuditQueries.AuditEntry::id).toList(), null,
                    "LIST");
            for (String type : List.of("Person", "Household")) {
                r.logRead(type.equals("Person") ? "PERSON" : "HOUSEHOLD", entries.items().stream()
                        .filter(e -> type.equals(e.entityType()) && e.entityId() != null
                                && e.entityId().matches("\\d{1,18}"))
                        .map(e -> Long.valueOf(e.entityId())).toList(), null, "LIST");
            }
        });
        return "admin/audit";
    }

    static void requireAdmin() {
        if (!CurrentUsers.require().is(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("Solo un administrador puede entrar a esta página.");
        }
    }
}
