package org.minga.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.Reach;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.AuthorizationWithdrawn;
import org.minga.platform.BusinessDays;
import org.minga.privacy.Consents;
import org.minga.privacy.Copy;
import org.minga.privacy.DataRequestCommand;
import org.minga.privacy.DataRequestView;
import org.minga.privacy.DataRequests;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** Authorizations, data-subject requests and the personal-data access log. */
@Service
class PrivacyService implements Consents, DataRequests, PersonalDataAccess {

    static final Set<String> CHANNELS = Set.of("PRESENCIAL", "ESCRITO", "TELEFONICO", "DIGITAL");
    static final Set<String> KINDS = Set.of("CONSULTA", "CORRECCION", "SUPRESION");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Jurisdictions jurisdictions;
    private final PersonalDataHolder holder;
    private final javax.sql.DataSource dataSource;
    private final PersonalDataOwners owners;
    private final AccessPolicy policy;

    PrivacyService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Jurisdictions jurisdictions,
            @Lazy PersonalDataHolder holder, javax.sql.DataSource dataSource, PersonalDataOwners owners,
            AccessPolicy policy) {
        this.policy = policy;
        this.dataSource = dataSource;
        this.owners = owners;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.jurisdictions = jurisdictions;
        this.holder = holder;
    }

    // ---- authorizations

    @Override
    public List<FieldError> check(AuthorizationCommand c, boolean minor, boolean sensitiveDataHeld) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null) {
            errors.add(new FieldError("authorization", "No se pueden guardar datos personales sin una autorización de "
                    + "tratamiento registrada (Ley 1581 de 2012): indique quién la dio, cuándo, por qué canal, "
                    + "para qué finalidades y su evidencia."));
            return errors;
        }
        if (blank(c.grantedByName())) {
            errors.add(new FieldError("authorization.grantedByName", "Indique quién dio la autorización."));
        } else if (c.grantedByName().length() > 200) {
            errors.add(new FieldError("authorization.grantedByName",
                    "El nombre de quien autoriza admite 200 caracteres."));
        }
        if (blank(c.channel()) || !CHANNELS.contains(c.channel().strip().toUpperCase())) {
            errors.add(new FieldError("authorization.channel",
                    "Indique el canal de la autorización: PRESENCIAL, ESCRITO, TELEFONICO o DIGITAL."));
        }
        if (blank(c.purposes())) {
            errors.add(new FieldError("authorization.purposes", "Indique las finalidades autorizadas."));
        }
        if (blank(c.evidence())) {
            errors.add(new FieldError("authorization.evidence",
                    "Indique la evidencia de la autorización (número del formato firmado, grabación...)."));
        } else if (c.evidence().length() > 500) {
            errors.add(new FieldError("authorization.evidence", "La evidencia admite 500 caracteres."));
        }
        if (c.grantedAt() != null && c.grantedAt().isAfter(OffsetDateTime.now().plusMinutes(5))) {
            errors.add(new FieldError("authorization.grantedAt", "La fecha de la autorización no puede ser futura."));
        }
        if (minor && !c.guardian()) {
            errors.add(new FieldError("authorization.byGuardian", "La persona es menor de edad: la autorización debe "
                    + "darla su representante legal (marque que la da el representante e indique el parentesco)."));
        }
        if (c.guardian() && blank(c.guardianRelation())) {
            errors.add(new FieldError("authorization.guardianRelation",
                    "Indique el parentesco o la calidad del representante legal."));
        }
        if (sensitiveDataHeld && !c.sensitive()) {
            errors.add(new FieldError("authorization.sensitiveData", "Se registran datos sensibles (salud, etnia o "
                    + "discapacidad): la autorización debe cubrir expresamente los datos sensibles."));
        }
        return errors;
    }

    @Override
    @Transactional
    public AuthorizationView grant(long personId, long jurisdictionId, AuthorizationCommand c, boolean minor,
            boolean sensitiveDataHeld) {
        List<FieldError> errors = check(c, minor, sensitiveDataHeld);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into data_authorization (jurisdiction_id, person_id, granted_by_name, granted_by_document,
                  by_guardian, guardian_relation, channel, purposes, evidence, sensitive_data, granted_at, recorded_by)
                values (:j, :p, :n, :d, :g, :r, :c, :pu, :e, :s, :at, :by) returning id""")
                .param("j", jurisdictionId).param("p", personId).param("n", c.grantedByName().strip())
                .param("d", trim(c.grantedByDocument())).param("g", c.guardian()).param("r", trim(c.guardianRelation()))
                .param("c", c.channel().strip().toUpperCase()).param("pu", c.purposes().strip())
                .param("e", c.evidence().strip()).param("s", c.sensitive())
                .param("at", c.grantedAt() == null ? OffsetDateTime.now() : c.grantedAt())
                .param("by", username()).query(Long.class).single();
        AuthorizationView v = authorization(id);
        audit.record("CREATE", "DataAuthorization", id, jurisdictionId,
                "Autorización de tratamiento de datos de la persona "
                        + personId + " por " + v.channel(),
                null, v);
        return v;
    }

    @Override
    @Transactional
    public void grantAll(long jurisdictionId, List<org.minga.privacy.BulkAuthorization> authorizations) {
        if (authorizations.isEmpty()) {
            return;
        }
        String by = username();
        String now = OffsetDateTime.now().toString();
        Copy.in(dataSource,
                "copy data_authorization (jurisdiction_id, person_id, granted_by_name, granted_by_document, "
                        + "by_guardian, guardian_relation, channel, purposes, evidence, sensitive_data, granted_at, recorded_by) "
                        + "from stdin with (format csv)",
                out -> {
                    for (org.minga.privacy.BulkAuthorization b : authorizations) {
                        AuthorizationCommand c = b.command();
                        Copy.row(out, jurisdictionId, b.personId(), c.grantedByName().strip(),
                                trim(c.grantedByDocument()),
                                c.guardian(), trim(c.guardianRelation()), c.channel().strip().toUpperCase(),
                                c.purposes().strip(),
                                c.evidence().strip(), c.sensitive(),
                                c.grantedAt() == null ? now : c.grantedAt().toString(), by);
                    }
                });
    }

    @Override
    public List<AuthorizationView> ofPerson(long personId) {
        return jdbc.sql("select * from data_authorization where person_id = :p order by granted_at desc, id desc")
                .param("p", personId).query(PrivacyService::authorization).list();
    }

    @Override
    public boolean hasActive(long personId) {
        return jdbc
                .sql("select exists (select 1 from data_authorization where person_id = :p and withdrawn_at is null)")
                .param("p", personId).query(Boolean.class).single();
    }

    @Override
    public boolean coversSensitive(long personId) {
        return jdbc.sql("""
                select exists (select 1 from data_authorization
                               where person_id = :p and withdrawn_at is null and sensitive_data)""")
                .param("p", personId).query(Boolean.class).single();
    }

    @Override
    public boolean covers(long personId, org.minga.privacy.Purpose purpose) {
        return jdbc.sql("select purposes from data_authorization where person_id = :p and withdrawn_at is null")
                .param("p", personId).query(String.class).list().stream().anyMatch(purpose::namedIn);
    }

    @Override
    @Transactional
    public AuthorizationView withdraw(long authorizationId, String reason, int version, CurrentUser user) {
        AuthorizationView before = authorization(authorizationId);
        if (before.personId() == null) {
            throw new NotFoundException("La autorización " + authorizationId + " no existe.");
        }
        subjectFor(before.personId(), user, policy.allows(user, Capability.RECORD_PERSONAL_DATA)
                ? Capability.RECORD_PERSONAL_DATA : Capability.PROCESS_DATA_REQUESTS);
        if (!before.active()) {
            throw new ConflictException(
                    "La autorización ya fue revocada el " + org.minga.platform.Times.DATE_TIME.format(
                            before.withdrawnAt().atZoneSameInstant(
                                    jurisdictions.byId(before.jurisdictionId()).orElseThrow().zoneId()))
                            + ".");
        }
        if (blank(reason)) {
            throw new ValidationException("reason", "Indique el motivo de la revocatoria.");
        }
        int n = jdbc.sql("""
                update data_authorization set withdrawn_at = now(), withdrawn_reason = :r, version = version + 1
                where id = :id and version = :v""")
                .param("r", reason.strip()).param("id", authorizationId).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó esta autorización; recargue la página.");
        }
        AuthorizationView after = authorization(authorizationId);
        audit.record("WITHDRAW", "DataAuthorization", authorizationId, before.jurisdictionId(),
                "Revocatoria de la autorización de la persona " + before.personId(), before, after);
        if (!hasActive(before.personId())) {
            events.publishEvent(new AuthorizationWithdrawn(before.personId(), before.jurisdictionId()));
        }
        return after;
    }

    AuthorizationView authorization(long id) {
        return jdbc.sql("select * from data_authorization where id = :id").param("id", id)
                .query(PrivacyService::authorization).optional()
                .orElseThrow(() -> new NotFoundException("La autorización " + id + " no existe."));
    }

    static AuthorizationView authorization(ResultSet rs, int n) throws SQLException {
        return new AuthorizationView(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("person_id"),
                rs.getString("granted_by_name"), rs.getString("granted_by_document"), rs.getBoolean("by_guardian"),
                rs.getString("guardian_relation"), rs.getString("channel"), rs.getString("purposes"),
                rs.getString("evidence"), rs.getBoolean("sensitive_data"),
                rs.getObject("granted_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getString("withdrawn_reason"), rs.getString("recorded_by"), rs.getInt("version"));
    }

    // ---- access log

    @Override
    public void logRead(String subjectType, Collection<Long> ids, Long jurisdictionId, String action) {
        if (ids.isEmpty()) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes()instanceof ServletRequestAttributes attrs
                && attrs.getRequest().getAttribute(PendingReads.ATTRIBUTE)instanceof PendingReads pending) {
            pending.add(subjectType, ids, jurisdictionId, action);
            return;
        }
        PendingReads now = new PendingReads();
        now.add(subjectType, ids, jurisdictionId, action);
        write(now, null);
    }

    /** Writes the gathered reads in one statement, named by the request's method and URI pattern. */
    void write(PendingReads pending, HttpServletRequest request) {
        if (pending.isEmpty()) {
            return;
        }
        List<PendingReads.Row> rows = pending.drain();
        String endpoint = request == null ? null : endpoint(request);
        String ip = request == null ? null : clip(request.getRemoteAddr(), 60);
        String user = username();
        StringBuilder sql = new StringBuilder("insert into personal_data_access (jurisdiction_id, subject_type, "
                + "subject_ids, username, action, remote_address, endpoint) values ");
        List<Object> params = new ArrayList<>();
        for (PendingReads.Row r : rows) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.add(r.jurisdictionId());
            params.add(r.subjectType());
            params.add(r.ids());
            params.add(user);
            params.add(r.action());
            params.add(ip);
            params.add(endpoint);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** The handler's address, and the API token the call came with, if any: "GET /api/v1/households (token «SISBEN»)". */
    private static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String via = CurrentUsers.viaToken().map(name -> " (token «" + name + "»)").orElse("");
        return clip(request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()) + via, 300);
    }

    @Override
    public List<Entry> of(String subjectType, long subjectId, int limit) {
        return jdbc.sql("""
                select at, subject_type, username, action, remote_address, endpoint, cardinality(subject_ids) n
                from personal_data_access where subject_type = :t and subject_ids @> array[cast(:s as bigint)]
                order by at desc, id desc limit :l""")
                .param("t", subjectType).param("s", subjectId).param("l", limit)
                .query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("subject_type"),
                        subjectId, rs.getString("username"), rs.getString("action"), rs.getString("remote_address"),
                        rs.getString("endpoint"), rs.getInt("n")))
                .list();
    }

    @Override
    public boolean mayReadLog(CurrentUser user) {
        return policy.allows(user, Capability.READ_ACCESS_LOG);
    }

    // ---- data-subject requests

    static int legalDays(String kind) {
        return "CONSULTA".equals(kind) ? 10 : 15;
    }

    @Override
    @Transactional
    public DataRequestView create(DataRequestCommand c, CurrentUser user) {
        policy.require(user, Capability.REGISTER_DATA_REQUESTS);
        List<FieldError> errors = new ArrayList<>();
        if (c.personId() == null) {
            errors.add(new FieldError("personId", "Indique la persona titular de los datos."));
        }
        String kind = c.kind() == null ? null : c.kind().strip().toUpperCase();
        if (kind == null || !KINDS.contains(kind)) {
            errors.add(new FieldError("kind", "Indique el tipo de solicitud: CONSULTA, CORRECCION o SUPRESION."));
        }
        if (blank(c.requestedBy())) {
            errors.add(new FieldError("requestedBy",
                    "Indique quién presenta la solicitud (el titular o su representante)."));
        }
        if (blank(c.details())) {
            errors.add(new FieldError("details", "Describa lo que pide el titular."));
        } else if (c.details().length() > 2000) {
            errors.add(new FieldError("details", "La descripción admite 2.000 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PersonalDataHolder.DataSubject subject = subjectFor(c.personId(), user, Capability.REGISTER_DATA_REQUESTS);
        Jurisdiction j = jurisdictions.byId(subject.jurisdictionId()).orElseThrow();
        LocalDate today = LocalDate.now(j.zoneId());
        LocalDate received = c.receivedOn() == null ? today : c.receivedOn();
        if (received.isAfter(today)) {
            throw new ValidationException("receivedOn", "La fecha de recibo no puede ser futura.");
        }
        LocalDate due = BusinessDays.forCountry(j.country()).add(received, legalDays(kind));
        long id = jdbc.sql("""
                insert into data_request (jurisdiction_id, person_id, kind, status, received_on, due_on, requested_by,
                  details, created_by) values (:j, :p, :k, 'RADICADA', :r, :d, :by, :det, :u) returning id""")
                .param("j", j.id()).param("p", c.personId()).param("k", kind).param("r", received).param("d", due)
                .param("by", c.requestedBy().strip()).param("det", c.details().strip()).param("u", user.username())
                .query(Long.class).single();
        DataRequestView v = load(id);
        audit.record("CREATE", "DataRequest", id, j.id(), "Solicitud " + kind + " del titular " + c.personId()
                + ", vence el " + due, null, v);
        return v;
    }

    @Override
    public DataRequestView get(long id, CurrentUser user) {
        return processable(id, user);
    }

    @Override
    public PageResult<DataRequestView> list(Long jurisdictionId, boolean openOnly, CurrentUser user, PageRequest page) {
        // the privacy officer sees every request of the jurisdiction; whoever registers requests, only their own
        boolean processes = policy.allows(user, Capability.PROCESS_DATA_REQUESTS);
        if (!processes) {
            policy.require(user, Capability.REGISTER_DATA_REQUESTS);
        }
        Long j = user.jurisdictionId() != null ? user.jurisdictionId() : jurisdictionId;
        String where = " where (cast(:j as bigint) is null or jurisdiction_id = :j)"
                + (processes ? "" : " and created_by = :me") + (openOnly ? " and status = 'RADICADA'" : "");
        long total = jdbc.sql("select count(*) from data_request" + where).param("j", j)
                .param("me", user.username()).query(Long.class).single();
        List<DataRequestView> items = jdbc.sql("select * from data_request" + where
                + " order by status, due_on, id limit :l offset :o")
                .param("j", j).param("me", user.username()).param("l", page.size()).param("o", page.offset())
                .query(view()).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Override
    @Transactional
    public Map<String, Object> export(long id, CurrentUser user) {
        DataRequestView r = get(id, user);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("solicitud", r);
        out.put("titulo", "Todo lo que Minga guarda sobre usted");
        out.put("datos", owners.export(r.personId(), r.jurisdictionId()));
        logView(PERSON, r.personId(), r.jurisdictionId(), "EXPORT");
        audit.record("EXPORT", "DataRequest", id, r.jurisdictionId(), "Exportación de los datos del titular "
                + r.personId(), null, null);
        return out;
    }

    @Override
    public Map<String, Map<String, Long>> held(long id, CurrentUser user) {
        DataRequestView r = get(id, user);
        return owners.held(r.personId(), r.jurisdictionId());
    }

    /**
     * Erases the person of a SUPRESION request in every module that keeps their data, in the caller's transaction:
     * the one path of a deletion.
     */
    void erase(DataRequestView request) {
        owners.erase(request.personId(), request.jurisdictionId());
    }

    @Override
    @Transactional
    public DataRequestView answer(long id, String response, boolean applyDeletion, int version, CurrentUser user) {
        DataRequestView before = processable(id, user);
        if (!"RADICADA".equals(before.status())) {
            throw new ConflictException("La solicitud ya fue respondida el " + before.answeredOn() + ".");
        }
        if (blank(response)) {
            throw new ValidationException("response", "Escriba la respuesta al titular.");
        }
        if (applyDeletion && !"SUPRESION".equals(before.kind())) {
            throw new ValidationException("applyDeletion", "Solo una solicitud de supresión anonimiza a la persona.");
        }
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        int n = jdbc.sql("""
                update data_request set status = 'RESPONDIDA', response = :r, answered_on = :d, version = version + 1
                where id = :id and version = :v""")
                .param("r", response.strip()).param("d", LocalDate.now(j.zoneId())).param("id", id).param("v", version)
                .update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó esta solicitud; recargue la página.");
        }
        audit.record("ANSWER", "DataRequest", id, before.jurisdictionId(), "Respuesta a la solicitud " + before.kind()
                + (applyDeletion ? " con supresión (anonimización)" : ""), before, load(id));
        if (applyDeletion) {
            // after the answer's audit row, so that the audit log's owner scrubs it with the rest
            erase(before);
        }
        return load(id);
    }

    private DataRequestView load(long id) {
        return jdbc.sql("select * from data_request where id = :id").param("id", id).query(view()).optional()
                .orElseThrow(() -> new NotFoundException("La solicitud " + id + " no existe."));
    }

    /** Maps rows with the jurisdictions read beforehand: a query inside a row mapper would take a second connection. */
    private org.springframework.jdbc.core.RowMapper<DataRequestView> view() {
        Map<Long, Jurisdiction> byId = new java.util.HashMap<>();
        jurisdictions.all().forEach(x -> byId.put(x.id(), x));
        return (rs, n) -> view(rs, byId);
    }

    private DataRequestView view(ResultSet rs, Map<Long, Jurisdiction> byId) throws SQLException {
        long j = rs.getLong("jurisdiction_id");
        Jurisdiction jur = byId.get(j);
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate answered = rs.getObject("answered_on", LocalDate.class);
        LocalDate today = LocalDate.now(jur.zoneId());
        int left = answered != null ? 0 : BusinessDays.forCountry(jur.country()).between(today, due);
        return new DataRequestView(rs.getLong("id"), j, rs.getLong("person_id"), rs.getString("kind"),
                rs.getString("status"), rs.getObject("received_on", LocalDate.class), due, rs.getString("requested_by"),
                rs.getString("details"), rs.getString("response"), answered, left,
                answered == null ? today.isAfter(due) : answered.isAfter(due), rs.getInt("version"));
    }

    /**
     * The data subject, if the user holds the capability over them: by territory for those who work with people
     * in a territory (the person's territory must be theirs), by jurisdiction for the privacy officer.
     */
    PersonalDataHolder.DataSubject subjectFor(long personId, CurrentUser user, Capability capability) {
        policy.require(user, capability);
        AccessScope scope = policy.scope(user, capability);
        if (scope.reach() == Reach.TERRITORY && scope.narrowed()) {
            return holder.requireVisible(personId, user);
        }
        PersonalDataHolder.DataSubject subject = holder.subject(personId)
                .orElseThrow(() -> new NotFoundException("No existe la persona " + personId + "."));
        if (!scope.includesJurisdiction(subject.jurisdictionId())) {
            throw new NotFoundException("No existe la persona " + personId + ".");
        }
        return subject;
    }

    /** A data-subject request, if the user processes the requests of its jurisdiction. */
    private DataRequestView processable(long id, CurrentUser user) {
        policy.require(user, Capability.PROCESS_DATA_REQUESTS);
        DataRequestView v = load(id);
        if (!policy.scope(user, Capability.PROCESS_DATA_REQUESTS).includesJurisdiction(v.jurisdictionId())) {
            throw new NotFoundException("La solicitud " + id + " no existe.");
        }
        return v;
    }

    /**
     * What a deletion will erase, module by module (what each module's {@link org.minga.platform.PersonalDataOwner}
     * keeps, with the number of records): shown to the privacy officer before the deletion is executed.
     */
    Map<String, Map<String, Long>> erasurePreview(long id, CurrentUser user) {
        DataRequestView r = processable(id, user);
        return owners.held(r.personId(), r.jurisdictionId());
    }

    /** The access log of a person, for the privacy officer of the person's jurisdiction. */
    List<Entry> accessLogOf(long personId, CurrentUser user) {
        subjectFor(personId, user, Capability.READ_ACCESS_LOG);
        return of(PERSON, personId, 500);
    }

    /** The person whose access log the privacy officer opens (of their jurisdiction; 404 otherwise). */
    PersonalDataHolder.DataSubject accessLogSubject(long personId, CurrentUser user) {
        return subjectFor(personId, user, Capability.READ_ACCESS_LOG);
    }

    /** One page of the reads of a person, newest first. */
    PageResult<Entry> accessLogPage(PersonalDataHolder.DataSubject subject, PageRequest page) {
        long total = jdbc.sql("""
                select count(*) from personal_data_access
                where subject_type = :t and subject_ids @> array[cast(:s as bigint)]""")
                .param("t", PERSON).param("s", subject.personId()).query(Long.class).single();
        return new PageResult<>(entries(subject.personId(), page.size(), page.offset()), page.page(), page.size(),
                total);
    }

    private List<Entry> entries(long personId, int limit, long offset) {
        return jdbc.sql("""
                select at, subject_type, username, action, remote_address, endpoint, cardinality(subject_ids) n
                from personal_data_access where subject_type = :t and subject_ids @> array[cast(:s as bigint)]
                order by at desc, id desc limit :l offset :o""")
                .param("t", PERSON).param("s", personId).param("l", limit).param("o", offset)
                .query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("subject_type"),
                        personId, rs.getString("username"), rs.getString("action"),
                        rs.getString("remote_address"), rs.getString("endpoint"), rs.getInt("n")))
                .list();
    }

    /**
     * The persons with this document number in the jurisdictions where the user reads the access log (the
     * privacy officer's: their jurisdiction, whatever the territory).
     */
    List<PersonalDataHolder.DataSubject> accessLogSearch(String documentNumber, CurrentUser user) {
        policy.require(user, Capability.READ_ACCESS_LOG);
        if (documentNumber == null || documentNumber.isBlank()) {
            return List.of();
        }
        if (documentNumber.strip().length() > 20) {
            throw new ValidationException("document", "El número de documento tiene a lo sumo 20 caracteres.");
        }
        AccessScope scope = policy.scope(user, Capability.READ_ACCESS_LOG);
        List<PersonalDataHolder.DataSubject> found = new ArrayList<>();
        for (Jurisdiction j : jurisdictions.all()) {
            if (scope.includesJurisdiction(j.id())) {
                found.addAll(holder.subjectsByDocument(j.id(), documentNumber));
            }
        }
        return found;
    }

    /** The whole access log of a person as CSV or XLSX (times in the person's jurisdiction, the zone named). */
    org.springframework.http.ResponseEntity<byte[]> accessLogExport(long personId, String format, CurrentUser user) {
        PersonalDataHolder.DataSubject subject = subjectFor(personId, user, Capability.READ_ACCESS_LOG);
        if (format != null && !format.isBlank() && !format.equals("csv") && !format.equals("xlsx")) {
            throw new ValidationException("format", "El formato de descarga es csv o xlsx.");
        }
        java.time.ZoneId zone = jurisdictions.byId(subject.jurisdictionId()).orElseThrow().zoneId();
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries(subject.personId(), ACCESS_LOG_EXPORT_ROWS, 0)) {
            rows.add(List.of(e.at().atZoneSameInstant(zone).format(org.minga.platform.Times.SORTABLE),
                    e.username(), e.action(), e.remoteAddress() == null ? "" : e.remoteAddress(),
                    e.endpoint() == null ? "" : e.endpoint(), "Persona " + e.subjectId(), String.valueOf(e.records())));
        }
        logRead(PERSON, List.of(subject.personId()), subject.jurisdictionId(), EXPORT);
        return org.minga.platform.TableExport.of("registro-de-accesos-" + subject.personId(),
                format == null || format.isBlank() ? "csv" : format,
                List.of("fecha (" + org.minga.platform.Times.zoneName(zone) + ")", "usuario", "acción",
                        "dirección de origen", "página o servicio", "registro", "registros en la misma consulta"),
                rows);
    }

    /** The most rows an export of one person's access log holds (a person read every day for years: 10 a day). */
    static final int ACCESS_LOG_EXPORT_ROWS = 50_000;

    private static String username() {
        return CurrentUsers.current().map(CurrentUser::username).orElse("sistema");
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
