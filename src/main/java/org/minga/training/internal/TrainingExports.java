package org.minga.training.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.minga.platform.TableExport;
import org.minga.privacy.PersonalDataAccess;
import org.minga.training.internal.TrainingViews.ParticipantRow;
import org.minga.training.internal.TrainingViews.ProgrammeRow;
import org.minga.training.internal.TrainingViews.ProgrammeView;
import org.minga.training.internal.TrainingViews.Share;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training as spreadsheets (CSV or XLSX through {@link TableExport}): the programme list (territorial information), a
 * programme's participants and their attendance (personal data: only with «leer datos personales», each person on
 * the access log) and a programme's figures (the shares of who attended, never who).
 */
@Requires(org.minga.platform.Capability.READ_TERRITORIAL_INFO)
@RestController
record TrainingExports(TrainingQueries queries, Labels labels, PersonalDataAccess accessLog) {

    @GetMapping("/api/v1/training-programmes/export")
    ResponseEntity<byte[]> exportProgrammes(@RequestParam(required = false) String status,
            @RequestParam(required = false) String format) {
        CurrentUser user = CurrentUsers.require();
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0;; p++) {
            PageResult<ProgrammeRow> page = queries.programmes(status, user, new PageRequest(p, PageResult.MAX_SIZE));
            page.items().forEach(r -> rows.add(Arrays.asList(r.code(), r.name(), labels.spanish(r.audience()),
                    labels.spanish(r.modality()), labels.spanish(r.status()), r.territoryName(), r.plannedHours(),
                    r.sessions(), r.participants(), r.completed())));
            if (!page.hasNext()) {
                break;
            }
        }
        return TableExport.of("programas-formacion", format, List.of("Código", "Nombre", "Audiencia", "Modalidad",
                "Estado", "Territorio", "Horas planeadas", "Sesiones", "Participantes", "Completaron"), rows);
    }

    @Requires(org.minga.platform.Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/training-programmes/{id}/participants/export")
    ResponseEntity<byte[]> exportParticipants(@PathVariable long id, @RequestParam(required = false) String format) {
        CurrentUser user = CurrentUsers.require();
        ProgrammeView p = queries.programme(id, user);
        List<ParticipantRow> participants = queries.participants(id, user);
        Map<Long, List<Long>> byJurisdiction = participants.stream().filter(r -> r.personId() != null)
                .collect(Collectors.groupingBy(ParticipantRow::jurisdictionId,
                        Collectors.mapping(ParticipantRow::personId, Collectors.toList())));
        byJurisdiction.forEach((j, ids) -> accessLog.logRead(PersonalDataAccess.PERSON, ids, j,
                PersonalDataAccess.EXPORT));
        List<List<Object>> rows = participants.stream().map(r -> Arrays.<Object>asList(r.name(),
                labels.spanish(r.status()), r.sessionsAttended(), r.scoreBefore(), r.scoreAfter(), r.completedOn(),
                r.certificateCode())).toList();
        return TableExport.of("asistencia-" + p.code(), format, List.of("Nombre", "Estado", "Sesiones asistidas",
                "Puntaje antes", "Puntaje después", "Completó el", "Certificado"), rows);
    }

    @Requires(org.minga.platform.Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/training-programmes/{id}/diversity/export")
    ResponseEntity<byte[]> exportDiversity(@PathVariable long id, @RequestParam(required = false) String format) {
        CurrentUser user = CurrentUsers.require();
        ProgrammeView p = queries.programme(id, user);
        List<List<Object>> rows = queries.diversity(id, user).stream()
                .map((Share s) -> Arrays.<Object>asList(s.dimension(), s.value(), s.count(), s.percent())).toList();
        return TableExport.of("cifras-" + p.code(), format, List.of("Dimensión", "Categoría", "Personas", "%"),
                rows);
    }
}
