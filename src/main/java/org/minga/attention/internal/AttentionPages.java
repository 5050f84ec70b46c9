package org.minga.attention.internal;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.util.List;

import org.minga.attention.Setting;
import org.minga.attention.internal.domain.AttentionMode;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attentions page: counts by setting, territory and month, the list, and a form to record one. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
@RequiredArgsConstructor
class AttentionPages {

    private final AttentionService attentions;

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem attentionsNavigation() {
            return NavigationItem.needing("attentions", "Atenciones por entorno", "/attentions", 43,
                    Capability.READ_PERSONAL_DATA);
        }
    }

    @GetMapping("/attentions")
    String page(@RequestParam(required = false) String setting, @RequestParam(required = false) String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        return render(setting, level, from, to, page, new AttentionService.AttentionCommand("COMUNITARIO", "COLECTIVA",
                null, null, null, null, null, null, null, null, null, null, null, null), List.of(), model);
    }

    private String render(String setting, String level, LocalDate from, LocalDate to, Integer page,
            AttentionService.AttentionCommand form, List<FieldError> errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        AttentionService.Filter f = new AttentionService.Filter(null, setting, null, from, to);
        model.addAttribute("settings", Setting.values());
        model.addAttribute("modes", new AttentionMode[]{AttentionMode.COLECTIVA, AttentionMode.INDIVIDUAL});
        model.addAttribute("setting", setting);
        model.addAttribute("level", level);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("counts", attentions.counts(f, level, user));
        model.addAttribute("attentions", attentions.list(f, user, PageRequest.of(page, 50)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", AccessPolicy.holds(user.role(), Capability.RECORD_PERSONAL_DATA));
        return "attention/attentions";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/attentions")
    String create(@ModelAttribute AttentionService.AttentionCommand form, Model model, RedirectAttributes redirect) {
        try {
            AttentionService.AttentionView v = attentions.create(form, null, CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.id());
            return "redirect:/attentions";
        } catch (ValidationException e) {
            return render(null, null, null, null, 0, form, e.errors(), model);
        }
    }
}
