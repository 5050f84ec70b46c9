package org.minga.privacy.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.privacy.PersonalRecord;

/**
 * Finds the {@link PersonalRecord}s in what a handler answers: the object itself, the items of lists, pages,
 * maps and arrays, and the components of Minga's records, a few levels deep. The components to visit are worked
 * out once per record class, and a collection of plain values (numbers, texts, dates) is skipped after its first
 * element, so a page of 500 people costs 500 type checks.
 */
final class SubjectWalker {

    private static final int MAX_DEPTH = 6;

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            if (!type.isRecord() || !type.getName().startsWith("org.minga.")) {
                return new Method[0];
            }
            List<Method> walk = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!plain(c.getType())) {
                    Method m = c.getAccessor();
                    m.setAccessible(true);
                    walk.add(m);
                }
            }
            return walk.toArray(Method[]::new);
        }
    };

    private SubjectWalker() {
    }

    static void walk(Object o, PersonalRecord.Subjects out) {
        walk(o, out, 0);
    }

    private static void walk(Object o, PersonalRecord.Subjects out, int depth) {
        if (o == null || depth > MAX_DEPTH || plain(o.getClass())) {
            return;
        }
        if (o instanceof PersonalRecord r) {
            r.accessedSubjects(out);
        }
        if (o instanceof Collection<?> c) {
            for (Object e : c) {
                if (e != null && plain(e.getClass())) {
                    return;
                }
                walk(e, out, depth + 1);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                walk(v, out, depth + 1);
            }
            return;
        }
        if (o instanceof Optional<?> opt) {
            walk(opt.orElse(null), out, depth + 1);
            return;
        }
        if (o instanceof Object[] array) {
            for (Object e : array) {
                if (e != null && plain(e.getClass())) {
                    return;
                }
                walk(e, out, depth + 1);
            }
            return;
        }
        for (Method m : COMPONENTS.get(o.getClass())) {
            try {
                walk(m.invoke(o), out, depth + 1);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("No se pudo revisar " + o.getClass().getName() + " para el registro de "
                        + "accesos", e);
            }
        }
    }

    private static boolean plain(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class
                || Temporal.class.isAssignableFrom(type) || type == UUID.class || type == byte[].class
                || type.getName().startsWith("java.time.");
    }
}
