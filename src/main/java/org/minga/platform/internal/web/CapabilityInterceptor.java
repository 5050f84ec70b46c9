package org.minga.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Asks the access policy before every Minga page or API handler runs (before its body is read): the handler's
 * {@link org.minga.platform.Requires} names the capabilities, any one of which lets the user in. A Minga handler that declares
 * nothing is refused, so a forgotten declaration closes the door instead of opening it.
 */
@RequiredArgsConstructor
class CapabilityInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CapabilityInterceptor.class);

    private final AccessPolicy policy;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("org.minga.")) {
            return true;
        }
        Capability[] needed = AccessPolicy.declaredOn(method.getMethod(), method.getBeanType()).orElse(null);
        if (needed == null || needed.length == 0) {
            log.error("Handler {} declares no capability: refused", method.getShortLogMessage());
            throw new ForbiddenException("Esta función no declara qué permiso necesita; se rechaza por seguridad.");
        }
        CurrentUser user = CurrentUsers.current().orElse(null);
        for (Capability c : needed) {
            if (c == Capability.PUBLIC || (user != null && policy.allows(user, c))) {
                return true;
            }
        }
        if (user == null) {
            throw new ForbiddenException("Debe iniciar sesión.");
        }
        throw new ForbiddenException("Su rol (" + user.role().label() + ") no permite " + needed[0].label() + ".");
    }
}
