package org.minga.practice.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.practice.internal.PracticeReadModel.PracticeVersion;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing practices: drafts one in a format, saves its answers (checked against the format's questions for its
 * level), and finds the practices a user may see. Every change is audited and kept as a numbered version; the
 * workflow's moves are {@link PracticeTransitions}'.
 */
@Service
@RequiredArgsConstructor
class PracticeService {

    private final Labels labels;
    private final PracticeRepository repository;
    private final PracticeReadModel read;
    private final FormatCatalog formats;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final AuditLog audit;

    // ---- permissions

    static boolean canAuthor(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.DOCUMENT_PRACTICES, jurisdictionId);
    }

    /** Administrators and district users of the jurisdiction assign evaluators, return and publish. */
    static boolean canManage(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_PRACTICES, jurisdictionId);
    }

    // ---- reading

    GoodPractice require(long id) {
        return read.byId(id).orElseThrow(() -> new NotFoundException("La buena práctica " + id + " no existe."));
    }

    /** The practice if the user may see it: their jurisdiction, or an evaluation assigned to them. */
    GoodPractice requireVisible(long id, CurrentUser user) {
        GoodPractice p = require(id);
        if (AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, p.jurisdictionId())
                || read.assignedTo(id, user.username())) {
            return p;
        }
        throw new NotFoundException("La buena práctica " + id + " no existe o no está en su alcance.");
    }

    PageResult<GoodPractice> list(CurrentUser user, String status, String q, PageRequest page) {
        return read.list(user.jurisdictionId(), status, q, page);
    }

    List<PracticeVersion> versions(long practiceId) {
        return read.versions(practiceId);
    }

    // ---- writing

    @Transactional
    GoodPractice create(NewPractice cmd, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        PracticeFormat format = null;
        if (cmd.formatId() == null) {
            errors.add(new FieldError("formatId", "Elija el formato en que documentará la práctica."));
        } else {
            format = formats.require(cmd.formatId());
        }
        Jurisdiction j = jurisdiction(cmd.jurisdiction(), user, errors);
        if (j != null && !canAuthor(user, j.id())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no documenta buenas prácticas.");
        }
        checkMetadata(cmd.title(), cmd.entityName(), cmd.sector(), cmd.process(), cmd.year(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryView territory = territory(cmd.territoryId(), j.id(), user);
        Map<String, Object> answers = Answers.clean(format.definition(),
                cmd.answers() == null ? Map.of() : cmd.answers());
        int level = Answers.level(format.definition(), answers, 1);
        List<FieldError> answerErrors = Answers.check(format.definition(), level, answers, false);
        if (!answerErrors.isEmpty()) {
            throw new ValidationException(answerErrors);
        }
        Boolean share = format.definition().authorizationQuestion() != null
                ? Answers.authorization(format.definition(), answers) : cmd.shareAuthorized();
        long id = repository.insert(j.id(), format.id(), content(territory, cmd.title(), cmd.entityName(),
                cmd.sector(), cmd.process(), level, cmd.year(), answers, share, format), user.username());
        GoodPractice created = require(id);
        repository.snapshot(created, "Creada", user.username());
        audit.record("CREATE", "practice", id, j.id(), "Buena práctica «" + created.title() + "» (borrador)", null,
                auditView(created));
        return created;
    }

    private Jurisdiction jurisdiction(String code, CurrentUser user, List<FieldError> errors) {
        if (code != null && !code.isBlank()) {
            return jurisdictions.requireVisible(code.strip(), user);
        }
        if (user.jurisdictionId() != null) {
            return jurisdictions.byId(user.jurisdictionId()).orElseThrow();
        }
        errors.add(new FieldError("jurisdiction", "Elija la jurisdicción de la práctica."));
        return null;
    }

    @Transactional
    GoodPractice save(long id, PracticeForm form, CurrentUser user) {
        GoodPractice p = requireVisible(id, user);
        if (!canAuthor(user, p.jurisdictionId())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no modifica buenas prácticas.");
        }
        if (!p.status().editable()) {
            throw new ConflictException("La práctica está «" + labels.spanish(p.status())
                    + "»: solo se modifica en borrador o cuando es devuelta con observaciones.");
        }
        PracticeTransitions.checkVersion(p, form.version());
        PracticeFormat format = formats.require(p.formatId());
        List<FieldError> errors = new ArrayList<>();
        checkMetadata(form.title(), form.entityName(), form.sector(), form.process(), form.year(), errors);
        Map<String, Object> answers = Answers.clean(format.definition(),
                form.answers() == null ? Map.of() : form.answers());
        int level = Answers.level(format.definition(), answers, p.level());
        errors.addAll(Answers.check(format.definition(), level, answers, false));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryView territory = territory(form.territoryId(), p.jurisdictionId(), user);
        Boolean share = format.definition().authorizationQuestion() != null
                ? Answers.authorization(format.definition(), answers) : form.shareAuthorized();
        if (!repository.update(id, p.version(), content(territory, form.title(), form.entityName(), form.sector(),
                form.process(), level, form.year(), answers, share, format), user.username())) {
            throw PracticeTransitions.concurrent();
        }
        GoodPractice saved = require(id);
        if (!form.autosave()) {
            repository.snapshot(saved, "Guardada", user.username());
        }
        audit.record("UPDATE", "practice", id, p.jurisdictionId(),
                (form.autosave() ? "Guardado automático de «" : "Guardada «") + saved.title() + "»",
                auditView(p), auditView(saved));
        return saved;
    }

    private PracticeRepository.Content content(TerritoryView territory, String title, String entity, String sector,
            String process, int level, Integer year, Map<String, Object> answers, Boolean share,
            PracticeFormat format) {
        return new PracticeRepository.Content(territory == null ? null : territory.id(), title.strip(),
                entity.strip(), TextKeys.key(entity), blankToNull(sector), blankToNull(process), level, year, answers,
                share, searchKey(title, entity, sector, process, format, answers));
    }

    private TerritoryView territory(Long territoryId, long jurisdictionId, CurrentUser user) {
        if (territoryId == null) {
            return null;
        }
        TerritoryView t = territories.requireVisible(territoryId, user);
        if (t.jurisdictionId() != jurisdictionId) {
            throw new ValidationException("territoryId",
                    "El territorio no pertenece a la jurisdicción de la práctica.");
        }
        return t;
    }

    private static void checkMetadata(String title, String entity, String sector, String process, Integer year,
            List<FieldError> errors) {
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "El nombre corto de la práctica es obligatorio."));
        } else if (title.strip().length() > 500) {
            errors.add(new FieldError("title", "El nombre de la práctica admite hasta 500 caracteres."));
        }
        if (entity == null || entity.isBlank()) {
            errors.add(new FieldError("entityName", "La entidad autora es obligatoria."));
        } else if (entity.strip().length() > 300) {
            errors.add(new FieldError("entityName", "El nombre de la entidad admite hasta 300 caracteres."));
        }
        if (sector != null && sector.strip().length() > 120) {
            errors.add(new FieldError("sector", "El sector admite hasta 120 caracteres."));
        }
        if (process != null && process.strip().length() > 200) {
            errors.add(new FieldError("process", "El proceso admite hasta 200 caracteres."));
        }
        int now = Year.now().getValue();
        if (year == null) {
            errors.add(new FieldError("year", "El año de la práctica es obligatorio."));
        } else if (year < 1990 || year > now + 1) {
            errors.add(new FieldError("year", "El año debe estar entre 1990 y " + (now + 1) + "."));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String searchKey(String title, String entity, String sector, String process, PracticeFormat format,
            Map<String, Object> answers) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[]{title, entity, sector, process, format.name()}) {
            if (s != null) {
                sb.append(s).append(' ');
            }
        }
        for (FormatDefinition.Item q : format.definition().questions()) {
            sb.append(Answers.asText(q, answers.get(q.key()))).append(' ');
        }
        return TextKeys.key(sb.toString().replace('"', ' ').replace('“', ' ').replace('”', ' '));
    }

    Map<String, Object> auditView(GoodPractice p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("entity", p.entityName());
        m.put("status", p.status().name());
        m.put("level", p.level());
        m.put("version", p.version());
        m.put("answeredQuestions", p.answers().size());
        return m;
    }

}
