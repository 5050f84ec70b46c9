package org.minga.platform.internal.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sign-in through the government's OpenID Connect provider, and its JWTs on the API (issue 19). The provider is
 * discovered from its issuer on first use, not at start-up: a node starts while the provider is down, and the
 * sign-in works as soon as it answers.
 */
final class SingleSignOn {

    static final String REGISTRATION = "gobierno";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SingleSignOn.class);

    private final SingleSignOnProperties properties;
    private final LinkedAccounts accounts;
    private final Discovered registrations;

    SingleSignOn(SingleSignOnProperties properties, LinkedAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.registrations = new Discovered(properties);
    }

    /** The authorization-code sign-in on the pages' chain; the provider's session ends with Minga's. */
    void signIn(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(info -> info.oidcUserService(users()))
                .failureHandler(SingleSignOn::refused)
                .defaultSuccessUrl("/", false));
    }

    /**
     * Checks the provider's answer: exchanges the code for the tokens, validates the ID token (signature, issuer,
     * audience, nonce, expiry) and finds the linked Minga user. Part of Minga's one authentication manager.
     */
    org.springframework.security.authentication.AuthenticationProvider provider() {
        return new org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider(
                new org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient(),
                users());
    }

    /** Ends the provider's session too when it offers RP-initiated logout; otherwise just Minga's. */
    LogoutSuccessHandler signOut() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    /** The provider's JWTs as bearer tokens on the API: signed by it, for Minga's audience, unexpired, linked. */
    void api(HttpSecurity http, org.springframework.security.web.AuthenticationEntryPoint invalid) throws Exception {
        http.oauth2ResourceServer(rs -> rs.authenticationEntryPoint(invalid)
                .jwt(jwt -> jwt.decoder(decoder()).jwtAuthenticationConverter(this::authenticate)));
    }

    private UsernamePasswordAuthenticationToken authenticate(Jwt jwt) {
        MingaPrincipal principal = accounts.principalFor(jwt.getClaims(), false);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            return new MingaOidcUser(user, accounts.principalFor(user.getClaims(), true));
        };
    }

    JwtDecoder decoder() {
        String issuer = properties.issuer().trim();
        String audience = properties.effectiveAudience();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            aud -> aud != null && aud.contains(audience))));
            return decoder;
        });
    }

    /** Back to the sign-in page with the reason: not linked, disabled, or the provider failed. */
    private static void refused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String code = e instanceof OAuth2AuthenticationException o
                && List.of(LinkedAccounts.UNLINKED, LinkedAccounts.DISABLED, LinkedAccounts.NO_ACCOUNT)
                        .contains(o.getError().getErrorCode()) ? o.getError().getErrorCode() : "failed";
        if (code.equals("failed")) {
            log.warn("El ingreso con el proveedor de identidad falló: {}", e.toString(), e);
        } else {
            log.info("Ingreso con el proveedor de identidad rechazado: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?sso=" + code);
    }

    /** The one registration, read from the issuer's discovery document the first time it is needed. */
    private static final class Discovered implements ClientRegistrationRepository {
        private final SingleSignOnProperties properties;
        private volatile ClientRegistration registration;

        Discovered(SingleSignOnProperties properties) {
            this.properties = properties;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            if (!REGISTRATION.equals(id)) {
                return null;
            }
            ClientRegistration r = registration;
            if (r == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromIssuerLocation(properties.issuer().trim())
                                .registrationId(REGISTRATION)
                                .clientId(properties.clientId())
                                .clientSecret(properties.clientSecret())
                                .scope(properties.effectiveScopes())
                                // always present; the claim that names the Minga account is read by LinkedAccounts
                                .userNameAttributeName("sub")
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                .build();
                    }
                    r = registration;
                }
            }
            return r;
        }
    }
}
