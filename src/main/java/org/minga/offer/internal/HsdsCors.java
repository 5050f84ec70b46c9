package org.minga.offer.internal;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for the public HSDS API: a directory in a browser on another site may read it. Any origin, GET and HEAD
 * only, never with credentials (no cookie or password goes with a cross-site call, and the answer is the same for
 * everyone). Answered before security, so a preflight needs no login; any other method's preflight is refused.
 */
@Configuration(proxyBeanMethods = false)
class HsdsCors {

    @Bean
    FilterRegistrationBean<CorsFilter> hsdsCorsFilter() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of("*"));
        config.setAllowedMethods(List.of("GET", "HEAD"));
        config.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since"));
        config.setAllowCredentials(false);
        config.setMaxAge(86_400L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/hsds", config);
        source.registerCorsConfiguration("/api/v1/hsds/**", config);
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.addUrlPatterns("/api/v1/hsds", "/api/v1/hsds/*");
        // before Spring Security's filter chain (-100): a preflight carries no credentials
        bean.setOrder(-110);
        return bean;
    }
}
