package org.minga.platform.internal.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.MingaException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
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
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, "Datos no válidos", "Revise los campos indicados.", e.errors());
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
