package org.minga.platform;

import java.util.function.Supplier;

import org.springframework.ui.Model;

/** What a form's page does with refused input: the form again, with each field's Spanish message. */
public final class FormPages {

    private FormPages() {
    }

    /**
     * Runs the form's {@code action} (which answers where to go next); when it refuses the input, shows {@code page}
     * again with the refusal's field errors in the model as {@code errors}.
     */
    public static String orPage(Model model, Supplier<String> action, Supplier<String> page) {
        try {
            return action.get();
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return page.get();
        }
    }
}
