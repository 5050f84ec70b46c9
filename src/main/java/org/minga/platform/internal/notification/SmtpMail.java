package org.minga.platform.internal.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.minga.platform.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends mail through Spring's {@link JavaMailSender}, which exists only when {@code spring.mail.host} is set. */
@Component
class SmtpMail implements Mail {

    private static final Logger log = LoggerFactory.getLogger(SmtpMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "minga-mail");
        t.setDaemon(true);
        return t;
    });

    SmtpMail(ObjectProvider<JavaMailSender> sender, @Value("${minga.mail.from:}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public boolean send(String to, String subject, String body) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(to.trim());
        message.setSubject(subject);
        message.setText(body == null ? "" : body);
        Runnable deliver = () -> executor.execute(() -> {
            try {
                mailSender.send(message);
            } catch (RuntimeException e) {
                log.warn("Could not send mail to {}: {}", to, e.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
