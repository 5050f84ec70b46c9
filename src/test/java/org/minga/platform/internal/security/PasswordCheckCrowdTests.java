package org.minga.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A crowd signing in at the start of the day (issue 26) queues for its password checks instead of taking every core;
 * a check that waited too long is refused as busy, costs no attempt, and says so in Spanish.
 */
@MingaTest
class PasswordCheckCrowdTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginThrottleRepository throttle;
    @Autowired
    AuditLog audit;
    @Autowired
    ObjectMapper json;

    /** A hash that takes 30 ms and remembers how many ran at once. */
    static final class SlowHash implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "{slow}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encoded.equals(encode(raw));
        }
    }

    @Test
    void aCrowdOfFortySignInsHashesAtMostTwoAtOnceAndEveryoneGetsAnAnswer() throws Exception {
        SlowHash hash = new SlowHash();
        PasswordEncoder bounded = new BoundedPasswordEncoder(hash, 2, Duration.ofSeconds(30));
        ExecutorService crowd = Executors.newFixedThreadPool(40);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = "clave-" + i;
                answers.add(crowd.submit(() -> bounded.matches(password, "{slow}clave-7")));
            }
            int right = 0;
            for (Future<Boolean> answer : answers) {
                right += answer.get() ? 1 : 0;
            }
            assertThat(right).isEqualTo(1);
            assertThat(hash.most.get()).isEqualTo(2);
        } finally {
            crowd.shutdownNow();
        }
    }

    @Test
    void aCheckThatWaitedTooLongIsRefusedAsBusyAndCostsTheUserNoAttempt() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder blocking = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                holding.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        };
        PasswordEncoder bounded = new BoundedPasswordEncoder(blocking, 1, Duration.ofMillis(100));
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> firstCheck = first.submit(() -> bounded.matches("a", "a"));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> bounded.matches("b", "b")).isInstanceOf(BoundedPasswordEncoder.Busy.class)
                    .hasMessage("Muchas personas están ingresando a la vez. Vuelva a intentar en unos segundos.");
            release.countDown();
            assertThat(firstCheck.get()).isTrue();
        } finally {
            first.shutdownNow();
        }

        // Ten attempts refused as busy leave the name its five checks from this address.
        AuthenticationProvider busy = provider(() -> {
            throw new BoundedPasswordEncoder.Busy();
        });
        Authentication attempt = UsernamePasswordAuthenticationToken.unauthenticated("ocupado.prueba", "x");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> new ThrottledAuthentication(busy, throttle, audit).authenticate(attempt))
                    .isInstanceOf(BoundedPasswordEncoder.Busy.class);
        }
        AuthenticationProvider wrong = provider(() -> {
            throw new BadCredentialsException("Usuario o contraseña incorrectos.");
        });
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> new ThrottledAuthentication(wrong, throttle, audit).authenticate(attempt))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> new ThrottledAuthentication(wrong, throttle, audit).authenticate(attempt))
                .isInstanceOf(ThrottledAuthentication.TooManyAttempts.class);
    }

    @Test
    void theLoginPageAsksToTryAgainAndTheApiAnswers503WithRetryAfter() throws Exception {
        mvc.perform(get("/login").param("error", "busy")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Muchas personas están ingresando a la vez. Vuelva a intentar en unos segundos.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("contraseña incorrectos"))));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(Matchers.containsString("Usuario o contraseña incorrectos")));

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/territories");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ApiProblemResponses.unauthorized(json).commence(request, response, new BoundedPasswordEncoder.Busy());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentAsString()).contains("Servidor ocupado")
                .contains("Vuelva a intentar en unos segundos");
    }

    private static AuthenticationProvider provider(Runnable check) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                check.run();
                return authentication;
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        };
    }
}
