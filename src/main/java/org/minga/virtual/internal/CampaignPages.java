package org.minga.virtual.internal;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FormPages;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.virtual.internal.CampaignReadModel.Image;
import org.minga.virtual.internal.VirtualForms.CampaignForm;
import org.minga.virtual.internal.VirtualForms.PieceForm;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryView;
import org.minga.virtual.internal.domain.PieceKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign pages: plan one (from a virtual territory or the list), and the campaign itself with its pieces and
 * every version, approval, the calendar, the invitations sent and the link opens (counts only) and its figures, with
 * the forms that add a piece or a version, approve one, launch and close the campaign.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record CampaignPages(Campaigns campaigns, CampaignQueries queries, VirtualFigures figures,
        VirtualTerritoryQueries territories) {

    @Requires(Capability.RUN_PARTICIPATION)
    @GetMapping("/campaigns/new")
    String create(@RequestParam(required = false) Long virtualTerritory, Model model) {
        CurrentUser u = CurrentUsers.require();
        String today = Times.todayFor(u).toString();
        CampaignForm form = new CampaignForm(null, null, null, null, null, today, today, null, null);
        if (virtualTerritory != null) {
            VirtualTerritoryView v = territories.one(virtualTerritory, u);
            form = new CampaignForm(v.territory().code(), null, null, null, null, today, today, null, v.code());
        }
        model.addAttribute("form", form);
        return "virtual/campaign-form";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns")
    String plan(CampaignForm form, Model model) {
        CurrentUser u = CurrentUsers.require();
        return FormPages.orPage(model, () -> "redirect:/campaigns/" + campaigns.plan(form.command(), u), () -> {
            model.addAttribute("form", form);
            return "virtual/campaign-form";
        });
    }

    @GetMapping("/campaigns/{id:\\d+}")
    String campaign(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        model.addAttribute("c", queries.campaign(id, u));
        model.addAttribute("versions", queries.versions(id, u));
        model.addAttribute("sessions", queries.sessions(id, u));
        model.addAttribute("figures", figures.ofCampaign(id, u));
        model.addAttribute("kinds", PieceKind.values());
        model.addAttribute("canManage", AccessPolicy.holds(u.role(), Capability.RUN_PARTICIPATION));
        if (!model.containsAttribute("piece")) {
            model.addAttribute("piece", new PieceForm(null, "SHORT_TEXT", null, null, null));
        }
        return "virtual/campaign";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns/{id:\\d+}/pieces")
    String draft(@PathVariable long id, PieceForm piece, Model model, RedirectAttributes flash) {
        return FormPages.orPage(model, () -> {
            campaigns.draftPiece(id, piece.command(), CurrentUsers.require());
            flash.addFlashAttribute("done", "piece");
            return "redirect:/campaigns/" + id;
        }, () -> {
            model.addAttribute("piece", piece);
            return campaign(id, model);
        });
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns/{id:\\d+}/pieces/{pieceId:\\d+}/versions")
    String revise(@PathVariable long id, @PathVariable long pieceId, PieceForm piece, Model model,
            RedirectAttributes flash) {
        return FormPages.orPage(model, () -> {
            campaigns.revisePiece(pieceId, piece.command(), CurrentUsers.require());
            flash.addFlashAttribute("done", "version");
            return "redirect:/campaigns/" + id;
        }, () -> {
            model.addAttribute("revised", pieceId);
            model.addAttribute("version", piece);
            return campaign(id, model);
        });
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns/{id:\\d+}/pieces/{pieceId:\\d+}/approval")
    String approve(@PathVariable long id, @PathVariable long pieceId,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes flash) {
        return refusedOrDone(id, model, flash, "approved",
                () -> campaigns.approvePiece(pieceId, version, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns/{id:\\d+}/launch")
    String launch(@PathVariable long id, Model model, RedirectAttributes flash) {
        return refusedOrDone(id, model, flash, "launched", () -> campaigns.launch(id, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns/{id:\\d+}/close")
    String close(@PathVariable long id, Model model, RedirectAttributes flash) {
        return refusedOrDone(id, model, flash, "closed", () -> campaigns.close(id, CurrentUsers.require()));
    }

    /** The image of a piece's version, shown on the campaign page. */
    @GetMapping("/campaign-pieces/{id:\\d+}/image")
    ResponseEntity<byte[]> image(@PathVariable long id, @RequestParam(defaultValue = "1") int version) {
        Image i = queries.image(id, version, CurrentUsers.require());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(i.type())).body(i.bytes());
    }

    /** Does it; a move the campaign refuses (409) shows on the page as what is wrong, never an error page. */
    private String refusedOrDone(long id, Model model, RedirectAttributes flash, String done, Runnable action) {
        return FormPages.orPage(model, () -> {
            try {
                action.run();
            } catch (ConflictException e) {
                throw new org.minga.platform.ValidationException("status", e.getMessage());
            }
            flash.addFlashAttribute("done", done);
            return "redirect:/campaigns/" + id;
        }, () -> campaign(id, model));
    }
}
