package org.minga.practice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.util.MultiValueMap;

/**
 * Reads answers from an HTML form: {@code a.<key>} for a question (several values for multiple choice,
 * "si" for a ticked acceptance) and {@code t.<key>.<row>.<column>} for the cells of a table.
 */
final class AnswerParams {

    private AnswerParams() {
    }

    static Map<String, Object> parse(FormatDefinition def, MultiValueMap<String, String> params) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormatDefinition.Item q : def.questions()) {
            if ("table".equals(q.type())) {
                Map<Integer, Map<String, String>> rows = new TreeMap<>();
                String prefix = "t." + q.key() + ".";
                for (Map.Entry<String, List<String>> e : params.entrySet()) {
                    if (!e.getKey().startsWith(prefix) || e.getValue().isEmpty()) {
                        continue;
                    }
                    String[] parts = e.getKey().substring(prefix.length()).split("\\.", 2);
                    if (parts.length == 2 && parts[0].matches("\\d{1,3}")) {
                        rows.computeIfAbsent(Integer.parseInt(parts[0]), k -> new LinkedHashMap<>())
                                .put(parts[1], e.getValue().get(0));
                    }
                }
                List<Map<String, String>> list = new ArrayList<>(rows.values());
                answers.put(q.key(), list);
                continue;
            }
            List<String> values = params.get("a." + q.key());
            if (values == null || values.isEmpty()) {
                continue;
            }
            if ("multichoice".equals(q.type())) {
                answers.put(q.key(), new ArrayList<>(values));
            } else {
                answers.put(q.key(), values.get(0));
            }
        }
        return answers;
    }
}
