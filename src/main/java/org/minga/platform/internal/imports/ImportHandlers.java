package org.minga.platform.internal.imports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.minga.platform.ImportHandler;
import org.springframework.stereotype.Component;

/** The import types the modules declared, by their API name. */
@Component
class ImportHandlers {

    private final Map<String, ImportHandler<?>> byType = new LinkedHashMap<>();

    ImportHandlers(List<ImportHandler<?>> handlers) {
        handlers.stream().sorted(Comparator.comparing(ImportHandler::label)).forEach(h -> {
            ImportHandler<?> previous = byType.put(h.type(), h);
            if (previous != null) {
                throw new IllegalStateException("Two import handlers declare the type '" + h.type() + "': "
                        + previous.getClass().getName() + " and " + h.getClass().getName());
            }
        });
    }

    Optional<ImportHandler<?>> byType(String type) {
        return Optional.ofNullable(type == null ? null : byType.get(type.strip()));
    }

    List<ImportHandler<?>> all() {
        return List.copyOf(byType.values());
    }

    String typeNames() {
        return byType.keySet().stream().collect(Collectors.joining(", "));
    }

    String labelOf(String type) {
        return byType(type).map(ImportHandler::label).orElse(type);
    }
}
