package org.minga.household.internal.person;

import java.util.List;

import org.minga.household.internal.alert.AlertReadModel;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.minga.privacy.Consents;
import org.minga.privacy.PersonalDataAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: a person with their authorizations, probable duplicates, alerts and (for the officer) the access log. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record PersonPages(PersonReadModel reads, PersonService persons, AlertReadModel alerts, Consents consents,
        PersonalDataAccess access, ScopeQueries records,
        org.springframework.beans.factory.ObjectProvider<org.minga.household.PersonPageSections> sections) {

    @GetMapping("/persons/{id}")
    String person(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        PersonView p = reads.viewPerson(id, user);
        Times.useJurisdiction(p.jurisdictionId());
        model.addAttribute("person", p);
        model.addAttribute("authorizations", consents.ofPerson(id));
        model.addAttribute("duplicates", reads.probableDuplicates(id));
        model.addAttribute("alerts",
                p.householdId() == null ? List.of() : alerts.ofHousehold(p.householdId(), user).stream()
                        .filter(a -> a.personId() != null && a.personId() == id).toList());
        boolean mayReadLog = access.mayReadLog(user);
        model.addAttribute("mayReadLog", mayReadLog);
        model.addAttribute("accessLog", mayReadLog ? access.of(PersonalDataAccess.PERSON, id, 50) : List.of());
        model.addAttribute("canWrite", records.canWrite(user));
        model.addAttribute("sections", sections.orderedStream().flatMap(s -> s.sectionsOf(id).stream()).toList());
        return "household/person";
    }

    @Requires({Capability.RECORD_PERSONAL_DATA, Capability.PROCESS_DATA_REQUESTS})
    @PostMapping("/persons/{id}/authorizations/{authorization}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long authorization,
            @RequestParam(required = false) String reason,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            consents.withdraw(authorization, reason, version, CurrentUsers.require());
            redirect.addFlashAttribute("withdrawn", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/persons/" + id;
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/persons/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long duplicateId, RedirectAttributes redirect) {
        persons.merge(id, duplicateId, CurrentUsers.require());
        redirect.addFlashAttribute("merged", duplicateId);
        return "redirect:/persons/" + id;
    }
}
