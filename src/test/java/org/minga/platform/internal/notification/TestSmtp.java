package org.minga.platform.internal.notification;

import java.util.Map;

import org.minga.platform.Mail;
import org.minga.platform.Notifications;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Minga's own mail and notifications (the production classes) sending through an SMTP server of the test (GreenMail
 * on 127.0.0.1), for the tests of modules whose messages leave by e-mail.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** {@link Mail} through the SMTP server listening on {@code port}, from {@code from}. */
    public static Mail mail(int port, String from) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new SmtpMail(new StaticListableBeanFactory(Map.of("sender", sender)).getBeanProvider(
                JavaMailSender.class), from);
    }

    /** {@link Notifications} stored in the database, whose e-mails leave through {@code mail}. */
    public static Notifications notifications(JdbcClient jdbc, Mail mail, String baseUrl) {
        return new JdbcNotifications(new NotificationRepository(jdbc), mail, baseUrl);
    }

    /** Stops the sending thread of a {@link #mail}. */
    public static void stop(Mail mail) {
        ((SmtpMail) mail).stop();
    }
}
