package org.minga.platform.internal.web;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Spanish (Colombia) by default whatever the browser says; {@code ?lang=en} switches to English. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class WebConfiguration implements WebMvcConfigurer {

    private final org.minga.platform.AccessPolicy policy;

    static final Locale SPANISH_COLOMBIA = Locale.forLanguageTag("es-CO");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("minga-lang");
        resolver.setDefaultLocale(SPANISH_COLOMBIA);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        registry.addInterceptor(lang);
        registry.addInterceptor(new CapabilityInterceptor(policy));
    }

    /**
     * JSON is read and written by Jackson only: a Kotlin serialization library on the class path (the test OpenID
     * server brings one) would otherwise put its converter first, and it answers malformed JSON with a 500, not a 400.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(c -> c.getClass().getSimpleName().startsWith("KotlinSerialization"));
    }
}
