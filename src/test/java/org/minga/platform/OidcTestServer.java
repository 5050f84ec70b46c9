package org.minga.platform;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server): discovery, authorization, token and JWKS
 * endpoints, signed tokens. Started once, the first time a context resolves {@code minga.test.oidc-issuer} (the
 * test profile's {@code minga.oidc.issuer}), so the one shared Spring context signs in through it.
 */
public class OidcTestServer implements EnvironmentPostProcessor {

    public static final String ISSUER_ID = "minga";
    public static final String CLIENT_ID = "minga";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server s = new MockOAuth2Server();
            s.start();
            Runtime.getRuntime().addShutdownHook(new Thread(s::shutdown));
            server = s;
        }
        return server;
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    /** The next token the provider issues names this account (claim {@code preferred_username}). */
    public static void nextSignIn(String account) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + account, "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", account, "name", "Persona " + account), 3600));
    }

    /** A provider access token (JWT) for {@code account}, addressed to {@code audience}, living {@code seconds}. */
    public static String token(String account, String audience, long seconds) {
        return server().issueToken(ISSUER_ID, "sub-" + account, new DefaultOAuth2TokenCallback(ISSUER_ID,
                "sub-" + account, "JWT", List.of(audience), Map.of("preferred_username", account), seconds))
                .serialize();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new PropertySource<Object>("minga-test-oidc") {
            @Override
            public Object getProperty(String name) {
                return "minga.test.oidc-issuer".equals(name) ? issuer() : null;
            }
        });
    }
}
