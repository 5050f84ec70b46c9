package org.minga.platform.internal.choices;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The options of a type-ahead picker: the choices of one kind that the user may see, as list items. */
@Requires(Capability.SIGNED_IN)
@Controller
class ChoicePages {

    static final int LIMIT = 10;

    private final Map<String, Choices> kinds;
    private final AccessPolicy policy;

    ChoicePages(List<Choices> kinds, AccessPolicy policy) {
        this.kinds = kinds.stream().collect(Collectors.toMap(Choices::kind, Function.identity()));
        this.policy = policy;
    }

    @GetMapping("/choices/{kind}")
    String choices(@PathVariable String kind, @RequestParam(required = false) String q, Model model) {
        Choices choices = kinds.get(kind);
        if (choices == null) {
            throw new NotFoundException("No hay opciones de «" + kind + "».");
        }
        CurrentUser user = CurrentUsers.require();
        if (!policy.allowsAny(user, choices.capabilities().toArray(Capability[]::new))) {
            throw new ForbiddenException("Su rol no puede consultar estas opciones.");
        }
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("choices", query.isEmpty() ? List.of() : choices.find(query, user, LIMIT));
        return "fragments/choices :: options";
    }
}
