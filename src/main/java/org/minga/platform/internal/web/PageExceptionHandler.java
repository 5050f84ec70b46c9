package org.minga.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.minga.platform.ConflictException;
import org.minga.platform.ForbiddenException;
import org.minga.platform.MingaException;
import org.minga.platform.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors on pages: a readable message in the layout, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
record PageExceptionHandler(LayoutModel layout,
        @org.springframework.context.annotation.Lazy org.minga.platform.Jurisdictions jurisdictions) {

    /** A jurisdiction to open the page in, for an administrator of all who reached a page that needs one. */
    record JurisdictionChoice(String name, String href) {
    }

    @ExceptionHandler(MingaException.class)
    String domain(MingaException e, Model model, HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        int status = e instanceof NotFoundException ? 404
                : e instanceof ForbiddenException ? 403
                        : e instanceof ConflictException ? 409 : 400;
        if (e instanceof org.minga.platform.ValidationException v && "GET".equals(request.getMethod())
                && v.errors().stream().anyMatch(f -> "jurisdiction".equals(f.field()))) {
            org.minga.platform.CurrentUsers.current().ifPresent(user -> model.addAttribute("jurisdictionChoices",
                    jurisdictions.visibleTo(user).stream().map(j -> new JurisdictionChoice(j.name(),
                            org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
                                    .query(request.getQueryString()).replaceQueryParam("jurisdiction", j.code())
                                    .build().toUriString()))
                            .toList()));
            if (model.containsAttribute("jurisdictionChoices")) {
                return show(status, "Esta página es de una jurisdicción: elija cuál.", model, response);
            }
        }
        return show(status, e.getMessage(), model, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(Model model, HttpServletResponse response) {
        return show(403, "No tiene permiso para esta acción.", model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(Model model, HttpServletResponse response) {
        return show(409, "Otra persona modificó este registro mientras usted lo editaba. Recargue y vuelva a intentar.",
                model, response);
    }

    /** The database refused what a form sent (too long, out of range, a duplicate): the reason, not the SQL. */
    @ExceptionHandler(DataAccessException.class)
    String database(DataAccessException e, Model model, HttpServletResponse response) {
        DatabaseErrors.Refusal refusal = DatabaseErrors.of(e, null);
        if (refusal == null) {
            throw e;
        }
        String fields = refusal.errors().stream().map(f -> f.field()).filter(f -> !f.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return show(refusal.status(), refusal.message() + (fields.isEmpty() ? "" : " (" + fields + ")"), model,
                response);
    }

    /** The error in the layout, with the menu and the header the page would have had. */
    private String show(int status, String message, Model model, HttpServletResponse response) {
        model.addAttribute("me", layout.me());
        model.addAttribute("navigation", layout.navigation());
        model.addAttribute("unreadNotifications", layout.unreadNotifications());
        model.addAttribute("mayFindPeople", layout.mayFindPeople());
        model.addAttribute("errors", java.util.List.of());
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error/problem";
    }
}
