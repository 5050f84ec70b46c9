package org.minga.household.internal.characterization;

import org.minga.privacy.PersonalRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A characterisation as a person reads it: the questions of the version it was answered on, section by section,
 * with the answer given (questions hidden by their condition are left out).
 */
public record AnswerSheet(long id, String instrumentName, int instrumentVersion, LocalDate answeredOn, Long personId,
        String personName, String createdBy, List<SectionRows> sections) implements PersonalRecord {

    @Override
    public void accessedSubjects(Subjects s) {
        s.person(personId, null);
    }

    public record SectionRows(String title, List<Row> rows) {
    }

    /** {@code yes} is set for yes/no answers (the page says Sí or No); {@code value} for the others, null if unanswered. */
    public record Row(String code, String text, String value, Boolean yes, boolean sensitive) {
    }

    public static AnswerSheet of(CharacterizationView c, String personName) {
        Map<String, Object> answers = c.answers();
        List<SectionRows> sections = new ArrayList<>();
        for (InstrumentDefinition.Section s : c.definition().sections()) {
            List<Row> rows = new ArrayList<>();
            for (InstrumentDefinition.Question q : s.questions() == null ? List.<InstrumentDefinition.Question>of()
                    : s.questions()) {
                if (!c.definition().visible(q, answers)) {
                    continue;
                }
                Object v = answers.get(q.code());
                Boolean yes = null;
                String value = null;
                if (v instanceof Boolean b) {
                    yes = b;
                } else if (v instanceof Collection<?> col) {
                    value = col.isEmpty() ? null : String.join(", ", col.stream().map(String::valueOf).toList());
                } else if (v instanceof Number n) {
                    value = new BigDecimal(String.valueOf(n)).stripTrailingZeros().toPlainString();
                } else if (v != null) {
                    value = String.valueOf(v);
                }
                rows.add(new Row(q.code(), q.text(), value, yes, q.sensitive()));
            }
            sections.add(new SectionRows(s.title(), rows));
        }
        return new AnswerSheet(c.id(), c.instrumentName(), c.instrumentVersion(), c.answeredOn(), c.personId(),
                personName,
                c.createdBy(), sections);
    }
}
