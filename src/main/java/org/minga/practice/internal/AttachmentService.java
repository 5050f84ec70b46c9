package org.minga.practice.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annexes (anexos) of a practice: documents, images, spreadsheets that support it. */
@Service
@RequiredArgsConstructor
class AttachmentService {

    static final int MAX_BYTES = 15 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.oasis.opendocument.text");

    private final AttachmentRepository attachments;
    private final PracticeService practices;
    private final AuditLog audit;

    @Transactional
    Attachment add(long practiceId, String fileName, String contentType, byte[] data, String description,
            CurrentUser user) {
        GoodPractice p = practices.requireVisible(practiceId, user);
        if (!PracticeService.canAuthor(user, p.jurisdictionId())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no agrega anexos.");
        }
        if (!p.status().editable()) {
            throw new ConflictException("Los anexos se agregan mientras la práctica está en borrador o devuelta.");
        }
        if (data == null || data.length == 0 || fileName == null || fileName.isBlank()) {
            throw new ValidationException("file", "Elija el archivo del anexo.");
        }
        if (data.length > MAX_BYTES) {
            throw new ValidationException("file",
                    "El anexo pesa " + (data.length / (1024 * 1024)) + " MB; el máximo es 15 MB.");
        }
        String type = contentType == null ? "application/octet-stream" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new ValidationException("file",
                    "El tipo de archivo «" + type + "» no se admite; use PDF, imagen (PNG, JPG), "
                            + "texto, CSV o documentos de Office/LibreOffice.");
        }
        String name = fileName.replaceAll("[\\\\/]", "_").strip();
        long id = attachments.insert(practiceId, name.length() > 300 ? name.substring(0, 300) : name, type, data,
                PracticeService.blankToNull(description), user.username());
        audit.record("CREATE", "practice_attachment", id, p.jurisdictionId(),
                "Anexo «" + name + "» en «" + p.title() + "»",
                null, Map.of("file", name, "bytes", data.length));
        return list(practiceId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    List<Attachment> list(long practiceId) {
        return attachments.ofPractice(practiceId);
    }

    File file(long practiceId, long id) {
        return attachments.file(practiceId, id)
                .orElseThrow(() -> new NotFoundException("El anexo " + id + " no existe."));
    }

    record Attachment(long id, String fileName, String contentType, int sizeBytes, String description, String createdBy,
            OffsetDateTime createdAt) {
        public String sizeText() {
            return sizeBytes < 1024 ? sizeBytes + " B" : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024)).replace('.', ',');
        }
    }

    record File(String fileName, String contentType, byte[] data) {
    }
}
