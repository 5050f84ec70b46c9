package org.minga.referral.internal.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * A webhook subscription of a jurisdiction: the http(s) address that receives the referral events of the chosen
 * types, signed with a shared secret. Valid or refused whole, every problem naming its field.
 */
public record WebhookSubscription(long jurisdictionId, URI url, String secret, List<String> eventTypes) {

    public static final Set<String> EVENT_TYPES = Set.of("referral.created", "referral.status_changed",
            "referral.overdue", "referral.delay_reported");

    public WebhookSubscription {
        eventTypes = List.copyOf(eventTypes);
    }

    /** A subscription to {@code eventTypes} (all when none are named), or every problem of what was typed. */
    public static WebhookSubscription of(long jurisdictionId, String url, String secret, List<String> eventTypes) {
        List<FieldError> errors = new ArrayList<>();
        URI uri = url(url, errors);
        if (secret == null || secret.length() < 16 || secret.length() > 200) {
            errors.add(new FieldError("secret", "El secreto debe tener entre 16 y 200 caracteres."));
        }
        List<String> types = eventTypes == null || eventTypes.isEmpty() ? List.copyOf(EVENT_TYPES) : eventTypes;
        for (String t : types) {
            if (!EVENT_TYPES.contains(t)) {
                errors.add(new FieldError("eventTypes", "El tipo de evento «" + t + "» no existe; use "
                        + String.join(", ", EVENT_TYPES.stream().sorted().toList()) + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new WebhookSubscription(jurisdictionId, uri, secret, types);
    }

    private static URI url(String url, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "Indique la URL que recibirá los eventos."));
            return null;
        }
        URI uri = null;
        try {
            uri = URI.create(url.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(new FieldError("url", "La URL debe empezar por https:// (o http://) y tener un servidor."));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("url", "La URL no es válida."));
        }
        if (url.length() > 1000) {
            errors.add(new FieldError("url", "La URL admite 1.000 caracteres."));
        }
        return uri;
    }
}
