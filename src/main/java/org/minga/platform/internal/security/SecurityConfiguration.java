package org.minga.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.minga.platform.AuditLog;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people; API tokens (Bearer) and HTTP Basic for API clients; the same roles and territory scope
 * for all. CSRF protects the UI; API calls that authenticate with a token or with Basic go through their own
 * stateless chains: no session, no CSRF token. Basic checks a slow password hash on every call (the slow path);
 * a token costs one look-up by primary key.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    private static final RequestMatcher BEARER_API = request -> API.matches(request)
            && ApiTokenFilter.hasBearer(request);

    /** A bearer JWT (three dot-separated parts), not one of Minga's own tokens ({@code minga_...}). */
    static boolean hasJwt(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !ApiTokenFilter.hasBearer(request)) {
            return false;
        }
        String value = header.substring(7).trim();
        return !value.startsWith(ApiTokenSecret.PREFIX) && value.chars().filter(c -> c == '.').count() == 2;
    }

    private static final RequestMatcher BASIC_API = request -> API.matches(request)
            && hasBasicCredentials(request);

    /** Who may call what: the same rules for the session chain and the stateless HTTP Basic API chain. */
    private static void authorize(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                        "/favicon.ico", "/offline-sw.js", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // only served when minga.api-docs is on (ProductionDefaults); 404 otherwise
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // the citizens' home (public entries of each module); signed in, the user's own work
                .requestMatchers(HttpMethod.GET, "/").permitAll()
                // practice module: the public bank of good practices
                .requestMatchers(HttpMethod.GET, "/bank", "/bank/**").permitAll()
                // offer: the public directory and the Open Referral HSDS 3.0 API (read only, no personal data)
                .requestMatchers(HttpMethod.GET, "/directory", "/directory/**", "/api/v1/hsds", "/api/v1/hsds/**")
                .permitAll()
                // participation: a survey's public link and a published devolución (unguessable tokens)
                .requestMatchers(HttpMethod.GET, "/s/*", "/d/*").permitAll()
                // dashboard: a personal calendar feed at its secret address (calendar clients cannot log in)
                .requestMatchers(HttpMethod.GET, "/calendar/feeds/*").permitAll()
                // training: a certificate's check by its code, and the public items of the toolbox
                .requestMatchers(HttpMethod.GET, "/certificates", "/certificates/*", "/toolbox/public").permitAll()
                .requestMatchers(HttpMethod.POST, "/s/*").permitAll()
                // virtual: the unsubscribe link of a campaign invitation (unguessable token)
                .requestMatchers("/u/*").permitAll()
                // virtual: a campaign piece's counted link, an online session's public page and attendance form
                .requestMatchers(HttpMethod.GET, "/l/*").permitAll()
                .requestMatchers("/o/*").permitAll()
                .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("ADMINISTRATOR")
                .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                // a read-only user manages their own API tokens like any other user
                .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/**").not().hasRole("READ_ONLY")
                .requestMatchers(HttpMethod.PUT, "/api/**").not().hasRole("READ_ONLY")
                .requestMatchers(HttpMethod.PATCH, "/api/**").not().hasRole("READ_ONLY")
                .requestMatchers(HttpMethod.DELETE, "/api/**").not().hasRole("READ_ONLY")
                .anyRequest().authenticated());
    }

    private static void headers(HttpSecurity http) throws Exception {
        // HSTS (one year, subdomains) goes out on every HTTPS answer, HTTPS as the proxy reports it when
        // MINGA_FORWARD_HEADERS=native; Tomcat marks the session cookie Secure on the same requests
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data: https: http:; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self'; frame-ancestors 'none'"))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    @Bean
    SingleSignOn singleSignOn(SingleSignOnProperties properties, LinkedAccounts accounts) {
        return new SingleSignOn(properties, accounts);
    }

    /**
     * API calls that carry a JWT of the government's identity provider (when single sign-on is configured): the
     * linked user, stateless; a token for another audience, expired or of an unlinked account is refused (issue 19).
     */
    @Bean
    @Order(-1)
    SecurityFilterChain jwtApiChain(HttpSecurity http, com.fasterxml.jackson.databind.ObjectMapper json,
            SingleSignOnProperties properties, SingleSignOn sso) throws Exception {
        var invalidToken = ApiProblemResponses.invalidToken(json);
        http.securityMatcher(request -> properties.enabled() && API.matches(request) && hasJwt(request));
        if (properties.enabled()) {
            sso.api(http, invalidToken);
        }
        return statelessApi(http, json, invalidToken);
    }

    /**
     * API calls that carry a bearer token: the token's user, stateless, one indexed look-up per call (issue 19).
     */
    @Bean
    @Order(0)
    SecurityFilterChain tokenApiChain(HttpSecurity http, com.fasterxml.jackson.databind.ObjectMapper json,
            ApiTokens tokens) throws Exception {
        var invalidToken = ApiProblemResponses.invalidToken(json);
        http.securityMatcher(BEARER_API)
                .addFilterAt(new ApiTokenFilter(tokens, invalidToken), BasicAuthenticationFilter.class);
        return statelessApi(http, json, invalidToken);
    }

    /**
     * API calls that carry HTTP Basic credentials: authenticated on every call and stateless, so a script that
     * calls the API a million times leaves no session behind (issue 16). No CSRF token: no cookie is involved.
     */
    @Bean
    @Order(1)
    SecurityFilterChain basicApiChain(HttpSecurity http, com.fasterxml.jackson.databind.ObjectMapper json,
            AuthenticationManager authenticationManager) throws Exception {
        var apiUnauthorized = ApiProblemResponses.unauthorized(json);
        http.securityMatcher(BASIC_API)
                .authenticationManager(authenticationManager)
                .httpBasic(b -> b.authenticationEntryPoint(apiUnauthorized));
        return statelessApi(http, json, apiUnauthorized);
    }

    /** What the token and the Basic chains share: no session, no saved request, no CSRF, Problem Details. */
    private static SecurityFilterChain statelessApi(HttpSecurity http, com.fasterxml.jackson.databind.ObjectMapper json,
            org.springframework.security.web.AuthenticationEntryPoint unauthorized) throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ApiProblemResponses.forbidden(json)));
        authorize(http);
        headers(http);
        return http.build();
    }

    /** Everything else: the pages with form login and their session, and the API as the pages call it. */
    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler,
            com.fasterxml.jackson.databind.ObjectMapper json,
            SessionRegistry sessionRegistry,
            AuthenticationManager authenticationManager, SingleSignOnProperties properties, SingleSignOn sso)
            throws Exception {
        var apiUnauthorized = ApiProblemResponses.unauthorized(json);
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(new NegatedRequestMatcher(API)); // an API call never starts a session to come back to
        http
                .authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login").failureHandler(failureHandler).defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> {
                    logout.logoutUrl("/logout");
                    if (properties.enabled()) {
                        logout.logoutSuccessHandler(sso.signOut());
                    } else {
                        logout.logoutSuccessUrl("/login?logout");
                    }
                })
                // a changed, disabled or re-keyed account loses its open sessions at once
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .httpBasic(b -> b.authenticationEntryPoint(apiUnauthorized))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(apiUnauthorized, API)
                        .defaultAccessDeniedHandlerFor(ApiProblemResponses.forbidden(json), API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new NegatedRequestMatcher(API)));
        if (properties.enabled()) {
            sso.signIn(http);
        }
        authorize(http);
        headers(http);
        return http.build();
    }

    /** Every password check, form or HTTP Basic, goes through the failed-login limits first. */
    @Bean
    AuthenticationManager authenticationManager(MingaUserDetailsService users, PasswordEncoder encoder,
            LoginThrottleRepository throttle, AuditLog audit,
            AuthenticationEventPublisher events, LocalPasswords local, SingleSignOnProperties sso,
            SingleSignOn singleSignOn) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        var throttled = new ThrottledAuthentication(passwords, throttle, audit);
        AuthenticationProvider localPasswords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!local.enabled()) { // MINGA_LOCAL_LOGIN=false: only the identity provider and API tokens
                    throw new DisabledException("Las contraseñas de Minga están desactivadas.");
                }
                return throttled.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> type) {
                return throttled.supports(type);
            }
        };
        ProviderManager manager = new ProviderManager(sso.enabled()
                ? java.util.List.of(localPasswords, singleSignOn.provider())
                : java.util.List.of(localPasswords));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * The sessions of every node, in PostgreSQL (Spring Session JDBC, issue 19): a changed account's sessions end on
     * all nodes, and a user whose node stops goes on with the same session on another.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * Argon2id for new hashes (the C library, {@link NativeArgon2PasswordEncoder}); bcrypt hashes still verify so an
     * imported account keeps working. At most
     * {@code minga.security.concurrent-password-checks} hashes at once ({@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties limits) {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", NativeArgon2PasswordEncoder.create(), "bcrypt", new BCryptPasswordEncoder()));
        return new BoundedPasswordEncoder(encoder, limits.effectiveConcurrentPasswordChecks(),
                limits.effectivePasswordCheckWait());
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
