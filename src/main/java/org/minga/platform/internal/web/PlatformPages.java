package org.minga.platform.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PublicEntry;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Login and home. The home at {@code /} is the citizens' door when nobody is signed in (directory, eligibility,
 * practice bank, open surveys and devoluciones of a jurisdiction, and signing in as one of the choices), and each
 * signed-in role's own work otherwise.
 */
@Requires(Capability.SIGNED_IN)
@Controller
record PlatformPages(List<WorkPanel> panels, List<PublicEntry> entries, AccessPolicy policy,
        Jurisdictions jurisdictions, HomeReadModel reads) {

    PlatformPages {
        panels = panels.stream().sorted(Comparator.comparingInt(WorkPanel::order)).toList();
        entries = entries.stream().sorted(Comparator.comparingInt(PublicEntry::order)).toList();
    }

    @Requires(Capability.PUBLIC)
    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @Requires(Capability.PUBLIC)
    @GetMapping("/")
    String home(@RequestParam(name = "jurisdiction", required = false) String code, Model model) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (user == null) {
            return publicHome(code, model);
        }
        List<WorkPanel.WorkList> work = reads.onOneConnection(() -> panels.stream()
                .filter(p -> WorkArea.of(user.role()).contains(p.area()) && policy.allows(user, p.capability()))
                .map(p -> p.workOf(user))
                .toList());
        model.addAttribute("work", work);
        model.addAttribute("today", Times.todayFor(user));
        return "platform/home";
    }

    private String publicHome(String code, Model model) {
        List<Jurisdiction> all = jurisdictions.all();
        Jurisdiction chosen = code == null || code.isBlank()
                ? all.stream().min(Comparator.comparingLong(Jurisdiction::id)).orElse(null)
                : jurisdictions.byCode(code.strip())
                        .orElseThrow(() -> new NotFoundException("No existe la jurisdicción " + code.strip() + "."));
        model.addAttribute("jurisdictions", all);
        model.addAttribute("jurisdiction", chosen);
        model.addAttribute("sections", chosen == null ? List.of()
                : entries.stream().map(e -> e.sectionFor(chosen)).filter(Objects::nonNull).toList());
        return "platform/public-home";
    }
}
