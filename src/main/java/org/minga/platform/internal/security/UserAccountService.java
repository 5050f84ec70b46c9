package org.minga.platform.internal.security;

import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AuditLog;
import org.minga.platform.FieldError;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.TerritoryLookup;
import org.minga.platform.CurrentUser;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserAccountService implements UserAccounts {

    private final UserRepository store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Validator validator;
    private final Jurisdictions jurisdictions;
    private final TerritoryLookup territories;
    private final SessionRegistry sessions;
    private final PasswordPolicy policy;
    private final LoginThrottleRepository throttle;
    private final boolean demo;

    UserAccountService(UserRepository store, PasswordEncoder encoder, AuditLog audit, Validator validator,
            Jurisdictions jurisdictions, TerritoryLookup territories, SessionRegistry sessions,
            PasswordPolicy policy, LoginThrottleRepository throttle,
            @org.springframework.beans.factory.annotation.Value("${minga.demo:false}") boolean demo) {
        this.sessions = sessions;
        this.policy = policy;
        this.throttle = throttle;
        this.demo = demo;
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.validator = validator;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
    }

    @Override
    @Transactional
    public long create(NewUser user) {
        return create(user, true);
    }

    /**
     * The demo users keep the README's short password {@code minga2026}: they exist only in demo mode, which
     * production never runs (an external database refuses it unless asked for), so the policy is waived for them
     * and for nothing else.
     */
    @Override
    @Transactional
    public long createDemoUser(NewUser user) {
        if (!demo) {
            throw new IllegalStateException("Los usuarios de demostración solo existen con MINGA_DEMO=true.");
        }
        return create(user, false);
    }

    private long create(NewUser user, boolean checkPassword) {
        List<FieldError> errors = Violations.of(validator, user);
        if (checkPassword && errors.stream().noneMatch(e -> e.field().equals("password"))) {
            policy.problem(user.password(), user.username()).ifPresent(p -> errors.add(new FieldError("password", p)));
        }
        if (user.username() != null && store.byUsername(user.username()).isPresent()) {
            errors.add(new FieldError("username", "Ya existe un usuario con ese nombre."));
        }
        errors.addAll(scopeErrors(user.role(), user.jurisdictionId(), user.territoryId()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.insert(user.username().trim(), encoder.encode(user.password()), user.fullName().trim(),
                blankToNull(user.email()), user.role(), user.jurisdictionId(), user.territoryId());
        audit.record("CREATE", "user", id, user.jurisdictionId(), "Usuario " + user.username() + " creado",
                null, publicState(user.username(), user.fullName(), user.email(), user.role(), user.jurisdictionId(),
                        user.territoryId(), true));
        return id;
    }

    @Transactional
    public void update(long id, String fullName, String email, Role role, Long jurisdictionId, Long territoryId,
            boolean enabled) {
        UserRow before = store.byId(id).orElseThrow(() -> new NotFoundException("No existe el usuario."));
        List<FieldError> errors = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) {
            errors.add(new FieldError("fullName", "El nombre es obligatorio."));
        }
        if (role == null) {
            errors.add(new FieldError("role", "El rol es obligatorio."));
        }
        errors.addAll(scopeErrors(role, jurisdictionId, territoryId));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.update(id, fullName.trim(), blankToNull(email), role, jurisdictionId, territoryId, enabled);
        endSessions(before.username());
        audit.record("UPDATE", "user", id, jurisdictionId, "Usuario " + before.username() + " modificado",
                publicState(before.username(), before.fullName(), before.email(), before.role(),
                        before.jurisdictionId(), before.territoryId(), before.enabled()),
                publicState(before.username(), fullName, email, role, jurisdictionId, territoryId, enabled));
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserRow user = store.byId(id).orElseThrow(() -> new NotFoundException("No existe el usuario."));
        java.util.Optional<String> problem = policy.problem(newPassword, user.username());
        if (problem.isPresent()) {
            throw new ValidationException("password", problem.get());
        }
        store.setPassword(id, encoder.encode(newPassword));
        endSessions(user.username());
        audit.record("UPDATE", "user", id, user.jurisdictionId(), "Contraseña de " + user.username() + " cambiada",
                null, null);
    }

    /** The identity provider's account linked to this user, if any (single sign-on, issue 19). */
    public java.util.Optional<String> singleSignOnAccount(long id) {
        return store.oidcSubject(id);
    }

    /**
     * Links the user to the identity provider's account {@code account} (the value of {@code MINGA_OIDC_USER_CLAIM});
     * blank removes the link. One provider account opens one Minga user.
     */
    @Transactional
    public void linkSingleSignOn(long id, String account) {
        UserRow user = store.byId(id).orElseThrow(() -> new NotFoundException("No existe el usuario."));
        String value = account == null || account.isBlank() ? null : account.trim();
        if (value != null && value.length() > 255) {
            throw new ValidationException("oidcAccount",
                    "La cuenta del proveedor de identidad admite hasta 255 caracteres.");
        }
        if (!store.setOidcSubject(id, value)) {
            throw new ValidationException("oidcAccount", "La cuenta " + value
                    + " del proveedor de identidad ya está vinculada a otro usuario de Minga.");
        }
        endSessions(user.username());
        audit.record("UPDATE", "user", id, user.jurisdictionId(), value == null
                ? "Usuario " + user.username() + " desvinculado del proveedor de identidad"
                : "Usuario " + user.username() + " vinculado a la cuenta " + value + " del proveedor de identidad",
                null, null);
    }

    @Transactional
    public void unlock(long id) {
        UserRow user = store.byId(id).orElseThrow(() -> new NotFoundException("No existe el usuario."));
        store.unlock(id);
        throttle.unlock(user.username());
        audit.record("UNLOCK", "user", id, user.jurisdictionId(), "Cuenta " + user.username() + " desbloqueada",
                null, null);
    }

    /** A user account as the administration pages show it; never the password hash. */
    public record UserSummary(long id, String username, String fullName, String email, Role role, Long jurisdictionId,
            Long territoryId, String territoryCode, String territoryLabel, boolean enabled,
            boolean locked, java.time.Instant lastLoginAt) {
    }

    public PageResult<UserSummary> page(PageRequest page) {
        List<UserSummary> items = store.page(null, page.size(), page.offset()).stream().map(this::summarize).toList();
        return new PageResult<>(items, page.page(), page.size(), store.count(null));
    }

    public UserSummary summary(long id) {
        return store.byId(id).map(this::summarize).orElseThrow(() -> new NotFoundException("No existe el usuario."));
    }

    private UserSummary summarize(UserRow r) {
        String code = r.territoryId() == null ? null : territories.codeOf(r.territoryId()).orElse(null);
        String label = r.territoryId() == null ? null : territories.describe(r.territoryId()).orElse(null);
        boolean locked = r.lockedUntil() != null && r.lockedUntil().isAfter(java.time.Instant.now())
                || throttle.lockedUntil(r.username()).isPresent();
        return new UserSummary(r.id(), r.username(), r.fullName(), r.email(), r.role(), r.jurisdictionId(),
                r.territoryId(), code, label, r.enabled(), locked, r.lastLoginAt());
    }

    @Override
    public Optional<Long> idOf(String username) {
        return store.byUsername(username).map(UserRow::id);
    }

    @Override
    public Optional<Long> enabledIdOf(String username) {
        return username == null ? Optional.empty()
                : Optional.ofNullable(store.idsByUsername(List.of(username), true).get(username));
    }

    @Override
    public Map<String, Long> idsOf(Collection<String> usernames) {
        return store.idsByUsername(usernames, false);
    }

    @Override
    public Map<Long, String> usernames(Collection<Long> ids) {
        return store.usernames(ids);
    }

    @Override
    public Optional<CurrentUser> account(String username) {
        return store.byUsername(username).map(u -> new CurrentUser(u.id(), u.username(), u.fullName(), u.role(),
                u.jurisdictionId(), u.territoryId()));
    }

    /** The user's open sessions end: their next request goes to the login page with the new role and scope. */
    private void endSessions(String username) {
        // the sessions live in PostgreSQL, indexed by the name the user signed in with (any node's sessions)
        store.byUsername(username).ifPresent(u -> sessions.getAllSessions(u.username(), false)
                .forEach(SessionInformation::expireNow));
    }

    boolean anyAdministrator() {
        return store.anyAdministrator();
    }

    private List<FieldError> scopeErrors(Role role, Long jurisdictionId, Long territoryId) {
        List<FieldError> errors = new ArrayList<>();
        if (role != null && !role.assignable()) {
            errors.add(
                    new FieldError("role", "El rol «" + role.label() + "» es de Minga y no se asigna a una cuenta."));
        }
        if (jurisdictionId == null) {
            if (role != null && role != Role.ADMINISTRATOR) {
                errors.add(new FieldError("jurisdictionId", "Solo un administrador puede no tener jurisdicción."));
            }
            if (territoryId != null) {
                errors.add(new FieldError("territoryId", "Un territorio requiere una jurisdicción."));
            }
            return errors;
        }
        if (jurisdictions.byId(jurisdictionId).isEmpty()) {
            errors.add(new FieldError("jurisdictionId", "La jurisdicción no existe."));
        } else if (territoryId != null) {
            Optional<Long> owner = territories.jurisdictionOf(territoryId);
            if (owner.isEmpty()) {
                errors.add(new FieldError("territoryId", "El territorio no existe."));
            } else if (!owner.get().equals(jurisdictionId)) {
                errors.add(new FieldError("territoryId", "El territorio no pertenece a la jurisdicción elegida."));
            }
        }
        return errors;
    }

    private static Map<String, Object> publicState(String username, String fullName, String email, Role role,
            Long jurisdictionId, Long territoryId, boolean enabled) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("role", role);
        m.put("jurisdictionId", jurisdictionId);
        m.put("territoryId", territoryId);
        m.put("enabled", enabled);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
