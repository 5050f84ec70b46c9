package org.minga.platform.internal.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The same limits as {@link InputLimits} for what pages and query parameters bind: no control characters, no
 * text beyond the global maximum, no date outside 1900–2100. A value that breaks them is a binding error of its
 * field (the form's error, or 400), never a row that makes a page fail later.
 */
@ControllerAdvice
class FormInputLimits {

    @InitBinder
    void limits(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String problem = text == null ? null : InputLimits.textProblem(text);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                setValue(text);
            }
        });
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("La fecha «" + text + "» no es válida: use AAAA-MM-DD.", e);
                }
                if (date.getYear() < InputLimits.MIN_YEAR || date.getYear() > InputLimits.MAX_YEAR) {
                    throw new IllegalArgumentException(
                            "La fecha debe estar entre los años " + InputLimits.MIN_YEAR + " y "
                                    + InputLimits.MAX_YEAR + ".");
                }
                setValue(date);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }
}
