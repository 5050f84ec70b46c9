package org.minga.platform.internal.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.MingaException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DataAccessException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the JSON API as RFC 9457 Problem Details, with an {@code errors} array for validation. */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
@RequiredArgsConstructor
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ObjectMapper json;

    /** The database refused the data: say which field and why, in Spanish; anything else stays an error of ours. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e) {
        DatabaseErrors.Refusal refusal = DatabaseErrors.of(e, RequestBodyKeeper.current(json));
        if (refusal == null) {
            throw e;
        }
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        return ResponseEntity.status(status)
                .body(problem(status, status == HttpStatus.CONFLICT ? "Conflicto" : "Datos no válidos",
                        refusal.message(), refusal.errors()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        FieldError error = JsonInputErrors.describe(ex);
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Datos no válidos", error.message(),
                List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own answers (unsupported media type, missing parameter, wrong method...) in Spanish
        if (statusCode.is4xxClientError() && !(body instanceof ProblemDetail p && p.getProperties() != null
                && p.getProperties().containsKey("errors"))) {
            String message = JsonInputErrors.springProblem(ex, statusCode.value());
            ProblemDetail p = problem(HttpStatus.valueOf(statusCode.value()), title(statusCode.value()), message,
                    statusCode.value() == 400
                            ? List.of(new FieldError(JsonInputErrors.springField(ex), message)) : null);
            return super.handleExceptionInternal(ex, p, headers, statusCode, request);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** The title of Spring's own refusals, in Spanish like the detail. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Datos no válidos";
            case 404 -> "No encontrado";
            case 405 -> "Método no admitido";
            case 406 -> "Formato no disponible";
            case 413 -> "Solicitud demasiado grande";
            case 415 -> "Tipo de contenido no admitido";
            default -> "Solicitud no válida";
        };
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, "Datos no válidos", "Revise los campos indicados.", e.errors());
    }

    /** Any other domain error (an import refused, a rule of a module) is the client's to fix: 400 with its message. */
    @ExceptionHandler(MingaException.class)
    ProblemDetail domain(MingaException e) {
        return problem(HttpStatus.BAD_REQUEST, "Datos no válidos", e.getMessage(),
                List.of(new FieldError("solicitud", e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "No encontrado", e.getMessage(), null);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        String message = e instanceof MingaException ? e.getMessage() : "No tiene permiso para esta acción.";
        return problem(HttpStatus.FORBIDDEN, "Sin permiso", message, null);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflicto", e.getMessage(), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflicto",
                "Otra persona modificó este registro mientras usted lo editaba. Recargue y vuelva a intentar.", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Datos no válidos", "Revise los campos indicados.",
                List.of(new FieldError(e.getName(), "El valor '" + e.getValue() + "' no es válido.")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Datos no válidos", "Revise los campos indicados.", errors));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (errors != null) {
            p.setProperty("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return p;
    }
}
