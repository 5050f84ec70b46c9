package org.minga.governance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the governance pages' writes answer: each redirects back; problems travel as a flash list. */
final class PageActions {

    private PageActions() {
    }

    /** Runs a write that answers where to go next ({@code null}: back). */
    static String attempt(String back, RedirectAttributes redirect, Supplier<String> action) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + (target == null ? back : target);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problems", e.errors());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:" + back;
    }

    /** Runs a write and goes back. */
    static String perform(String back, RedirectAttributes redirect, Runnable action) {
        return attempt(back, redirect, () -> {
            action.run();
            return null;
        });
    }

    /** A comma-separated list typed in a form, without blanks. */
    static List<String> split(String s) {
        return s == null ? List.of()
                : Arrays.stream(s.split("[,;]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
