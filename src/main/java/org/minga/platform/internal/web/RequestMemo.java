package org.minga.platform.internal.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out once per web request and kept in its attributes (what the request would otherwise read again
 * and again, e.g. the path of the user's territory for each access check). Outside a request, worked out every time.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
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
