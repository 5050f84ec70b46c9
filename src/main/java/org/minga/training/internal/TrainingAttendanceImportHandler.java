package org.minga.training.internal;

import java.util.Optional;

import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportKind;
import org.minga.platform.Jurisdiction;
import org.minga.platform.RowImport;
import org.minga.platform.UserAccounts;
import org.minga.training.internal.TrainingParticipation.AttendCommand;
import org.springframework.stereotype.Component;

/**
 * Imports the attendance list of training sessions, one attendance a row: the programme by code and the session by
 * its date; a community agent by document (registered with an authorization, within the user's reach of personal
 * data) or an official by user name; the satisfaction optionally. Nobody is enrolled or marked until every row is
 * right; then each is enrolled when not yet and marked, all in one transaction.
 */
@Component
record TrainingAttendanceImportHandler(TrainingReadModel read, TrainingAccess access, Households households,
        UserAccounts users, TrainingParticipation participation, AuditLog audit)
        implements
            RowImport<TrainingAttendanceImportHandler.Item> {

    static final String PROGRAMME = "programa";
    static final String DATE = "fecha_sesion";
    static final String DOC_TYPE = "tipo_documento";
    static final String DOC_NUMBER = "numero_documento";
    static final String USER = "usuario";
    static final String NAME = "nombre";
    static final String SATISFACTION = "satisfaccion";

    record Item(long sessionId, Long personId, String username, String name, Integer satisfaction) {
    }

    static final ImportKind KIND = ImportKind.of("training-attendance", "Asistencia a sesiones de formación",
            ImportColumn.required(PROGRAMME, "Código del programa de formación (abierto)."),
            ImportColumn.required(DATE, "Fecha de la sesión, AAAA-MM-DD o DD/MM/AAAA."),
            ImportColumn.optional(DOC_TYPE, "Tipo de documento del agente comunitario (CC, TI, CE...)."),
            ImportColumn.optional(DOC_NUMBER, "Número de documento del agente comunitario."),
            ImportColumn.optional(USER, "Usuario del funcionario, si no es un agente comunitario."),
            ImportColumn.optional(NAME, "Nombre del funcionario para el certificado (si falta, el usuario)."),
            ImportColumn.optional(SATISFACTION, "Satisfacción con la sesión, de 1 a 5."));

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public Reader<Item> reader(ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope manage = access.scope(context.user(), Capability.RUN_TRAINING);
        if (!manage.includesJurisdiction(j.id())) {
            throw new Refused("Su rol no registra asistencia a la formación en " + j.name() + ".");
        }
        AccessScope people = access.scope(context.user(), Capability.READ_PERSONAL_DATA);
        return row -> {
            TrainingReadModel.ProgrammeRef p = row.code(PROGRAMME, "Indique el código del programa (programa).",
                    c -> read.programmeByCode(j.id(), c),
                    c -> "El programa '" + c + "' no existe en " + j.name() + ".");
            if (p != null && !TrainingAccess.managesAll(manage, j.id(), p.territoryPaths())) {
                row.error(PROGRAMME, "El programa '" + p.code() + "' está fuera de su alcance territorial.");
                p = null;
            } else if (p != null && !"OPEN".equals(p.status())) {
                row.error(PROGRAMME, "El programa '" + p.code() + "' no está abierto: no admite asistencia.");
                p = null;
            }
            var date = row.date(DATE, v -> "La fecha '" + v + "' no es válida: use AAAA-MM-DD o DD/MM/AAAA.");
            if (date == null && row.get(DATE) == null) {
                row.error(DATE, "Indique la fecha de la sesión (fecha_sesion).");
            }
            Long sessionId = null;
            if (p != null && date != null) {
                sessionId = read.sessionOn(p.id(), date).orElse(null);
                if (sessionId == null) {
                    row.error(DATE, "El programa '" + p.code() + "' no tuvo sesión el " + date + ".");
                }
            }
            Long personId = person(row, j, people);
            String username = row.get(USER);
            if (personId == null && username == null && row.get(DOC_NUMBER) == null) {
                row.error(DOC_NUMBER, "Indique el documento del agente comunitario o el usuario del funcionario.");
            } else if (personId == null && username != null && users.idOf(username).isEmpty()) {
                row.error(USER, "No existe el usuario '" + username + "'.");
            }
            Long satisfaction = row.integer(SATISFACTION, e -> "La satisfacción va de 1 a 5.");
            if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
                row.error(SATISFACTION, "La satisfacción va de 1 a 5.");
            }
            if (sessionId != null && (personId != null || username != null)) {
                row.repeated(personId != null ? DOC_NUMBER : USER, sessionId + "|" + personId + "|" + username,
                        f -> "La misma asistencia ya aparece en la fila " + f + ".");
            }
            return row.clean() ? new Item(sessionId, personId, personId == null ? username : null, row.get(NAME),
                    satisfaction == null ? null : satisfaction.intValue()) : null;
        };
    }

    private Long person(ImportCheck.Cells row, Jurisdiction j, AccessScope scope) {
        if (row.get(DOC_NUMBER) == null) {
            return null;
        }
        DocumentType type = DocumentType.parse(row.get(DOC_TYPE));
        if (type == null) {
            row.error(DOC_TYPE, "Indique el tipo de documento (CC, TI, CE...) del agente comunitario.");
            return null;
        }
        Optional<Households.PersonRef> person = households.personByDocument(j.id(), type, row.get(DOC_NUMBER));
        if (person.isEmpty()) {
            row.error(DOC_NUMBER, "No hay una persona registrada con " + type.name() + " " + row.get(DOC_NUMBER)
                    + ": regístrela con su autorización antes de importar su asistencia.");
            return null;
        }
        if (!scope.includes(person.get().jurisdictionId(), person.get().territoryPath())) {
            row.error(DOC_NUMBER, "La persona " + type.name() + " " + row.get(DOC_NUMBER)
                    + " está fuera de su alcance territorial.");
            return null;
        }
        return person.get().id();
    }

    @Override
    public void store(Item i, Jurisdiction jurisdiction, CurrentUser user) {
        participation.attend(i.sessionId(),
                new AttendCommand(null, i.personId(), i.username(), i.name(), i.satisfaction()), user);
    }

    @Override
    public void loaded(Jurisdiction jurisdiction, int count) {
        audit.record("IMPORT", "TrainingAttendance", null, jurisdiction.id(),
                count + " asistencias a sesiones de formación importadas", null, null);
    }
}
