package org.minga.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the training tests share: the API calls of a training team ({@link TrainingCalls}) and the database. */
abstract class TrainingTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    TrainingCalls api;

    @BeforeEach
    void calls() {
        api = new TrainingCalls(mvc, json);
    }
}
