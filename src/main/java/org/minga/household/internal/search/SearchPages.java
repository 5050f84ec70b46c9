package org.minga.household.internal.search;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header search: a person or a household by document number, name or household code, within the user's reach.
 * The page lists up to 50; the same handler answers the type-ahead (HTMX) with the first 8 as options. What is shown
 * is written on the access log (the views are personal records).
 */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record SearchPages(SearchReadModel search) {

    static final int PAGE = 50;
    static final int SUGGESTIONS = 8;

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        boolean suggest = htmx != null;
        model.addAttribute("results", search.find(q, CurrentUsers.require(), suggest ? SUGGESTIONS : PAGE));
        model.addAttribute("headerQuery", q);
        return suggest ? "household/fragments/search-options :: options" : "household/search";
    }
}
