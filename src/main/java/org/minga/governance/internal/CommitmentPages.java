package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.perform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governance pages of commitments: "mis compromisos", a territory's, one commitment with its follow-up. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record CommitmentPages(CommitmentService commitments, SessionService sessions, Access access, Territories territories,
        org.minga.planning.PlanActions planActions) {

    @GetMapping("/governance/commitments")
    String mine(@RequestParam(required = false) String filter, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("results", commitments.mine(user, "all".equals(filter), PageRequest.of(page, 50)));
        model.addAttribute("filter", filter);
        return "governance/commitments";
    }

    /** The open or overdue commitments of a territory and everything below it (linked from the measures page). */
    @GetMapping("/governance/territories/{id:\\d+}/commitments")
    String territoryCommitments(@PathVariable long id, @RequestParam(required = false) String filter,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        TerritoryView t = territories.requireVisible(id, user);
        String f = "overdue".equals(filter) ? "overdue" : "open";
        model.addAttribute("territory", t);
        model.addAttribute("filter", f);
        model.addAttribute("results", commitments.ofTerritory(access.jurisdiction(t.jurisdictionId()), t.path(), user,
                f, PageRequest.of(page, 50)));
        return "governance/territory-commitments";
    }

    @GetMapping("/governance/commitments/{id:\\d+}")
    String commitment(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        CommitmentReadModel.CommitmentView c = commitments.requireVisible(id, user);
        model.addAttribute("c", c);
        model.addAttribute("bodySessions", sessions.ofBody(c.bodyId(), PageRequest.of(0, 12)).items());
        model.addAttribute("co", commitments.coResponsible(id));
        model.addAttribute("notes", commitments.notes(id));
        model.addAttribute("evidence", commitments.evidence(id));
        model.addAttribute("statuses", Gov.CommitmentStatus.values());
        model.addAttribute("planActions", planActions.servedBy("commitment", id));
        return "governance/commitment";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/commitments/{id:\\d+}/progress")
    String progress(@PathVariable long id, CommitmentForms.ProgressForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/commitments/" + id, redirect, () -> commitments.progress(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/commitments/{id:\\d+}/evidence")
    String evidence(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/commitments/" + id, redirect, () -> {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                commitments.addEvidence(id,
                        hasFile && (name == null || name.isBlank()) ? file.getOriginalFilename() : name, url,
                        hasFile ? file.getContentType() : null, hasFile ? file.getBytes() : null, user);
            } catch (IOException e) {
                throw new ValidationException("file", "No se pudo leer el archivo.");
            }
        });
    }

    @GetMapping("/governance/commitments/{id:\\d+}/evidence/{evidenceId:\\d+}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId) {
        CommitmentReadModel.EvidenceFile f = commitments.evidenceFile(id, evidenceId, CurrentUsers.require());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }
}
