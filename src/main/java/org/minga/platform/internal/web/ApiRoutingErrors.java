package org.minga.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The refusals Spring makes before any controller of the API is chosen (an unknown address, a method the address
 * does not take): under {@code /api/} they are Problem Details in Spanish like every other error of the API, not
 * Spring's default JSON. Elsewhere they fall through to the error pages.
 */
@RestControllerAdvice
@Order(2)
class ApiRoutingErrors {

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> routing(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        HttpStatus status = e instanceof NoResourceFoundException ? HttpStatus.NOT_FOUND
                : e instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED
                        : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        ProblemDetail problem = ApiExceptionHandler.problem(status, ApiExceptionHandler.title(status.value()),
                JsonInputErrors.springProblem(e, status.value()), null);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
            answer.header(HttpHeaders.ALLOW, m.getSupportedHttpMethods().stream().map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return answer.body(problem);
    }
}
