package org.minga.territory.internal.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.internal.variable.SocialVariable;
import org.minga.territory.internal.variable.VariableCatalog;
import org.minga.territory.internal.variable.VariableForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The "variable-values" and "variables" imports, called through the import SPI as the framework will. */
@MingaTest
class VariableImportTests {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    VariableCatalog catalog;
    @Autowired
    List<ImportHandler<?>> handlers;
    @Autowired
    TransactionTemplate tx;

    TestJurisdiction place;
    Jurisdiction jurisdiction;
    CurrentUser admin;
    List<Integer> progress = new ArrayList<>();

    @BeforeEach
    void setUp() {
        place = TestJurisdiction.of("99201", jdbc, accounts, users);
        jurisdiction = jurisdictions.byId(place.id).orElseThrow();
        admin = new CurrentUser(1, "admin-prueba", "Administradora", Role.ADMINISTRATOR, null, null);
        if (catalog.byCode(place.id).isEmpty()) {
            catalog.create(
                    new VariableForm("99201", "pobreza", "Pobreza", null, "%", "SDP EM 2021", "HIGHER_IS_WORSE", null),
                    admin);
            catalog.create(new VariableForm("99201", "poblacion", "Población", null, "personas", "DANE",
                    "HIGHER_IS_WORSE", null), admin);
        }
    }

    @SuppressWarnings("unchecked")
    <P> ImportHandler<P> handler(String type) {
        return (ImportHandler<P>) handlers.stream().filter(h -> h.type().equals(type)).findFirst().orElseThrow();
    }

