package org.minga.household.internal.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.household.internal.team.FieldTeamRecords.TeamCommand;
import org.minga.household.internal.team.FieldTeamRecords.TeamView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: field teams, a team's workload, and the form that forms or changes a team. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record FieldTeamPages(FieldTeamService teams, FieldTeamReadModel reads, ScopeQueries access,
        Jurisdictions jurisdictions) {

    /** The team form's fields as typed: members one per line ("nombre; perfil; usuario"), territory codes by comma or line. */
    record TeamForm(String jurisdiction, String code, String name, String members, String territoryCodes,
            Integer version) {
        TeamCommand command() {
            List<Member> ms = new ArrayList<>();
            if (members != null) {
                for (String line : members.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] parts = line.split(";", -1);
                    ms.add(new Member(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                            parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null));
                }
            }
            List<String> codes = territoryCodes == null ? List.of() : Arrays.stream(territoryCodes.split("[,;\\s]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            return new TeamCommand(jurisdiction, code, name, ms, codes);
        }
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/field-teams")
    String teams(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("teams", reads.teams(user));
        model.addAttribute("canManage", access.allows(user, Capability.MANAGE_TERRITORY));
        return "household/teams";
    }

    @GetMapping("/field-teams/{id}")
    String workload(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("workload", reads.workload(id, CurrentUsers.require(), PageRequest.of(page, 50)));
        model.addAttribute("page", page == null ? 0 : page);
        return "household/workload";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/field-teams/new")
    String newTeam(Model model) {
        CurrentUser user = CurrentUsers.require();
        access.require(user, Capability.MANAGE_TERRITORY);
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        return teamForm(null,
                new TeamForm(visible.isEmpty() ? null : visible.get(0).code(), null, null, null, null, null),
                List.of(), model);
    }

    private String teamForm(Long id, TeamForm form, List<FieldError> errors, Model model) {
        model.addAttribute("teamId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(CurrentUsers.require()));
        return "household/team-form";
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/field-teams")
    String createTeam(TeamForm form, Model model, RedirectAttributes redirect) {
        try {
            TeamView v = teams.create(form.command(), CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/field-teams/" + v.id();
        } catch (ValidationException e) {
            return teamForm(null, form, e.errors(), model);
        }
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @GetMapping("/field-teams/{id}/edit")
    String editTeam(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        TeamView t = reads.visibleTeam(id, user);
        StringBuilder members = new StringBuilder();
        t.members().forEach(m -> members.append(m.name()).append("; ").append(m.role())
                .append(m.username() == null ? "" : "; " + m.username()).append('\n'));
        return teamForm(id, new TeamForm(null, t.code(), t.name(), members.toString(),
                String.join(", ", reads.teamTerritoryCodes(id)), t.version()), List.of(), model);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/field-teams/{id}")
    String updateTeam(@PathVariable long id, TeamForm form, Model model, RedirectAttributes redirect) {
        try {
            TeamView v = teams.update(id, form.command(), form.version() == null ? -1 : form.version(),
                    CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/field-teams/" + v.id();
        } catch (ValidationException e) {
            return teamForm(id, form, e.errors(), model);
        }
    }
}
