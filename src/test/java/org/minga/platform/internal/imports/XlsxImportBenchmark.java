package org.minga.platform.internal.imports;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportRejectedException;
import org.minga.platform.Imports;
import org.minga.territory.TerritoryTree;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Memory of a large XLSX import (bench/xlsx-import.sh): 100,000 barrios under the benchmark district, imported as
 * an XLSX through the same import framework as the page and the API, while a sampler records the heap in use
 * every 5 ms. Prints the rise of the heap over the level before the import. By default the file's last row names
 * a parent that does not exist, so the import reads and validates all 100,000 rows (the phases that hold the file
 * and its rows in memory) and stops before the row-by-row territory inserts, which take minutes on this machine;
 * {@code bench/xlsx-import.sh 100000 load} loads them too. Not a test: {@code ./mvnw verify} never runs it.
 */
public final class XlsxImportBenchmark {

    private XlsxImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean load = args.length > 1 && args[1].equals("load");
        BenchmarkRun.run("bench-xlsx-postgres", ctx -> run(ctx, rows, load));
    }

    static void run(ConfigurableApplicationContext ctx, int rows, boolean load) throws Exception {
        BenchmarkDistrict d = BenchmarkDistrict.create(ctx, "99971", "Distrito del banco de XLSX");
        ctx.getBean(TerritoryTree.class).defineLevel(BenchmarkDistrict.ADMIN, d.jurisdiction().id(), "barrio", "Barrio",
                3);
        Imports imports = ctx.getBean(Imports.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);

        byte[] xlsx = xlsx(rows, "X", load);
        System.out.printf("XLSX of %,d rows: %,d KB%n", rows, xlsx.length / 1024);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(500);
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        String outcome;
        try {
            int loaded = tx.execute(s -> imports.importNow("territories", "barrios.xlsx", xlsx,
                    new ImportContext(BenchmarkDistrict.ADMIN, d.jurisdiction(), n -> {
                    })));
            outcome = loaded + " rows loaded";
        } catch (ImportRejectedException e) {
            outcome = "read and validated, refused as planned (" + e.errors().size() + " error: "
                    + e.errors().get(0).message() + ")";
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        long rise = peak.get() - baseline;
        long stored = jdbc.sql("select count(*) from territory where jurisdiction_id = :j and code like 'B%'")
                .param("j", d.jurisdiction().id()).query(Long.class).single();
        System.out.printf(
                "%nXLSX import of %,d rows in %,d ms: %s; %,d barrios stored.%nHeap before %,d MB, peak %,d MB: "
                        + "rose %,d MB (target: under 256 MB; max heap %,d MB)%n",
                rows, ms, outcome, stored,
                baseline >> 20, peak.get() >> 20, rise >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Barrios under the district's 100 UPZ: codigo, nombre, nivel, codigo_padre, tipo_area, poblacion. */
    static byte[] xlsx(int rows, String prefix, boolean load) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Barrios");
            String[] header = {"codigo", "nombre", "nivel", "codigo_padre", "tipo_area", "poblacion"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("B" + prefix + r);
                row.createCell(1).setCellValue("Barrio " + prefix + " " + r);
                row.createCell(2).setCellValue("barrio");
                row.createCell(3).setCellValue(!load && r == rows ? "NO-EXISTE" : parent(r));
                row.createCell(4).setCellValue("urbana");
                row.createCell(5).setCellValue(100 + r % 5000);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    static String parent(int r) {
        int upz = r % 100;
        return String.format("UPZ%02d%d", upz / 5 + 1, upz % 5 + 1);
    }
}
