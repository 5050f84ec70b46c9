package org.minga.practice.internal;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The formats: their versions, a blank view of each, and adding a format or version from its JSON definition. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record FormatPages(FormatCatalog formats) {

    @GetMapping("/practices/formats")
    String list(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("formats", formats.latest());
        model.addAttribute("isAdmin", AccessPolicy.reachesAllJurisdictions(user, Capability.CONFIGURE_JURISDICTION));
        return "practice/formats";
    }

    @GetMapping("/practices/formats/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUsers.require();
        PracticeFormat f = formats.require(id);
        model.addAttribute("format", f);
        model.addAttribute("def", f.definition());
        model.addAttribute("versions", formats.versionsOf(f.code()));
        model.addAttribute("json", formats.write(f.definition()));
        return "practice/format";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/practices/formats")
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String issuer, @RequestParam(required = false) String definition,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        try {
            FormatDefinition def = definition == null || definition.isBlank() ? null : formats.parse(definition);
            PracticeFormat f = formats.create(new FormatCatalog.NewFormat(code, name, issuer, def), user);
            redirect.addFlashAttribute("notice", "Formato agregado: " + f.label());
            return "redirect:/practices/formats/" + f.id();
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("issuer", issuer);
            model.addAttribute("definition", definition);
            return list(model);
        }
    }
}
