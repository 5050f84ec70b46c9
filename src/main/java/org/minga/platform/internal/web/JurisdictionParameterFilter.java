package org.minga.platform.internal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.internal.security.NarrowedUser;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every list and page honours {@code ?jurisdiction=}: an administrator of all jurisdictions who reads (GET) with a
 * jurisdiction's code (or id) acts, for that request, as the administrator of that jurisdiction, so the same access
 * policy that scopes everyone else narrows every query to it. Other users reach their own jurisdiction only; the
 * parameter never widens anyone's reach. Runs after Spring Security (a plain filter bean, lowest precedence).
 */
@Component
class JurisdictionParameterFilter extends OncePerRequestFilter {

    private final Jurisdictions jurisdictions;

    JurisdictionParameterFilter(@org.springframework.context.annotation.Lazy Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String code = request.getParameter("jurisdiction");
            Optional<CurrentUser> user = code == null || code.isBlank() ? Optional.empty() : CurrentUsers.current();
            if (user.isPresent() && user.get().allJurisdictions()) {
                find(code.strip()).ifPresent(j -> {
                    CurrentUser u = user.get();
                    NarrowedUser.set(new CurrentUser(u.id(), u.username(), u.fullName(), u.role(), j.id(), null));
                });
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            NarrowedUser.clear();
        }
    }

    private Optional<Jurisdiction> find(String code) {
        Optional<Jurisdiction> byCode = jurisdictions.byCode(code);
        if (byCode.isPresent() || !code.matches("\\d{1,9}")) {
            return byCode;
        }
        return jurisdictions.byId(Long.parseLong(code));
    }
}
