package org.minga.platform.internal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} rewrites every link a page writes ({@code @{...}} in Thymeleaf) through
 * the resource chain, so {@code /webjars/htmx.org/dist/htmx.min.js} gets its version. For any other link (a
 * service, a practice, a page of results) the chain looks for a static file of that name in every jar of the
 * classpath, finds none and remembers nothing: a quarter of the CPU of the public pages under load (JFR, issue 16).
 * This one asks the chain about web jar links only; every other link comes out as it did, since nothing else is
 * versioned.
 */
class WebJarLinksOnlyFilter extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            super.doFilter(request, response, chain);
            return;
        }
        String webJars = http.getContextPath() + "/webjars/";
        super.doFilter(request, response, (req, encoding) -> chain.doFilter(req,
                new HttpServletResponseWrapper((HttpServletResponse) encoding) {
                    @Override
                    public String encodeURL(String url) {
                        return url.startsWith(webJars) ? super.encodeURL(url) : plain.encodeURL(url);
                    }
                }));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Takes the place of the one Spring Boot registers (same dispatcher types, same order). */
        @Bean
        FilterRegistrationBean<ResourceUrlEncodingFilter> webJarLinksOnlyFilter() {
            FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                    new WebJarLinksOnlyFilter());
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }
    }
}
