package org.minga.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A web address a person may follow: {@code http}, {@code https}, {@code mailto} or {@code tel}, nothing else
 * ({@code javascript:} and {@code data:} run code when clicked). Empty is allowed; {@code @NotBlank} says otherwise.
 * Pages render a stored address as a link only through {@link Check#safe}.
 */
@Documented
@Constraint(validatedBy = WebAddress.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

    String MESSAGE = "La dirección web debe empezar por http://, https://, mailto: o tel: (por ejemplo https://www.ejemplo.gov.co).";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean Validation of {@link WebAddress}. */
    final class Check implements ConstraintValidator<WebAddress, String> {

        /** The schemes a link may have. */
        static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

        /** True for an address with an allowed scheme (and a host, for http and https). */
        public static boolean allowed(String address) {
            if (address == null || address.isBlank()) {
                return false;
            }
            String a = address.strip();
            try {
                URI uri = new URI(a);
                String scheme = uri.getScheme();
                if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                boolean web = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
                return !web || (uri.getHost() != null && !uri.getHost().isBlank());
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /** The address when a link to it is safe, otherwise null (a page then shows no link). */
        public static String safe(String address) {
            return allowed(address) ? address.strip() : null;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || allowed(value);
        }
    }
}
