package org.minga.platform.internal.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.Undo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking one's notifications read from the list (one, or all at once), and "Deshacer" right after: the same
 * notifications become unread again, for {@link #UNDO_WINDOW}. Both are audited; the undo is refused with a message
 * once the time is over or nothing is left to take back. Opening a notification (going to what it is about) marks it
 * read too, without an undo: the person has seen it.
 */
@Service
@RequiredArgsConstructor
class NotificationReading {

    static final Duration UNDO_WINDOW = Duration.ofMinutes(10);

    private final NotificationRepository store;
    private final AuditLog audit;

    /** How many notifications one action marked, and the instant it gave them (what the undo sends back). */
    record Marked(int count, OffsetDateTime at) {

        Undo undo() {
            return new Undo("/notifications/undo-read", Map.of("at", at.toString()), UNDO_WINDOW.toSeconds());
        }
    }

    @Transactional
    Optional<Marked> markRead(CurrentUser me, long id) {
        Optional<Marked> marked = store.markUnreadRead(me.id(), id).map(at -> new Marked(1, at));
        marked.ifPresent(m -> audit.record("UPDATE", "Notification", id, me.jurisdictionId(),
                "Notificación " + id + " marcada como leída", null, Map.of("readAt", m.at().toString())));
        return marked;
    }

    @Transactional
    Marked markAllRead(CurrentUser me) {
        Marked marked = store.markAllRead(me.id());
        if (marked.count() > 0) {
            audit.record("UPDATE", "Notification", null, me.jurisdictionId(),
                    marked.count() + " notificaciones marcadas como leídas", null,
                    Map.of("count", marked.count(), "readAt", marked.at().toString()));
        }
        return marked;
    }

    /** Takes back a marking made minutes ago: {@code at} is the instant it gave the notifications. */
    @Transactional
    int undo(CurrentUser me, String at) {
        OffsetDateTime when;
        try {
            when = OffsetDateTime.parse(at == null ? "" : at.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConflictException("No hay nada que deshacer.");
        }
        if (when.isBefore(OffsetDateTime.now().minus(UNDO_WINDOW))) {
            throw new ConflictException("Ya no se puede deshacer: pasaron más de "
                    + UNDO_WINDOW.toMinutes() + " minutos desde que las marcó como leídas.");
        }
        int restored = store.markUnread(me.id(), when, UNDO_WINDOW);
        if (restored == 0) {
            throw new ConflictException("No hay nada que deshacer: esas notificaciones ya no están marcadas como"
                    + " leídas desde entonces.");
        }
        audit.record("UPDATE", "Notification", null, me.jurisdictionId(),
                "Lectura deshecha: " + restored + (restored == 1 ? " notificación volvió" : " notificaciones volvieron")
                        + " a estar sin leer",
                Map.of("readAt", when.toString()), Map.of("count", restored));
        return restored;
    }
}
