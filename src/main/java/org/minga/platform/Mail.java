package org.minga.platform;

import java.util.List;

/**
 * Outgoing email, when SMTP is configured ({@code spring.mail.host}, {@code MINGA_MAIL_FROM}). Messages are
 * sent after the current transaction commits (at once when there is none); a failure is logged, never thrown
 * into the business change that caused it.
 */
public interface Mail {

    /** True when an SMTP server is configured; without one {@link #send} does nothing and returns false. */
    boolean configured();

    /** A file sent with a message: a calendar invitation ({@code text/calendar}), an acta in PDF. */
    record Attachment(String filename, String contentType, byte[] content) {
        public Attachment {
            if (filename == null || filename.isBlank() || contentType == null || content == null) {
                throw new IllegalArgumentException("An attachment needs a file name, a content type and content");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** An image shown inside an HTML message, which refers to it as {@code cid:<contentId>}. */
    record Inline(String contentId, String contentType, byte[] content) {
        public Inline {
            if (contentId == null || contentId.isBlank() || contentType == null || content == null) {
                throw new IllegalArgumentException("An inline image needs a content id, a content type and content");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * Queues an HTML message (with its plain-text alternative) whose images travel inside it ({@code cid:}), never
     * fetched from elsewhere; as {@link #send(String, String, String)} otherwise.
     */
    boolean sendHtml(String to, String subject, String text, String html, List<Inline> images);

    /** Queues a plain-text message to {@code to}; returns false when mail is not configured or the address is empty. */
    default boolean send(String to, String subject, String body) {
        return send(to, subject, body, List.of());
    }

    /** Queues a plain-text message with files attached; as {@link #send(String, String, String)} otherwise. */
    boolean send(String to, String subject, String body, List<Attachment> attachments);
}
