package org.minga.platform.internal.imports;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is refused before any controller is chosen, so no controller's advice sees it:
 * answer it here, in Spanish, as Problem Details for the API and as the error page for people.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
record UploadTooLarge(ObjectMapper json) {

    static final String MESSAGE = "El archivo supera el máximo de 50 MB.";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, MESSAGE);
            problem.setTitle("Archivo demasiado grande");
            problem.setType(URI.create("about:blank"));
            problem.setProperty("errors", List.of(Map.of("field", "file", "message", MESSAGE)));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), problem);
            return null; // answered
        }
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", MESSAGE);
        return page;
    }
}
