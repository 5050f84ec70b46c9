package org.minga.actor.internal;

import java.util.List;
import java.util.function.Supplier;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.springframework.ui.Model;

/** What the actor module's pages share: the jurisdiction shown, and who may register. */
final class ActorPageSupport {

    private ActorPageSupport() {
    }

    /** The jurisdiction named, else the user's, else the first visible one; puts the visible ones in the model. */
    static Jurisdiction pick(Jurisdictions jurisdictions, String code, CurrentUser user, Model model) {
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction j = code != null && !code.isBlank() ? jurisdictions.requireVisible(code.strip(), user)
                : user.jurisdictionId() != null ? jurisdictions.byId(user.jurisdictionId()).orElse(null)
                        : visible.isEmpty() ? null : visible.get(0);
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("jurisdiction", j);
        return j;
    }

    /** The jurisdiction named (or the signed-in user's own) when the user registers in it; else refused. */
    static Jurisdiction editable(Jurisdictions jurisdictions, String code) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(code, user);
        requireEditor(user, j);
        return j;
    }

    static void requireEditor(CurrentUser user, Jurisdiction j) {
        if (!ActorService.canEdit(user, j.id())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra información de actores.");
        }
    }

    /** Saves a form ({@code save} answers where to go); when it is refused, shows it again with the problems. */
    static String submit(Model model, Supplier<String> save, Supplier<String> again) {
        try {
            return save.get();
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return again.get();
        }
    }
}
