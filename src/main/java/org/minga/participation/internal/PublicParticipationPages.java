package org.minga.participation.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.minga.platform.FieldError;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.offer.ValueGroup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What citizens open without signing in: a survey by its public link ({@code /s/{token}}) and a published
 * devolución ({@code /d/{token}}); and the surveyor service worker, served with the scope header it needs.
 */
@Requires(Capability.PUBLIC)
@Controller
record PublicParticipationPages(ContributionReadModel contributionViews, SurveyResponses responses,
        SpaceReadModel spaceViews, SurveyReadModel surveyViews) {

    @GetMapping("/s/{token}")
    String survey(@PathVariable String token, Model model) {
        SurveyReadModel.SurveyView s = open(token);
        return render(s, Map.of(), List.of(), model);
    }

    private String render(SurveyReadModel.SurveyView s, Map<String, List<String>> fields, List<FieldError> errors,
            Model model) {
        model.addAttribute("survey", s);
        model.addAttribute("areas", surveyViews.areas(s));
        model.addAttribute("groups", ValueGroup.values());
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("uuid", UUID.randomUUID().toString());
        model.addAttribute("action", "/s/" + s.publicToken());
        return "participation/public-survey";
    }

    @PostMapping("/s/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request,
            Model model) {
        SurveyReadModel.SurveyView s = open(token);
        // answers per address are limited before this point, with the other public pages (minga.rate-limit.survey-answers)
        Map<String, List<String>> fields = new LinkedHashMap<>(form);
        try {
            UUID uuid = parseUuid(form.getFirst("uuid"));
            Long territory = parseLong(form.getFirst("territoryId"));
            responses.submit(s.id(), new SurveyResponses.ResponseCommand(uuid, territory, form.getFirst("groupName"),
                    form.getFirst("respondentName"), form.getFirst("respondentContact"), null, null, fields), "PUBLIC",
                    null);
            model.addAttribute("survey", s);
            return "participation/public-thanks";
        } catch (ValidationException e) {
            return render(s, fields, e.errors(), model);
        }
    }

    private SurveyReadModel.SurveyView open(String token) {
        SurveyReadModel.SurveyView s = surveyViews.byToken(token)
                .orElseThrow(() -> new NotFoundException("La encuesta no existe."));
        if (!s.status().equals("OPEN")) {
            throw new NotFoundException("La encuesta no está abierta a respuestas.");
        }
        return s;
    }

    @GetMapping("/d/{token}")
    String devolution(@PathVariable String token, Model model) {
        SpaceReadModel.SpaceView s = spaceViews.byDevolutionToken(token)
                .orElseThrow(() -> new NotFoundException("La devolución no existe."));
        model.addAttribute("space", s);
        model.addAttribute("lines", contributionViews.devolution(s.id()));
        return "participation/public-devolution";
    }

    private static UUID parseUuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("uuid", "El identificador de la respuesta no es válido.");
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("territoryId", "Elija un sector de la lista."));
            throw new ValidationException(errors);
        }
    }
}
