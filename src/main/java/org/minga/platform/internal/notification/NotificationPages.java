package org.minga.platform.internal.notification;

import org.minga.platform.Capability;
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

/** The signed-in user's notifications. */
@Requires(Capability.SIGNED_IN)
@Controller
class NotificationPages {

    private final NotificationStore store;

    NotificationPages(NotificationStore store) {
        this.store = store;
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

    @PostMapping("/notifications/read-all")
    String readAll() {
        store.markAllRead(CurrentUsers.require().id());
        return "redirect:/notifications";
    }
}
