package org.minga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A JSON call as a demo user (password {@code minga2026}), its status checked, its answer read (null when empty). */
public record JsonCalls(MockMvc mvc, ObjectMapper json) {

    public JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        req = req.with(httpBasic(user, "minga2026"));
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        var res = mvc.perform(req).andReturn().getResponse();
        assertThat(res.getStatus()).as(res.getContentAsString()).isEqualTo(expected);
        return res.getContentAsString().isEmpty() ? null : json.readTree(res.getContentAsString());
    }
}
