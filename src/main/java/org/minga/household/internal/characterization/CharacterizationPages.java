package org.minga.household.internal.characterization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.characterization.CharacterizationRecords.CharacterizationCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.person.PersonReadModel;
import org.minga.household.internal.shared.FormValues;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: characterise a household or a member with an instrument, and read a characterisation. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record CharacterizationPages(CharacterizationService characterizations, CharacterizationReadModel reads,
        InstrumentService instruments, HouseholdReadModel households, PersonReadModel persons, ScopeQueries access) {

    /** A question as the form shows it, with the values entered so far. */
    record QuestionForm(String code, String text, String type, boolean required, List<String> options, String showIf,
            String showValue, boolean sensitive, List<String> values) {
        public String value() {
            return values.isEmpty() ? null : values.get(0);
        }

        public boolean has(String v) {
            return values.contains(v);
        }
    }

    record SectionForm(String title, List<QuestionForm> questions) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/{id}/characterizations/new")
    String newCharacterization(@PathVariable long id, @RequestParam(required = false) Long instrumentId, Model model) {
        access.household(id, CurrentUsers.require());
        return characterizationForm(id, instrumentId, null, null, Map.of(), List.of(), model);
    }

    private String characterizationForm(long householdId, Long instrumentId, Long personId, String answeredOn,
            Map<String, List<String>> values, List<FieldError> errors, Model model) {
        HouseholdView h = households.household(householdId);
        List<InstrumentView> offered = instruments.instruments(h.jurisdictionId());
        model.addAttribute("household", h);
        model.addAttribute("instruments", offered);
        model.addAttribute("errors", errors);
        InstrumentView inst = instrumentId == null ? null
                : offered.stream().filter(i -> i.id() == instrumentId).findFirst().orElse(null);
        model.addAttribute("instrument", inst);
        if (inst != null) {
            model.addAttribute("sections", sections(inst.definition(), values));
            model.addAttribute("members", persons.usableMemberViews(householdId));
        }
        model.addAttribute("personId", personId);
        model.addAttribute("answeredOn", answeredOn == null
                ? LocalDate.now(access.jurisdiction(h.jurisdictionId()).zoneId()).toString() : answeredOn);
        return "household/characterization-form";
    }

    private static List<SectionForm> sections(InstrumentDefinition definition, Map<String, List<String>> values) {
        List<SectionForm> sections = new ArrayList<>();
        for (InstrumentDefinition.Section s : definition.sections()) {
            List<QuestionForm> qs = new ArrayList<>();
            for (InstrumentDefinition.Question q : s.questions()) {
                qs.add(new QuestionForm(q.code(), q.text(), q.type(), q.required(),
                        q.options() == null ? List.of() : q.options(),
                        q.showIf() == null ? null : q.showIf().question(),
                        q.showIf() == null ? null : String.valueOf(q.showIf().equals()), q.sensitive(),
                        values.getOrDefault(q.code(), List.of())));
            }
            sections.add(new SectionForm(s.title(), qs));
        }
        return sections;
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households/{id}/characterizations")
    String characterize(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        Long instrumentId = FormValues.number(params.getFirst("instrumentId"));
        Long personId = FormValues.number(params.getFirst("personId"));
        String answeredOn = params.getFirst("answeredOn");
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("a.")) {
                values.put(k.substring(2), v.stream().filter(x -> x != null && !x.isBlank()).toList());
            }
        });
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = FormValues.date(answeredOn, "answeredOn", "Fecha de la caracterización", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            InstrumentView inst = instrumentId == null ? null : instruments.instrument(instrumentId, null);
            CharacterizationView v = characterizations.characterize(
                    new CharacterizationCommand(instrumentId, id, personId, on, answers(inst, values)), user);
            redirect.addFlashAttribute("characterized", v.instrumentName());
            return "redirect:/households/" + id + "#characterization-" + v.id();
        } catch (ValidationException e) {
            return characterizationForm(id, instrumentId, personId, answeredOn, values, e.errors(), model);
        }
    }

    /** The values typed, one per question (a list for multiple choice). */
    private static Map<String, Object> answers(InstrumentView inst, Map<String, List<String>> values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        values.forEach((code, v) -> {
            boolean multiple = inst != null && inst.definition().questions().stream()
                    .anyMatch(q -> q.code().equals(code) && "MULTIPLE".equals(q.type()));
            if (multiple) {
                answers.put(code, v);
            } else if (!v.isEmpty()) {
                answers.put(code, v.get(0));
            }
        });
        return answers;
    }

    @GetMapping("/characterizations/{id}")
    String characterization(@PathVariable long id, Model model) {
        CharacterizationView c = reads.view(id, CurrentUsers.require());
        model.addAttribute("household", households.household(c.householdId()));
        model.addAttribute("sheet",
                AnswerSheet.of(c, c.personId() == null ? null : persons.person(c.personId()).fullName()));
        return "household/characterization";
    }
}
