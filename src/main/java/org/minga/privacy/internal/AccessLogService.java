package org.minga.privacy.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TableExport;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The personal-data access log: gathers the reads of a request and appends them in one statement, and lets the
 * privacy officer find a person and read, page or download who read their record.
 */
@Service
record AccessLogService(AccessLogRepository log, AccessLogReadModel read, DataSubjects subjects,
        @Lazy PersonalDataHolder holder, AccessPolicy policy,
        Jurisdictions jurisdictions) implements PersonalDataAccess {

    /** The most rows an export of one person's access log holds (a person read every day for years: 10 a day). */
    static final int ACCESS_LOG_EXPORT_ROWS = 50_000;

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
        log.append(rows, CurrentUsers.current().map(CurrentUser::username).orElse("sistema"), ip, endpoint);
    }

    /** The handler's address, and the API token the call came with: "GET /api/v1/households (token «SISBEN»)". */
    private static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String via = CurrentUsers.viaToken().map(name -> " (token «" + name + "»)").orElse("");
        return clip(request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()) + via, 300);
    }

    @Override
    public List<Entry> of(String subjectType, long subjectId, int limit) {
        return read.entries(subjectType, subjectId, limit, 0);
    }

    @Override
    public boolean mayReadLog(CurrentUser user) {
        return policy.allows(user, Capability.READ_ACCESS_LOG);
    }

    /** The access log of a person, for the privacy officer of the person's jurisdiction. */
    List<Entry> accessLogOf(long personId, CurrentUser user) {
        subjects.subjectFor(personId, user, Capability.READ_ACCESS_LOG);
        return of(PERSON, personId, 500);
    }

    /** The person whose access log the privacy officer opens (of their jurisdiction; 404 otherwise). */
    PersonalDataHolder.DataSubject accessLogSubject(long personId, CurrentUser user) {
        return subjects.subjectFor(personId, user, Capability.READ_ACCESS_LOG);
    }

    /** One page of the reads of a person, newest first. */
    PageResult<Entry> accessLogPage(PersonalDataHolder.DataSubject subject, PageRequest page) {
        long total = read.count(PERSON, subject.personId());
        return new PageResult<>(read.entries(PERSON, subject.personId(), page.size(), page.offset()), page.page(),
                page.size(), total);
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
    ResponseEntity<byte[]> accessLogExport(long personId, String format, CurrentUser user) {
        PersonalDataHolder.DataSubject subject = subjects.subjectFor(personId, user, Capability.READ_ACCESS_LOG);
        if (format != null && !format.isBlank() && !format.equals("csv") && !format.equals("xlsx")) {
            throw new ValidationException("format", "El formato de descarga es csv o xlsx.");
        }
        ZoneId zone = jurisdictions.byId(subject.jurisdictionId()).orElseThrow().zoneId();
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : read.entries(PERSON, subject.personId(), ACCESS_LOG_EXPORT_ROWS, 0)) {
            rows.add(List.of(e.at().atZoneSameInstant(zone).format(Times.SORTABLE), e.username(), e.action(),
                    e.remoteAddress() == null ? "" : e.remoteAddress(), e.endpoint() == null ? "" : e.endpoint(),
                    "Persona " + e.subjectId(), String.valueOf(e.records())));
        }
        logRead(PERSON, List.of(subject.personId()), subject.jurisdictionId(), EXPORT);
        return TableExport.of("registro-de-accesos-" + subject.personId(),
                format == null || format.isBlank() ? "csv" : format,
                List.of("fecha (" + Times.zoneName(zone) + ")", "usuario", "acción", "dirección de origen",
                        "página o servicio", "registro", "registros en la misma consulta"),
                rows);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
