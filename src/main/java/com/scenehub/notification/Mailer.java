package com.scenehub.notification;

import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail in the recipient's language. Mail is on when Spring's
 * {@code spring.mail.host} is set; otherwise only the in-app message is kept.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Translations translations;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> mailSender, Translations translations,
            @Value("${scenehub.mail.from:noreply@scenehub.local}") String from,
            @Value("${scenehub.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.translations = translations;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Returns null when sent (or mail is off), otherwise the error. */
    String send(AccountSummary recipient, Notification notification) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || recipient.email() == null) {
            return "mail-off";
        }
        try {
            String text = translations.translate(recipient.locale(), notification.getMessageKey(),
                    notification.getArguments());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            message.setSubject(translations.translate(recipient.locale(), "mail.subject", text));
            String link = notification.getLink() == null ? baseUrl : baseUrl + "/" + notification.getLink();
            message.setText(translations.translate(recipient.locale(), "mail.body", recipient.displayName(), text, link));
            sender.send(message);
            return null;
        } catch (RuntimeException e) {
            log.warn("E-mail to {} failed: {}", recipient.username(), e.getMessage());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
