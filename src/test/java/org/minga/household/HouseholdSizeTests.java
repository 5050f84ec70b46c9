package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Keeps the household module readable: no source file over 400 lines, no method over 60 (measured on the compiled
 * classes, from the first to the last line of the method's code).
 */
class HouseholdSizeTests {

    static final Path SOURCES = Path.of("src/main/java/org/minga/household");
    static final Path CLASSES = Path.of("target/classes/org/minga/household");

    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines > 400) {
                    tooLong.add(SOURCES.relativize(f) + ": " + lines);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noMethodIsOver60Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<Path> classes = files.filter(p -> p.toString().endsWith(".class")).toList();
            assertThat(classes).hasSizeGreaterThan(50);
            for (Path c : classes) {
                try (InputStream in = Files.newInputStream(c)) {
                    new ClassReader(in).accept(new Lengths(CLASSES.relativize(c).toString(), tooLong), 0);
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    /** Records the methods whose code spans more than 60 source lines. */
    private static final class Lengths extends ClassVisitor {
        private final String type;
        private final List<String> tooLong;

        Lengths(String type, List<String> tooLong) {
            super(Opcodes.ASM9);
            this.type = type;
            this.tooLong = tooLong;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                int first = Integer.MAX_VALUE;
                int last = 0;

                @Override
                public void visitLineNumber(int line, Label start) {
                    first = Math.min(first, line);
                    last = Math.max(last, line);
                }

                @Override
                public void visitEnd() {
                    // lambdas compile to their own methods: they count apart, as short as they are
                    if (last > 0 && last - first + 1 > 60) {
                        tooLong.add(type + " " + name + ": " + (last - first + 1) + " lines");
                    }
                }
            };
        }
    }
}