    /** What the framework hands a tabular handler: decoded rows keyed by column, numbered as a spreadsheet. */
    static ImportInput csv(String text, Charset charset, char delimiter) throws IOException {
        byte[] bytes = text.getBytes(charset);
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true)
                .get().parse(new StringReader(new String(bytes, charset)))) {
            for (CSVRecord r : parser) {
                Map<String, String> values = new LinkedHashMap<>(r.toMap());
                rows.add(new ImportRow((int) r.getRecordNumber() + 1, values));
            }
        }
        return new ImportInput("valores.csv", bytes, charset, rows);
    }

    ImportContext context(CurrentUser user) {
        return new ImportContext(user, jurisdiction, progress::add);
    }

    BigDecimal stored(String territory, String variable, int year) {
        return jdbc.sql("""
                select vv.value from variable_value vv join social_variable v on v.id = vv.variable_id
                where vv.territory_id = :t and v.code = :c and v.jurisdiction_id = :j and vv.year = :y""")
                .param("t", place.territory(territory)).param("c", variable).param("j", place.id).param("y", year)
                .query(BigDecimal.class).optional().orElse(null);
    }

    @Test
    void semicolonWindows1252FileWithDecimalCommasLoadsExactValues() throws IOException {
        ImportInput input = csv("""
                codigo_territorio;variable;anio;valor;fuente\r
                01;pobreza;2021;12,5;Encuesta Multipropósito\r
                02;POBREZA;2021;7,25;\r
                1;poblacion;2021;1.300.000;DANE proyección\r
                03;poblacion;2021;4.321,5;\r
                """, WINDOWS_1252, ';');
        ImportHandler<Object> handler = handler("variable-values");

        ImportValidation<Object> validation = handler.validate(input, context(admin));
        assertThat(validation.errors()).isEmpty();
        assertThat(validation.rows()).isEqualTo(4);
        Integer loaded = tx.execute(s -> handler.load(validation.plan(), context(admin)));

        assertThat(loaded).isEqualTo(4);
        assertThat(stored("01", "pobreza", 2021)).isEqualByComparingTo("12.5");
        assertThat(stored("02", "pobreza", 2021)).isEqualByComparingTo("7.25");
        assertThat(stored("01", "poblacion", 2021)).isEqualByComparingTo("1300000");
        assertThat(stored("03", "poblacion", 2021)).isEqualByComparingTo("4321.5");
        assertThat(jdbc
                .sql("select source_note from variable_value where territory_id = :t and year = 2021 and value = 12.5")
                .param("t", place.territory("01")).query(String.class).single()).isEqualTo("Encuesta Multipropósito");
        assertThat(progress).contains(4);

        // a second file corrects a value: one row per (territory, variable, year), updated in place
        ImportInput correction = csv("codigo_territorio;variable;anio;valor\r\n01;pobreza;2021;13,75\r\n",
                WINDOWS_1252, ';');
        ImportValidation<Object> second = handler.validate(correction, context(admin));
        tx.execute(s -> handler.load(second.plan(), context(admin)));
        assertThat(stored("01", "pobreza", 2021)).isEqualByComparingTo("13.75");
        assertThat(jdbc.sql("select count(*) from variable_value where territory_id = :t and year = 2021")
                .param("t", place.territory("01")).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select after_state ->> 'updated' from audit_log
                where entity_type = 'variable_value' and jurisdiction_id = :j order by id desc limit 1""")
                .param("j", place.id).query(String.class).single()).isEqualTo("1");
    }

    @Test
    void unknownTerritoryUnknownVariableAndMalformedNumberAreReportedByRowAndNothingIsStored() throws IOException {
        ImportInput input = csv("""
                codigo_territorio,variable,anio,valor
                01,pobreza,2030,10
                99,pobreza,2030,11
                02,inexistente,2030,12
                03,pobreza,2030,12;5x
                """, java.nio.charset.StandardCharsets.UTF_8, ',');

        ImportValidation<Object> validation = handler("variable-values").validate(input, context(admin));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.plan()).isNull();
        assertThat(validation.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                tuple(3, "codigo_territorio"), tuple(4, "variable"), tuple(5, "valor"));
        assertThat(validation.errors().get(0).message()).contains("'99'").contains("no existe");
        assertThat(validation.errors().get(1).message()).contains("'inexistente'").contains("catálogo");
        assertThat(validation.errors().get(2).message()).contains("valor").contains("no es un número");
        assertThat(jdbc.sql("select count(*) from variable_value where jurisdiction_id = :j and year = 2030")
                .param("j", place.id).query(Long.class).single()).isZero();
    }

    @Test
    void repeatedRowsYearsOutOfRangeAndTerritoriesOutsideTheScopeAreRefused() throws IOException {
        CurrentUser zonal = new CurrentUser(2, "zonal-prueba", "Zonal", Role.ZONAL, place.id, place.territory("A"));
        ImportInput input = csv("""
                codigo_territorio;variable;anio;valor
                01;pobreza;2022;1
                01;pobreza;2022;2
                02;pobreza;1800;3
                03;pobreza;2022;4
                """, WINDOWS_1252, ';');

        ImportValidation<Object> validation = handler("variable-values").validate(input, context(zonal));

        assertThat(validation.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                tuple(3, "variable"), tuple(4, "anio"), tuple(5, "codigo_territorio"));
        assertThat(validation.errors().get(0).message()).contains("fila 2");
        assertThat(validation.errors().get(1).message()).contains("entre 1900 y 2100");
        assertThat(validation.errors().get(2).message()).contains("fuera de su alcance");
    }

    @Test
    void theCatalogueImportCreatesAndUpdatesVariablesForEditorsOnly() throws IOException {
        ImportInput input = csv("""
                codigo;nombre;unidad;fuente;direccion;descripcion
                desempleo_99;Tasa de desempleo;%;GEIH;mayor-es-peor;Desocupados / PEA
                cobertura_99;Cobertura educación media;%;SED;mayor-es-mejor;
                """, WINDOWS_1252, ';');
        ImportHandler<Object> handler = handler("variables");
        ImportValidation<Object> validation = handler.validate(input, context(admin));
        assertThat(validation.errors()).isEmpty();
        tx.execute(s -> handler.load(validation.plan(), context(admin)));

        SocialVariable cobertura = catalog.byCode(place.id).get("cobertura_99");
        assertThat(cobertura.direction().name()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(cobertura.name()).isEqualTo("Cobertura educación media");

        CurrentUser local = new CurrentUser(3, "local-prueba", "Local", Role.LOCAL, place.id, place.territory("01"));
        assertThat(handler.validate(input, context(local)).errors()).singleElement()
                .extracting(ImportError::message).asString().contains("administradores");

        ImportInput bad = csv("codigo;nombre;unidad;direccion\nMal Código;X;%;arriba\n", WINDOWS_1252, ';');
        assertThat(handler.validate(bad, context(admin)).errors()).extracting(ImportError::column)
                .containsExactly("codigo", "direccion");
    }
}
