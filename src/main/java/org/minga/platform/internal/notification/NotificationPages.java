package org.minga.platform.internal.notification;

import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.Requires;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's notifications. */
@Requires(Capability.SIGNED_IN)
@Controller
record NotificationPages(NotificationRepository store, NotificationReading reading,
        NotificationPreferencesRepository preferences, org.minga.platform.Mail mail) {

    /** Which notifications the user receives, and which of them also by e-mail. */
    @GetMapping("/notifications/preferences")
    String preferences(Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("choices", preferences.of(me.id()));
        model.addAttribute("mailConfigured", mail.configured());
        return "platform/notification-preferences";
    }

    @PostMapping("/notifications/preferences")
    String savePreferences(@RequestParam(name = "receive", required = false) java.util.List<String> receive,
            @RequestParam(name = "email", required = false) java.util.List<String> email,
            RedirectAttributes redirect) {
        preferences.save(CurrentUsers.require().id(),
                receive == null ? java.util.Set.of() : java.util.Set.copyOf(receive),
                email == null ? java.util.Set.of() : java.util.Set.copyOf(email));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/notifications/preferences";
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("result", store.list(me.id(), unread, PageRequest.of(page, 50)));
        return "platform/notifications";
    }

    /** Opens a notification: marks it read and goes to what it is about. */
    @PostMapping("/notifications/{id}/read")
    String open(@PathVariable long id) {
        String link = store.markRead(CurrentUsers.require().id(), id)
                .orElseThrow(() -> new NotFoundException("No existe la notificación " + id + "."));
        return "redirect:" + (link.startsWith("/") ? link : "/notifications");
    }

    /** Marks one notification read without opening it; the confirmation offers "Deshacer". */
    @PostMapping("/notifications/{id}/mark-read")
    String markRead(@PathVariable long id, RedirectAttributes redirect) {
        reading.markRead(CurrentUsers.require(), id).ifPresent(m -> {
            redirect.addFlashAttribute("marked", m.count());
            redirect.addFlashAttribute("undo", m.undo());
        });
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        NotificationReading.Marked m = reading.markAllRead(CurrentUsers.require());
        if (m.count() > 0) {
            redirect.addFlashAttribute("marked", m.count());
            redirect.addFlashAttribute("undo", m.undo());
        }
        return "redirect:/notifications";
    }

    /** "Deshacer" right after marking: the same notifications are unread again. */
    @PostMapping("/notifications/undo-read")
    String undoRead(@RequestParam(required = false) String at, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("restored", reading.undo(CurrentUsers.require(), at));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("undoError", e.getMessage());
        }
        return "redirect:/notifications";
    }
}
