package org.minga.platform.internal.notification;

import org.minga.platform.Capability;
import org.minga.platform.Requires;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.internal.notification.NotificationRepository.NotificationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications, as JSON. */
@Requires(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/notifications")
record NotificationApi(NotificationRepository store) {

    @GetMapping
    PageResult<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser me = CurrentUsers.require();
        return store.list(me.id(), unread, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/read")
    NotificationRead read(@PathVariable long id) {
        if (store.markRead(CurrentUsers.require().id(), id).isEmpty()) {
            throw new NotFoundException("No existe la notificación " + id + ".");
        }
        return new NotificationRead(id, true);
    }

    @PostMapping("/read-all")
    NotificationsMarkedRead readAll() {
        return new NotificationsMarkedRead(store.markAllRead(CurrentUsers.require().id()).count());
    }

    /** The notification marked read. */
    record NotificationRead(long id, boolean read) {
    }

    /** How many notifications were marked read. */
    record NotificationsMarkedRead(long marked) {
    }
}
