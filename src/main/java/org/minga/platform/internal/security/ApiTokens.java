package org.minga.platform.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.internal.security.ApiTokenRepository.Credential;
import org.minga.platform.internal.security.ApiTokenRepository.TokenRow;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: created for a user by the user or an administrator, shown once, kept as a hash, revocable; and the
 * check each call with {@code Authorization: Bearer} makes. A token carries no role of its own: each call runs with
 * its user's role and scope as they are then, so a token never has more than its user.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

    static final String WRONG = "El token no es válido. Revise que lo copió completo (minga_…).";
    private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    /** A token as its owner and administrators see it. */
    public record TokenView(long id, String name, Instant createdAt, String createdBy, Instant expiresAt,
            Instant revokedAt, String revokedBy, Instant lastUsedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }

        public boolean expired() {
            return !expiresAt.isAfter(Instant.now());
        }

        public boolean active() {
            return !revoked() && !expired();
        }
    }

    /** A token just created, with the only copy of its text there will ever be. */
    public record Created(TokenView token, String text) {
    }

    private final ApiTokenRepository repository;
    private final UserRepository users;
    private final AuditLog audit;
    private final ApiTokenProperties properties;

    public int maxDays() {
        return properties.effectiveMaxDays();
    }

    @Transactional
    public Created create(long userId, String name, Integer days, CurrentUser actor) {
        UserRow owner = owner(userId, actor);
        List<FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError("name", "Indique un nombre para el token (el sistema que lo usará)."));
        } else if (trimmed.length() > 80) {
            errors.add(new FieldError("name", "El nombre del token tiene a lo sumo 80 caracteres."));
        }
        if (days == null) {
            errors.add(new FieldError("days", "Indique en cuántos días vence el token."));
        } else if (days < 1 || days > maxDays()) {
            errors.add(new FieldError("days", "El token vence entre 1 y " + maxDays() + " días después de creado."));
        }
        if (!owner.enabled()) {
            errors.add(new FieldError("userId", "La cuenta " + owner.username() + " está desactivada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String secret = ApiTokenSecret.newSecret();
        Instant expiresAt = Instant.now().plus(Duration.ofDays(days));
        long id = repository.insert(userId, trimmed, ApiTokenSecret.hash(secret), expiresAt, actor.username());
        TokenView view = view(repository.byId(id).orElseThrow());
        audit.record("CREATE", "api_token", id, owner.jurisdictionId(),
                "Token de API «" + trimmed + "» de " + owner.username() + " creado", null, state(owner, view));
        return new Created(view, new ApiTokenSecret(id, secret).text());
    }

    public List<TokenView> ofUser(long userId, CurrentUser actor) {
        owner(userId, actor);
        return repository.ofUser(userId).stream().map(ApiTokens::view).toList();
    }

    @Transactional
    public void revoke(long userId, long tokenId, CurrentUser actor) {
        UserRow owner = owner(userId, actor);
        TokenRow token = repository.byId(tokenId).filter(t -> t.userId() == userId)
                .orElseThrow(() -> new NotFoundException("No existe ese token de la cuenta " + owner.username() + "."));
        if (repository.revoke(tokenId, actor.username())) {
            audit.record("REVOKE", "api_token", tokenId, owner.jurisdictionId(),
                    "Token de API «" + token.name() + "» de " + owner.username() + " revocado", state(owner,
                            view(token)),
                    null);
        }
    }

    /**
     * The call's user when the text is a token in force of an enabled account; otherwise the reason, in Spanish.
     * Notes the token's last use at most once a minute, so a busy client does not write on every call.
     */
    public ApiTokenAuthentication authenticate(String text) {
        ApiTokenSecret presented = ApiTokenSecret.parse(text).orElseThrow(() -> new BadCredentialsException(WRONG));
        Credential c = repository.credential(presented.id()).filter(row -> presented.matches(row.secretHash()))
                .orElseThrow(() -> new BadCredentialsException(WRONG));
        Instant now = Instant.now();
        if (c.revokedAt() != null) {
            throw new BadCredentialsException("El token «" + c.name() + "» fue revocado.");
        }
        if (!c.expiresAt().isAfter(now)) {
            throw new BadCredentialsException("El token «" + c.name() + "» venció; pida uno nuevo.");
        }
        if (!c.enabled()) {
            throw new BadCredentialsException("La cuenta del token «" + c.name() + "» está desactivada.");
        }
        if (c.lastUsedAt() == null || c.lastUsedAt().isBefore(now.minus(LAST_USE_STEP))) {
            repository.touch(c.id());
        }
        CurrentUser user = new CurrentUser(c.userId(), c.username(), c.fullName(), c.role(), c.jurisdictionId(),
                c.territoryId());
        return new ApiTokenAuthentication(new MingaPrincipal(user, null, true, null), c.id(), c.name());
    }

    /** The token's owner, when the actor is that user or an administrator of users. */
    private UserRow owner(long userId, CurrentUser actor) {
        if (actor == null) {
            throw new ForbiddenException("Debe iniciar sesión.");
        }
        if (actor.id() != userId && !AccessPolicy.holds(actor.role(), Capability.ADMINISTER_USERS)) {
            throw new ForbiddenException("Solo un administrador maneja los tokens de otra cuenta.");
        }
        return users.byId(userId).orElseThrow(() -> new NotFoundException("No existe el usuario."));
    }

    private static TokenView view(TokenRow r) {
        return new TokenView(r.id(), r.name(), r.createdAt(), r.createdBy(), r.expiresAt(), r.revokedAt(),
                r.revokedBy(), r.lastUsedAt());
    }

    private static Map<String, Object> state(UserRow owner, TokenView token) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", owner.username());
        m.put("name", token.name());
        m.put("expiresAt", token.expiresAt());
        return m;
    }
}
