package org.minga.platform;

/**
 * Outgoing email, when SMTP is configured ({@code spring.mail.host}, {@code MINGA_MAIL_FROM}). Messages are
 * sent after the current transaction commits (at once when there is none); a failure is logged, never thrown
 * into the business change that caused it.
 */
public interface Mail {

    /** True when an SMTP server is configured; without one {@link #send} does nothing and returns false. */
    boolean configured();

    /** Queues a plain-text message to {@code to}; returns false when mail is not configured or the address is empty. */
    boolean send(String to, String subject, String body);
}
