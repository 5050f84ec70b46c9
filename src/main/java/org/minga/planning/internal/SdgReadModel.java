package org.minga.planning.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the SDG catalogue (17 goals, 169 targets, official Spanish wording of A/RES/70/1) from
 * {@code planning/sdg-es.tsv} at start-up, once: after the migrations, before any demo data links to it.
 */
@Component
record SdgReadModel(JdbcClient jdbc, TransactionTemplate tx) implements InitializingBean {

    @Override
    public void afterPropertiesSet() {
        tx.executeWithoutResult(s -> {
            jdbc.sql("lock table sdg_target in exclusive mode").update();
            if (jdbc.sql("select count(*) from sdg_target").query(Long.class).single() > 0) {
                return;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new ClassPathResource("planning/sdg-es.tsv").getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", 3);
                    if (f[0].equals("G")) {
                        jdbc.sql("insert into sdg_goal (number, title) values (:n, :t) on conflict do nothing")
                                .param("n", Integer.parseInt(f[1])).param("t", f[2]).update();
                    } else {
                        jdbc.sql("insert into sdg_target (code, goal_number, text) values (:c, :g, :t)")
                                .param("c", f[1]).param("g", Integer.parseInt(f[1].substring(0, f[1].indexOf('.'))))
                                .param("t", f[2]).update();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
