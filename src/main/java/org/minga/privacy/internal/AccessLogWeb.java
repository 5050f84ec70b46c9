package org.minga.privacy.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes the access log of every page and API answer: the personal records found in the model of a page or in the
 * body of an API answer, plus what the handler logged itself ({@code logRead}), as one row per subject type,
 * jurisdiction and action, written before the answer is sent.
 */
@ControllerAdvice
record AccessLogWeb(
        AccessLogService privacy) implements ResponseBodyAdvice<Object>, HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(PendingReads.ATTRIBUTE, new PendingReads());
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (request.getAttribute(PendingReads.ATTRIBUTE)instanceof PendingReads pending) {
            if (mav != null && !mav.wasCleared()) {
                SubjectWalker.walk(mav.getModel(), pending);
            }
            privacy.write(pending, request);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (ex == null && request.getAttribute(PendingReads.ATTRIBUTE)instanceof PendingReads pending) {
            privacy.write(pending, request);
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(PendingReads.ATTRIBUTE)instanceof PendingReads pending) {
            SubjectWalker.walk(body, pending);
            privacy.write(pending, servlet.getServletRequest());
        }
        return body;
    }
}
