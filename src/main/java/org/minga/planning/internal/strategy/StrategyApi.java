package org.minga.planning.internal.strategy;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.StrategyClassifications.Category;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A strategy's classifications as JSON: the categories of a jurisdiction (populations, scenarios, rights), which
 * categories a goal, action, alert or care-plan need carries, and the figures by category.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record StrategyApi(StrategyService service, Jurisdictions jurisdictions) {

    /** The body of a classification: the codes of the categories the record carries from now on. */
    record Classification(List<String> categories) {
    }

    @GetMapping("/api/v1/strategy/categories")
    List<Category> categories(@RequestParam(required = false) String jurisdiction) {
        return service.categories(jurisdictions.namedOrOwn(jurisdiction, CurrentUsers.require()).id());
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/strategy/categories")
    ResponseEntity<Category> define(@RequestParam(required = false) String jurisdiction,
            @RequestBody CategoryForm form) {
        CurrentUser user = CurrentUsers.require();
        Category c = service.define(jurisdictions.namedOrOwn(jurisdiction, user), form, user);
        return ResponseEntity.created(URI.create("/api/v1/strategy/categories?jurisdiction=" + jurisdiction)).body(c);
    }

    @GetMapping("/api/v1/strategy/classifications/{kind}/{id}")
    List<Category> of(@PathVariable String kind, @PathVariable long id) {
        return service.of(kind(kind), id, CurrentUsers.require());
    }

    @PutMapping("/api/v1/strategy/classifications/{kind}/{id}")
    List<Category> classify(@PathVariable String kind, @PathVariable long id, @RequestBody Classification body) {
        return service.classify(kind(kind), id, body.categories(), CurrentUsers.require());
    }

    /** Per category, how many goals, actions, alerts and care-plan needs it classifies in the user's scope. */
    @GetMapping("/api/v1/strategy/figures")
    List<CategoryFigure> figures(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return service.figures(jurisdictions.namedOrOwn(jurisdiction, user).id(), user);
    }

    /** GOAL, ACTION, ALERT or CARE_NEED, in any case, with - or _. */
    static ClassifiedKind kind(String text) {
        try {
            return ClassifiedKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "«" + text + "» no se clasifica: use GOAL (meta), ACTION (acción), "
                    + "ALERT (alerta) o CARE_NEED (necesidad de un plan de cuidado).");
        }
    }
}
