package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.perform;

import org.minga.governance.internal.BodyTypes.NewBodyType;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A jurisdiction's catalogue of body types: the page, a list and a form to add one ({@link BodyTypeApi}: the API). */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record BodyTypePages(BodyTypes types, Access access) {

    @GetMapping("/governance/body-types")
    String page(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("types", types.catalogue(j));
        model.addAttribute("canEdit", access.canEdit(user, j.id(), "/"));
        return "governance/body-types";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/body-types")
    String add(NewBodyType form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        String back = "/governance/body-types" + (form.jurisdiction() == null ? "" : "?jurisdiction="
                + form.jurisdiction());
        return perform(back, redirect, () -> types.add(form, user));
    }
}
