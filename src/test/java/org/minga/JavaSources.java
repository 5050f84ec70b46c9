package org.minga;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java sources of {@code src/main/java} as javac's parser reads them (syntax trees only: no compilation, about a
 * second for the whole codebase), shared by the guardrail tests that look at the code as a reader does: how long a
 * class or a method is ({@link CodeSizeTests}) and which SQL each module holds ({@link TableOwnershipTests}).
 */
final class JavaSources {

    static final Path MAIN = Path.of("src/main/java");

    /** A type or a method, with the lines it spans from its declaration (annotations and Javadoc excluded) to its closing brace. */
    record Member(String kind, String name, Path file, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    /** A string literal (text blocks included; javac folds {@code "a" + "b"} into one) and the module of its file. */
    record StringLiteral(String module, Path file, int line, String value) {
    }

    private static volatile JavaSources parsed;

    final List<Member> members = new ArrayList<>();
    final List<StringLiteral> literals = new ArrayList<>();

    static JavaSources main() {
        if (parsed == null) {
            synchronized (JavaSources.class) {
                if (parsed == null) {
                    parsed = new JavaSources(MAIN);
                }
            }
        }
        return parsed;
    }

    /** The sources under {@code root} (a test's fixture); {@link #main()} is {@code src/main/java}, parsed once. */
    static JavaSources of(Path root) {
        return new JavaSources(root);
    }

    private JavaSources(Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, UTF_8);
        JavacTask task = (JavacTask) javac.getTask(null, fileManager, d -> {
        }, List.of("-proc:none"), null,
                fileManager.getJavaFileObjectsFromPaths(files));
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new Scanner(unit, positions).scan(unit, null);
            }
            fileManager.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Scanner extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final LineMap lines;
        private final CharSequence text;
        private final Path file;
        private final String module;
        private final Deque<String> types = new ArrayDeque<>();
        private int anonymous;

        Scanner(CompilationUnitTree unit, SourcePositions positions) throws IOException {
            this.unit = unit;
            this.positions = positions;
            this.lines = unit.getLineMap();
            this.text = unit.getSourceFile().getCharContent(true);
            this.file = Path.of("").toAbsolutePath().relativize(Path.of(unit.getSourceFile().toUri()));
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            String[] parts = pkg.split("\\.");
            this.module = parts.length > 2 && pkg.startsWith("org.minga.") ? parts[2] : "";
            types.push(pkg);
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            String simple = tree.getSimpleName().toString();
            String outer = types.peek();
            String name = simple.isEmpty() ? outer + "$" + (++anonymous)
                    : outer.isEmpty() ? simple : outer + (types.size() > 1 ? "$" : ".") + simple;
            if (!simple.isEmpty()) {
                add("class", name, tree, tree.getModifiers());
            }
            types.push(name);
            try {
                return super.visitClass(tree, unused);
            } finally {
                types.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            if (tree.getBody() != null) {
                String simple = tree.getName().contentEquals("<init>") ? simpleName(types.peek())
                        : tree.getName().toString();
                String params = tree.getParameters().stream().map(VariableTree::getType)
                        .map(t -> t.toString().replace(" ", ""))
                        .collect(Collectors.joining(","));
                add("method", types.peek() + "." + simple + "(" + params + ")", tree, tree.getModifiers());
            }
            return super.visitMethod(tree, unused);
        }

        @Override
        public Void visitLiteral(LiteralTree tree, Void unused) {
            if (tree.getKind() == Tree.Kind.STRING_LITERAL) {
                literals.add(new StringLiteral(module, file, line(positions.getStartPosition(unit, tree)),
                        (String) tree.getValue()));
            }
            return null;
        }

        private void add(String kind, String name, Tree tree, ModifiersTree modifiers) {
            long start = positions.getStartPosition(unit, tree);
            if (!modifiers.getAnnotations().isEmpty()) {
                // the declaration starts after its annotations: a reader does not count @GetMapping as code
                long afterAnnotations = positions.getEndPosition(unit,
                        modifiers.getAnnotations().get(modifiers.getAnnotations().size() - 1));
                while (afterAnnotations < text.length()
                        && Character.isWhitespace(text.charAt((int) afterAnnotations))) {
                    afterAnnotations++;
                }
                start = afterAnnotations;
            }
            long end = positions.getEndPosition(unit, tree);
            members.add(new Member(kind, name, file, line(start), line(end - 1)));
        }

        private int line(long position) {
            return (int) lines.getLineNumber(position);
        }

        private static String simpleName(String type) {
            return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
        }
    }
}
