package org.minga.platform.internal.jurisdiction;

import jakarta.validation.Validator;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.AuditLog;
import org.minga.platform.FieldError;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JurisdictionRepository implements Jurisdictions {

    private static final String SELECT = "select id, code, name, country, time_zone from jurisdiction ";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    /**
     * Jurisdictions never change once created, and they are read everywhere (time zones, countries), also while a
     * query's rows are being mapped: kept in memory so such a read never asks the pool for a second connection.
     */
    private final java.util.Map<Long, Jurisdiction> byId = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<Jurisdiction> all() {
        return jdbc.sql(SELECT + "order by name").query(Jurisdiction.class).list();
    }

    @Override
    public List<Jurisdiction> visibleTo(CurrentUser user) {
        if (user.allJurisdictions()) {
            return all();
        }
        return byId(user.jurisdictionId()).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Jurisdiction> byId(long id) {
        Jurisdiction known = byId.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        if (byId.isEmpty()) {
            all().forEach(this::remember);
            if (byId.containsKey(id)) {
                return Optional.of(byId.get(id));
            }
        }
        Optional<Jurisdiction> found = jdbc.sql(SELECT + "where id = :id").param("id", id).query(Jurisdiction.class)
                .optional();
        found.ifPresent(this::remember);
        return found;
    }

    /** Kept only once committed: a jurisdiction created in a transaction that rolls back is never remembered. */
    private void remember(Jurisdiction j) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            byId.put(j.id(), j);
                        }
                    });
        } else {
            byId.put(j.id(), j);
        }
    }

    @Override
    public Optional<Jurisdiction> byCode(String code) {
        return jdbc.sql(SELECT + "where code = :code").param("code", code).query(Jurisdiction.class).optional();
    }

    @Override
    public Jurisdiction requireVisible(String code, CurrentUser user) {
        return byCode(code).filter(j -> user.seesJurisdiction(j.id()))
                .orElseThrow(() -> new NotFoundException("No existe la jurisdicción " + code + "."));
    }

    @Override
    public Jurisdiction namedOrOwn(String code, CurrentUser user) {
        if (code != null && !code.isBlank()) {
            return requireVisible(code.strip(), user);
        }
        if (user.jurisdictionId() == null) {
            throw new ValidationException("jurisdiction", "Indique la jurisdicción (su código, por ejemplo 11001).");
        }
        return byId(user.jurisdictionId()).orElseThrow(() -> new NotFoundException("Su jurisdicción no existe."));
    }

    @Override
    @Transactional
    public Jurisdiction create(NewJurisdiction command) {
        List<FieldError> errors = Violations.of(validator, command);
        if (command.timeZone() != null && !command.timeZone().isBlank()) {
            try {
                ZoneId.of(command.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "La zona horaria no existe (ejemplo: America/Bogota)."));
            }
        }
        if (command.code() != null && byCode(command.code()).isPresent()) {
            errors.add(new FieldError("code", "Ya existe una jurisdicción con el código " + command.code() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc
                .sql("insert into jurisdiction (code, name, country, time_zone) values (:c, :n, :co, :tz) returning id")
                .param("c", command.code()).param("n", command.name().trim()).param("co", command.country())
                .param("tz", command.timeZone()).query(Long.class).single();
        Jurisdiction created = byId(id).orElseThrow();
        audit.record("CREATE", "jurisdiction", id, id, "Jurisdicción " + created.name() + " creada", null, created);
        return created;
    }

    @Override
    public List<Jurisdiction> members(long departmentId) {
        return jdbc.sql(SELECT + "where department_id = :d order by name").param("d", departmentId)
                .query(Jurisdiction.class).list();
    }

    @Override
    @Transactional
    public Jurisdiction createDepartment(String code, String name, String country, String timeZone,
            List<String> memberCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.strip().matches("\\d{2}")) {
            errors.add(
                    new FieldError("code", "El código del departamento debe tener 2 dígitos (DANE), por ejemplo 54."));
        } else if (byCode(code.strip()).isPresent()) {
            errors.add(new FieldError("code", "Ya existe una jurisdicción con el código " + code.strip() + "."));
        }
        List<Jurisdiction> members = new ArrayList<>();
        for (String m : memberCodes == null ? List.<String>of() : memberCodes) {
            Optional<Jurisdiction> found = byCode(m.strip());
            if (found.isEmpty()) {
                errors.add(new FieldError("members", "No existe el municipio " + m.strip() + "."));
            } else if (jdbc.sql("select department_id is not null from jurisdiction where id = :id")
                    .param("id", found.get().id()).query(Boolean.class).single()) {
                errors.add(new FieldError("members", found.get().name() + " ya pertenece a un departamento."));
            } else {
                members.add(found.get());
            }
        }
        if (members.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("members", "Un departamento agrupa al menos un municipio."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // the same checks as a municipality's (name, country, zone), on a stand-in code of five digits
        List<FieldError> shape = Violations.of(validator, new NewJurisdiction("00000", name, country, timeZone));
        if (!shape.isEmpty()) {
            throw new ValidationException(shape);
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "La zona horaria no existe (ejemplo: America/Bogota).");
        }
        long id = jdbc
                .sql("insert into jurisdiction (code, name, country, time_zone) values (:c, :n, :co, :tz) returning id")
                .param("c", code.strip()).param("n", name.trim()).param("co", country).param("tz", timeZone)
                .query(Long.class).single();
        Jurisdiction d = byId(id).orElseThrow();
        audit.record("CREATE", "jurisdiction", id, id, "Departamento " + d.name() + " creado", null, d);
        jdbc.sql("update jurisdiction set department_id = :d where id in (:ids)").param("d", d.id())
                .param("ids", members.stream().map(Jurisdiction::id).toList()).update();
        audit.record("UPDATE", "jurisdiction", d.id(), d.id(), "Departamento " + name + " agrupa "
                + String.join(", ", members.stream().map(Jurisdiction::name).toList()), null, members);
        return byId(d.id()).orElseThrow();
    }
}
