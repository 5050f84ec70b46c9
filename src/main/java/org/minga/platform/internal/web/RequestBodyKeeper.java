package org.minga.platform.internal.web;

import java.lang.reflect.Type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the JSON body a handler received for the length of the request, so a refusal of the database (a text
 * longer than its column) can name the field that caused it without each module declaring every column length.
 */
@ControllerAdvice
class RequestBodyKeeper extends RequestBodyAdviceAdapter {

    private static final String ATTRIBUTE = RequestBodyKeeper.class.getName() + ".body";

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, body, RequestAttributes.SCOPE_REQUEST);
        }
        return body;
    }

    /** The body of the current request as JSON, or null when there is none or it cannot be written back. */
    static JsonNode current(ObjectMapper json) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object body = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (body == null) {
            return null;
        }
        try {
            return json.valueToTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
