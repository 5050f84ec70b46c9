package org.minga.training.internal;

import java.util.List;

import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the training pages do with a submitted form: run the write and say so, or flash the Spanish refusal. */
final class PageForms {

    private PageForms() {
    }

    /** Runs the write with its notice, or flashes the errors (and the form, when given, to fill its fields again). */
    static void submit(RedirectAttributes redirect, String notice, Object form, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            if (form != null) {
                redirect.addFlashAttribute("form", form);
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("", e.getMessage())));
        }
    }
}
