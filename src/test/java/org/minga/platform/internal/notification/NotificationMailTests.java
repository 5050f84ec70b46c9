package org.minga.platform.internal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.NewUser;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notifications by e-mail through a real SMTP server in-process (GreenMail): sent after the change commits, with
 * the link to Minga, and only for the topics where the person kept e-mail on.
 */
@MingaTest
class NotificationMailTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    NotificationPreferencesRepository preferences;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    GreenMail smtp;
    JdbcNotifications notifications;
    SmtpMail mail;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        mail = new SmtpMail(new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("sender", sender)).getBeanProvider(JavaMailSender.class), "minga@alcaldia.example");
        notifications = new JdbcNotifications(new NotificationRepository(jdbc), mail, "https://minga.example/");
    }

    @AfterEach
    void stopSmtp() {
        mail.stop();
        smtp.stop();
    }

    long newUser(String email) {
        String username = "aviso-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewUser(username, "Una-clave-larga-para-avisos-2026", "Persona Avisada", email,
                Role.LOCAL, jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single(),
                null));
    }

    @Test
    void aNotificationLeavesByMailAfterTheChangeCommitsWithTheLinkToMinga() throws Exception {
        long user = newUser("avisada@alcaldia.example");
        transactions.executeWithoutResult(tx -> notifications.notifyUser(user, Notification.of("commitment.assigned",
                "Nuevo compromiso a su cargo: Jornada en Suba", "Vence el 10/02/2027.", "/governance/commitments/7",
                null)));
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getSubject()).isEqualTo("Minga: Nuevo compromiso a su cargo: Jornada en Suba");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("avisada@alcaldia.example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(m))
                .contains("Vence el 10/02/2027.").contains("https://minga.example/governance/commitments/7");
    }

    @Test
    void eachPersonChoosesWhatReachesThemAndWhatAlsoByMail() throws Exception {
        long user = newUser("elige@alcaldia.example");
        // commitments: in Minga only; barriers: not at all; sessions: both (the default)
        preferences.save(user,
                Set.of("commitment", "session", "referral", "participation", "evaluation", "data-request"),
                Set.of("session"));
        transactions.executeWithoutResult(tx -> {
            assertThat(notifications.notifyUser(user,
                    Notification.of("commitment.due", "Compromiso por vencer", null, "/x", null))).isTrue();
            assertThat(notifications.notifyUser(user,
                    Notification.of("barrier.raised", "Barrera levantada", null, "/y", null))).isFalse();
            assertThat(notifications.notifyUser(user,
                    Notification.of("session.convened", "Convocatoria", null, "/z", null))).isTrue();
        });
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Minga: Convocatoria");
        assertThat(jdbc.sql("select title from notification where user_id = :u order by id").param("u", user)
                .query(String.class).list()).containsExactly("Compromiso por vencer", "Convocatoria");
    }
}
