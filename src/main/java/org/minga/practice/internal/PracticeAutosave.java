package org.minga.practice.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;

/**
 * The practice form's autosave: a draft keeps every valid field even when one is wrong. The wrong fields keep
 * the value last saved and come back with their messages, so the page can mark them.
 */
@Service
record PracticeAutosave(PracticeService practices) {

    /** What was saved, and the fields left as they were with the reason. */
    record Draft(GoodPractice saved, List<FieldError> skipped) {
    }

    Draft save(long id, PracticeForm form, CurrentUser user) {
        try {
            return new Draft(practices.save(id, form, user), List.of());
        } catch (ValidationException e) {
            GoodPractice current = practices.requireVisible(id, user);
            return new Draft(practices.save(id, withoutInvalid(form, current, e.errors()), user), e.errors());
        }
    }

    /** The form with each invalid field put back to what the practice holds now. */
    static PracticeForm withoutInvalid(PracticeForm form, GoodPractice current, List<FieldError> errors) {
        List<String> bad = errors.stream().map(FieldError::field).toList();
        Map<String, Object> answers = new HashMap<>(form.answers() == null ? Map.of() : form.answers());
        for (String field : bad) {
            if (field.startsWith("answers.")) {
                String key = field.substring("answers.".length());
                Object stored = current.answers() == null ? null : current.answers().get(key);
                if (stored == null) {
                    answers.remove(key);
                } else {
                    answers.put(key, stored);
                }
            }
        }
        return new PracticeForm(form.version(), bad.contains("title") ? current.title() : form.title(),
                bad.contains("entityName") ? current.entityName() : form.entityName(),
                bad.contains("sector") ? current.sector() : form.sector(),
                bad.contains("process") ? current.process() : form.process(),
                bad.contains("year") ? Integer.valueOf(current.year()) : form.year(), form.territoryId(),
                form.shareAuthorized(), answers, form.autosave());
    }
}
