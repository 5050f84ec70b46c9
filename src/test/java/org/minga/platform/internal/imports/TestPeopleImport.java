package org.minga.platform.internal.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportNumbers;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small import type for the framework's tests: people with a code, a name and an optional decimal value,
 * stored in a table the tests create. A row with code BOOM makes the load fail after the rows before it were
 * written; a row with code WAIT makes the load wait for {@link #release} so a test can watch a running job.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestPeopleImport {

    static final String TYPE = "test-people";
    static final String TABLE_DDL = """
            create table if not exists test_import_people (
              id bigint generated always as identity primary key,
              jurisdiction_id bigint not null,
              codigo varchar(20) not null,
              nombre varchar(100) not null,
              valor numeric)""";

    static volatile CountDownLatch release = new CountDownLatch(0);
    static volatile CountDownLatch waiting = new CountDownLatch(0);

    record Person(String codigo, String nombre, BigDecimal valor) {
    }

    @Bean
    ImportHandler<List<Person>> testPeopleImportHandler(JdbcClient jdbc) {
        return new ImportHandler<>() {

            @Override
            public ImportKind kind() {
                return ImportKind.of(TYPE, "Personas de prueba",
                        ImportColumn.required("codigo", "Código único de la persona"),
                        ImportColumn.required("nombre", "Nombre"),
                        ImportColumn.optional("valor", "Un valor decimal"));
            }

            @Override
            public ImportValidation<List<Person>> validate(ImportInput input, ImportContext context) {
                List<ImportError> errors = new ArrayList<>();
                List<Person> people = new ArrayList<>();
                Set<String> codes = new HashSet<>();
                int n = 0;
                for (ImportRow row : input.rows()) {
                    String codigo = row.get("codigo");
                    String nombre = row.get("nombre");
                    BigDecimal valor = null;
                    if (codigo == null) {
                        errors.add(new ImportError(row.number(), "codigo", "El código es obligatorio."));
                    } else if (!codes.add(codigo)) {
                        errors.add(new ImportError(row.number(), "codigo", "El código " + codigo + " está repetido."));
                    }
                    if (nombre == null) {
                        errors.add(new ImportError(row.number(), "nombre", "El nombre es obligatorio."));
                    }
                    if (row.get("valor") != null) {
                        try {
                            valor = ImportNumbers.decimal(row.get("valor"));
                        } catch (NumberFormatException e) {
                            errors.add(new ImportError(row.number(), "valor", "El valor " + e.getMessage() + "."));
                        }
                    }
                    people.add(new Person(codigo, nombre, valor));
                    context.progress(++n);
                }
                return new ImportValidation<>(input.rows().size(), errors, people);
            }

            @Override
            public int load(List<Person> plan, ImportContext context) {
                int n = 0;
                for (Person p : plan) {
                    if (p.codigo().equals("BOOM")) {
                        throw new IllegalStateException("fallo a propósito en la fila " + (n + 2));
                    }
                    if (p.codigo().equals("WAIT")) {
                        waiting.countDown();
                        await(release);
                    }
                    jdbc.sql(
                            "insert into test_import_people (jurisdiction_id, codigo, nombre, valor) values (:j, :c, :n, :v)")
                            .param("j", context.jurisdiction().id()).param("c", p.codigo()).param("n", p.nombre())
                            .param("v", p.valor()).update();
                    context.progress(++n);
                }
                return n;
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the load");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
