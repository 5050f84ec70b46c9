package org.minga.practice.internal;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formats: each version is a row with its JSON definition. A published version never changes (answers
 * are read against it), so a change to a format is a new version and adding a format needs no code.
 */
@Service
@RequiredArgsConstructor
class FormatCatalog {

    private final PracticeFormatRepository formats;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Map<Long, PracticeFormat> cache = new ConcurrentHashMap<>();

    /** The latest version of every format, by name. */
    List<PracticeFormat> latest() {
        return formats.latestIds().stream().map(this::require).toList();
    }

    List<PracticeFormat> versionsOf(String code) {
        return formats.versionIds(code).stream().map(this::require).toList();
    }

    PracticeFormat require(long id) {
        return cache.computeIfAbsent(id, k -> formats.find(k)
                .map(r -> new PracticeFormat(r.id(), r.code(), r.version(), r.name(), r.issuer(),
                        parse(r.definition()), r.createdAt()))
                .orElseThrow(() -> new NotFoundException("El formato " + k + " no existe.")));
    }

    Optional<PracticeFormat> byCode(String code, Integer version) {
        return formats.idOf(code, version).map(this::require);
    }

    FormatDefinition parse(String text) {
        try {
            return json.readValue(text, FormatDefinition.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException("definition", "La definición del formato no es JSON válido: "
                    + e.getOriginalMessage());
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a format, or a new version of an existing one (administrators only). */
    @Transactional
    PracticeFormat create(NewFormat cmd, CurrentUser user) {
        // a format is shared by every jurisdiction: only who configures all of them adds one
        if (!AccessPolicy.reachesAllJurisdictions(user, Capability.CONFIGURE_JURISDICTION)) {
            throw new ForbiddenException("Solo los administradores de todas las jurisdicciones agregan formatos.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (cmd.code() == null || !cmd.code().matches("[a-z0-9-]{3,60}")) {
            errors.add(new FieldError("code",
                    "El código es obligatorio: de 3 a 60 letras minúsculas, números o guiones."));
        }
        if (cmd.name() == null || cmd.name().isBlank()) {
            errors.add(new FieldError("name", "El nombre del formato es obligatorio."));
        }
        if (cmd.issuer() == null || cmd.issuer().isBlank()) {
            errors.add(new FieldError("issuer", "La entidad que expide el formato es obligatoria."));
        }
        if (cmd.definition() == null) {
            errors.add(new FieldError("definition", "La definición del formato es obligatoria."));
        } else {
            cmd.definition().problems().forEach(p -> errors.add(new FieldError("definition", p)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int version = formats.nextVersion(cmd.code());
        long id = formats.insert(cmd.code(), version, cmd.name().strip(), cmd.issuer().strip(), write(cmd.definition()),
                user.username());
        audit.record("CREATE", "practice_format", id, null, "Formato " + cmd.code() + " v" + version, null,
                Map.of("code", cmd.code(), "version", version, "name", cmd.name()));
        return require(id);
    }

    record NewFormat(String code, String name, String issuer, FormatDefinition definition) {
    }
}
