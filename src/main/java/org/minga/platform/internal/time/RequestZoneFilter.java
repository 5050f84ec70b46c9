package org.minga.platform.internal.time;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.minga.platform.Times;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every request its own zone for {@link Times} (resolved once, or the record's), and drops it afterwards. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestZoneFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Times.beginRequest();
        try {
            chain.doFilter(request, response);
        } finally {
            Times.endRequest();
        }
    }
}
