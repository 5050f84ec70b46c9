package org.minga.platform.internal.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which demo datasets were loaded already, by name (table {@code demo_dataset}). */
@Component
record DemoDatasetRepository(JdbcClient jdbc) {

    boolean loaded(String name) {
        return jdbc.sql("select exists(select 1 from demo_dataset where name = :n)").param("n", name)
                .query(Boolean.class).single();
    }

    void recordLoaded(String name) {
        jdbc.sql("insert into demo_dataset (name) values (:n)").param("n", name).update();
    }
}
