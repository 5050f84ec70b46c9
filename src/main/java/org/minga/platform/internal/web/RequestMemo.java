package org.minga.platform.internal.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A value worked out once per web request and kept in its attributes (what the request would otherwise read again
 * and again, e.g. the path of the user's territory for each access check). Only while the dispatcher serves a
 * request: anywhere else (a job, a listener, a test's ambient request) it is worked out every time.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute) {
        if (!(RequestContextHolder.getRequestAttributes()instanceof ServletRequestAttributes request)
                || request.getRequest().getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE) == null) {
            return compute.get();
        }
        Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (kept != null) {
            return (T) kept;
        }
        T value = compute.get();
        if (value != null) {
            request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }
}
