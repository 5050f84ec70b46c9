package org.minga.platform.internal.notification;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.minga.platform.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
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
    public boolean send(String to, String subject, String body, List<Attachment> attachments) {
        return deliver(to, mailSender -> message(mailSender, to, subject, body, attachments));
    }

    @Override
    public boolean sendHtml(String to, String subject, String text, String html, List<Inline> images) {
        return deliver(to, mailSender -> {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            if (!from.isBlank()) {
                helper.setFrom(from);
            }
            helper.setTo(to.trim());
            helper.setSubject(subject);
            helper.setText(text == null ? "" : text, html);
            for (Inline i : images) {
                helper.addInline(i.contentId(), new ByteArrayResource(i.content()), i.contentType());
            }
            return message;
        });
    }

    /** What builds one message, given the sender. */
    private interface Composer {
        MimeMessage compose(JavaMailSender mailSender) throws MessagingException;
    }

    private boolean deliver(String to, Composer composer) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || to == null || to.isBlank()) {
            return false;
        }
        Runnable deliver = () -> executor.execute(() -> {
            try {
                mailSender.send(composer.compose(mailSender));
            } catch (RuntimeException | MessagingException e) {
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

    private MimeMessage message(JavaMailSender mailSender, String to, String subject, String body,
            List<Attachment> attachments) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        if (!from.isBlank()) {
            helper.setFrom(from);
        }
        helper.setTo(to.trim());
        helper.setSubject(subject);
        helper.setText(body == null ? "" : body);
        for (Attachment a : attachments) {
            helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
        }
        return message;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
