package org.minga.household.internal.household;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.DocumentType;
import org.minga.household.internal.alert.AlertReadModel;
import org.minga.household.internal.care.CarePlanReadModel;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.characterization.AnswerSheet;
import org.minga.household.internal.characterization.CharacterizationReadModel;
import org.minga.household.internal.person.Kinship;
import org.minga.household.internal.person.PersonChecks;
import org.minga.household.internal.person.PersonCommand;
import org.minga.household.internal.person.PersonReadModel;
import org.minga.household.internal.person.PersonService;
import org.minga.household.internal.person.PersonView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.team.FieldTeamReadModel;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the households of the user's scope, a household with its members, and the forms that add them. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
@RequiredArgsConstructor
class HouseholdPages {

    private final HouseholdService households;
    private final HouseholdReadModel reads;
    private final PersonService persons;
    private final PersonReadModel personReads;
    private final CharacterizationReadModel characterizations;
    private final AlertReadModel alerts;
    private final CarePlanReadModel plans;
    private final FieldTeamReadModel teams;
    private final ScopeQueries access;
    private final Jurisdictions jurisdictions;
    private final Territories territories;

    @SuppressWarnings("checkstyle:ParameterNumber")

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem householdsNavigation() {
            return NavigationItem.needing("households", "Hogares y personas", "/households", 40,
                    Capability.READ_PERSONAL_DATA);
        }

        @Bean
        NavigationItem alertsNavigation() {
            return NavigationItem.needing("alerts", "Alertas", "/alerts", 41, Capability.READ_PERSONAL_DATA);
        }

        @Bean
        NavigationItem teamsNavigation() {
            return NavigationItem.needing("field-teams", "Equipos extramurales", "/field-teams", 42,
                    Capability.READ_PERSONAL_DATA);
        }

        @Bean
        NavigationItem instrumentsNavigation() {
            return NavigationItem.needing("instruments", "Instrumentos de caracterización", "/instruments", 43,
                    Capability.CONFIGURE_JURISDICTION);
        }
    }

    @GetMapping("/households")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean priority,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("q", q);
        model.addAttribute("priority", priority);
        model.addAttribute("households", reads.households(null, priority, q, user, PageRequest.of(page, 50)));
        model.addAttribute("canWrite", access.canWrite(user));
        return "household/list";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/new")
    String newHousehold(Model model) {
        Jurisdiction j = defaultJurisdiction(CurrentUsers.require());
        return householdForm(
                new HouseholdCommand(j == null ? null : j.code(), null, null, null, null, null, null, null, null,
                        false, null, null),
                List.of(), model);
    }

    private String householdForm(HouseholdCommand form, List<FieldError> errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
        model.addAttribute("teams", teams.teams(user));
        return "household/household-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households")
    String createHousehold(@ModelAttribute HouseholdCommand form, Model model, RedirectAttributes redirect) {
        try {
            HouseholdView v = households.create(form, CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.code());
            return "redirect:/households/" + v.id();
        } catch (ValidationException e) {
            return householdForm(form, e.errors(), model);
        }
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("household", reads.viewHousehold(id, user));
        model.addAttribute("members", personReads.members(id));
        model.addAttribute("sheets", characterizations.ofHousehold(id).stream()
                .map(c -> AnswerSheet.of(c, c.personId() == null ? null : personReads.person(c.personId()).fullName()))
                .toList());
        model.addAttribute("alerts", alerts.ofHousehold(id, user));
        List<CarePlanView> ofHousehold = plans.plans(id, null, user, PageRequest.of(0, 20)).items();
        model.addAttribute("plans", ofHousehold);
        model.addAttribute("hasActivePlan", ofHousehold.stream().anyMatch(p -> "ACTIVO".equals(p.status())));
        model.addAttribute("canWrite", access.canWrite(user));
        return "household/household";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/{id}/persons/new")
    String newPerson(@PathVariable long id, Model model) {
        access.household(id, CurrentUsers.require());
        return personForm(id, new PersonCommand(id, null, null, "CC", null, null, null, null, null, null, null, null,
                "NINGUNA", false, false, null, null, null, null, null), List.of(), model);
    }

    private String personForm(long householdId, PersonCommand form, List<FieldError> errors, Model model) {
        model.addAttribute("household", reads.household(householdId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("relations", Kinship.names());
        model.addAttribute("ethnicities", new java.util.TreeSet<>(PersonChecks.ETHNICITIES));
        return "household/person-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households/{id}/persons")
    String createPerson(@PathVariable long id, @ModelAttribute PersonCommand form, Model model,
            RedirectAttributes redirect) {
        PersonCommand c = new PersonCommand(id, form.relation(), null, form.documentType(), form.documentNumber(),
                form.firstName(), form.middleName(), form.lastName(), form.secondLastName(), form.birthDate(),
                form.sex(),
                form.genderIdentity(), form.ethnicity(), form.disability(), form.disabilityCertified(),
                form.populationGroups(), form.phone(), form.email(), form.authorization(), null);
        try {
            PersonView v = persons.create(c, CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.fullName());
            return "redirect:/households/" + id;
        } catch (ValidationException e) {
            return personForm(id, c, e.errors(), model);
        }
    }

    private Jurisdiction defaultJurisdiction(CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        if (scope.jurisdictionId() != null) {
            return jurisdictions.byId(scope.jurisdictionId()).orElse(null);
        }
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        return visible.isEmpty() ? null : visible.get(0);
    }
}
