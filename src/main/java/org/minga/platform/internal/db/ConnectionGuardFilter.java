package org.minga.platform.internal.db;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/** Marks the thread as serving a web request, so {@link GuardedDataSource} checks the connections it takes. */
class ConnectionGuardFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Boolean before = GuardedDataSource.SERVING.get();
        GuardedDataSource.SERVING.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            GuardedDataSource.SERVING.set(before);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<ConnectionGuardFilter> connectionGuardFilter() {
            FilterRegistrationBean<ConnectionGuardFilter> bean = new FilterRegistrationBean<>(
                    new ConnectionGuardFilter());
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }
}
