package org.minga.platform.internal.web;

import java.util.Comparator;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NavigationItem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user and the navigation their role may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationItem> items;

    LayoutModel(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUsers.current()
                .map(u -> items.stream().filter(i -> i.visibleTo(u.role())).toList())
                .orElse(List.of());
    }

    /** The areas of modules still to come, so people see where the product is going. */
    @ModelAttribute("plannedNavigation")
    List<String> planned() {
        if (CurrentUsers.current().isEmpty()) {
            return List.of();
        }
        return PlannedModules.AREAS.entrySet().stream()
                .filter(e -> items.stream().noneMatch(i -> i.key().equals(e.getKey())))
                .map(java.util.Map.Entry::getValue).toList();
    }

    /** The request path, to mark the current navigation entry (Thymeleaf 3.1 has no #request). */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
