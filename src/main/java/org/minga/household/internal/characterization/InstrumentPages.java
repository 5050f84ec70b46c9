package org.minga.household.internal.characterization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.shared.Json;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: characterisation instruments, their versions, and the form that defines or publishes one. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record InstrumentPages(InstrumentService instruments, Jurisdictions jurisdictions, Json json) {

    @GetMapping("/instruments")
    String instruments(Model model) {
        CurrentUser user = CurrentUsers.require();
        instruments.requireDesigner(user);
        Map<String, List<InstrumentView>> byJurisdiction = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.visibleTo(user)) {
            byJurisdiction.put(j.name(), instruments.instruments(j.id()));
        }
        model.addAttribute("byJurisdiction", byJurisdiction);
        return "household/instruments";
    }

    record InstrumentForm(String jurisdiction, String code, String name, String subject, String definition,
            Integer version) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/instruments/new")
    String newInstrument(Model model) {
        CurrentUser user = CurrentUsers.require();
        instruments.requireDesigner(user);
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        String example = pretty(new InstrumentDefinition(List.of(new InstrumentDefinition.Section("Sección 1", List.of(
                new InstrumentDefinition.Question("pregunta_1", "Texto de la pregunta", "YES_NO", true, null, null,
                        false))))));
        return instrumentForm(
                new InstrumentForm(visible.isEmpty() ? null : visible.get(0).code(), null, null, "HOUSEHOLD",
                        example, null),
                List.of(), model);
    }

    private String instrumentForm(InstrumentForm form, List<FieldError> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(CurrentUsers.require()));
        return "household/instrument-form";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/instruments")
    String createInstrument(InstrumentForm form, Model model, RedirectAttributes redirect) {
        try {
            InstrumentView v = instruments.create(new InstrumentCommand(form.jurisdiction(), form.code(), form.name(),
                    form.subject(), parse(form.definition()), null), CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/instruments/" + v.id();
        } catch (ValidationException e) {
            return instrumentForm(form, e.errors(), model);
        }
    }

    @GetMapping("/instruments/{id}")
    String instrument(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        CurrentUser user = CurrentUsers.require();
        instruments.requireDesigner(user);
        InstrumentView current = instruments.visibleInstrument(id, user);
        return instrumentPage(current, version, pretty(current.definition()), List.of(), model);
    }

    private String instrumentPage(InstrumentView current, Integer version, String definition, List<FieldError> errors,
            Model model) {
        int shown = version == null || version < 1 || version > current.currentVersion() ? current.currentVersion()
                : version;
        model.addAttribute("instrument", current);
        model.addAttribute("shown", instruments.instrument(current.id(), shown));
        model.addAttribute("shownNumber", shown);
        model.addAttribute("versions", IntStream.rangeClosed(1, current.currentVersion()).boxed().toList());
        model.addAttribute("definition", definition);
        model.addAttribute("errors", errors);
        return "household/instrument";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/instruments/{id}/versions")
    String publish(@PathVariable long id, @RequestParam(required = false) String definition, @RequestParam int version,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        InstrumentView current = instruments.visibleInstrument(id, user);
        try {
            InstrumentView v = instruments.publish(id, parse(definition), version, user);
            redirect.addFlashAttribute("published", v.currentVersion());
            return "redirect:/instruments/" + id;
        } catch (ValidationException e) {
            return instrumentPage(current, null, definition, e.errors(), model);
        }
    }

    private InstrumentDefinition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("definition",
                    "Escriba la definición del instrumento (JSON con sus secciones y preguntas).");
        }
        try {
            InstrumentDefinition d = json.mapper().readValue(text, InstrumentDefinition.class);
            if (d == null) {
                throw new ValidationException("definition",
                        "Escriba la definición del instrumento (JSON con sus secciones y preguntas).");
            }
            return d;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (línea " + e.getLocation().getLineNr() + ", columna "
                    + e.getLocation().getColumnNr() + ")";
            throw new ValidationException("definition", "La definición no es un JSON válido" + where
                    + ": revise comas, comillas y llaves.");
        }
    }

    private String pretty(InstrumentDefinition d) {
        try {
            return json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
