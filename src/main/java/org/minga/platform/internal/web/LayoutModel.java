package org.minga.platform.internal.web;

import java.util.Comparator;
import java.util.List;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NavigationItem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user and the navigation their role may use. */
@ControllerAdvice(annotations = Controller.class)
record LayoutModel(List<NavigationItem> items, org.minga.platform.Notifications notifications, AccessPolicy policy) {

    LayoutModel {
        items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    /** The navigation key of the area the request is in, to mark it as the current page. */
    @ModelAttribute("currentArea")
    String currentArea(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return items.stream()
                .filter(i -> i.href().equals("/") ? path.equals("/")
                        : path.equals(i.href()) || path.startsWith(i.href() + "/"))
                .max(java.util.Comparator.comparingInt(i -> i.href().length()))
                .map(NavigationItem::key).orElse(null);
    }

    /** Form errors; pages that fail validation replace this empty list with the errors found. */
    @ModelAttribute("errors")
    List<org.minga.platform.FieldError> errors() {
        return List.of();
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUsers.current().orElse(null);
    }

    /** Whether the header offers the search of persons and households: only to who may read personal data. */
    @ModelAttribute("mayFindPeople")
    boolean mayFindPeople() {
        return CurrentUsers.current().map(u -> policy.allows(u, Capability.READ_PERSONAL_DATA)).orElse(false);
    }

    /** Unread notifications of the signed-in user, for the bell in the header. */
    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return CurrentUsers.current().map(u -> notifications.unreadCount(u.id())).orElse(0L);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUsers.current()
                .map(u -> items.stream().filter(i -> i.visibleTo(u.role())).toList())
                .orElse(List.of());
    }
}
