package org.minga.virtual.internal;

import java.util.ArrayList;
import java.util.List;

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
        VirtualTerritoryQueries territories, CampaignInvitations invitations, org.minga.actor.Actors actors) {

    /** The invitation form: the piece (its approved version is sent), people by id, actors by code (pickers). */
    record InvitationForm(String piece, String persons, String actors) {
    }

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
        if (!model.containsAttribute("invitation")) {
            model.addAttribute("invitation", new InvitationForm(null, null, null));
        }
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

    /**
     * Sends the approved version of a piece to the people chosen (only those whose authorization names e-mail
     * invitations receive it) and to the contact people of the actors chosen who accepted the channel; the page then
     * says how many were sent and why the others were not.
     */
    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/campaigns/{id:\\d+}/invitations")
    String invite(@PathVariable long id, InvitationForm form, Model model, RedirectAttributes flash) {
        CurrentUser u = CurrentUsers.require();
        return FormPages.orPage(model, () -> {
            CampaignViews.CampaignView c = queries.campaign(id, u);
            long piece = pieceOf(form, c);
            List<Long> people = ids(form.persons());
            List<Long> actorIds = actorIds(c.jurisdictionId(), form.actors());
            if (people.isEmpty() && actorIds.isEmpty()) {
                throw new org.minga.platform.ValidationException("persons",
                        "Elija al menos una persona o un actor a quien invitar.");
            }
            CampaignInvitations.Outcome o;
            try {
                o = invitations.send(id, piece, people, actorIds, u);
            } catch (ConflictException e) {
                throw new org.minga.platform.ValidationException("piece", e.getMessage());
            }
            flash.addFlashAttribute("sent", o);
            return "redirect:/campaigns/" + id;
        }, () -> {
            model.addAttribute("invitation", form);
            return campaign(id, model);
        });
    }

    private static long pieceOf(InvitationForm form, CampaignViews.CampaignView c) {
        long piece;
        try {
            piece = Long.parseLong(form.piece() == null ? "" : form.piece().strip());
        } catch (NumberFormatException e) {
            throw new org.minga.platform.ValidationException("piece", "Elija la pieza que se envía.");
        }
        if (c.pieces().stream().noneMatch(p -> p.id() == piece && p.approvedVersion() != null)) {
            throw new org.minga.platform.ValidationException("piece",
                    "Elija una pieza de esta campaña con una versión aprobada.");
        }
        return piece;
    }

    private static List<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : VirtualForms.list(text)) {
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw new org.minga.platform.ValidationException("persons",
                        "«" + part + "» no es una persona: elíjala de la lista.");
            }
        }
        return ids;
    }

    private List<Long> actorIds(long jurisdictionId, String text) {
        List<Long> ids = new ArrayList<>();
        for (String code : VirtualForms.list(text)) {
            ids.add(actors.byCode(jurisdictionId, code).map(a -> a.id())
                    .orElseThrow(() -> new org.minga.platform.ValidationException("actors",
                            "No hay un actor con el código «" + code + "» en esta jurisdicción.")));
        }
        return ids;
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
