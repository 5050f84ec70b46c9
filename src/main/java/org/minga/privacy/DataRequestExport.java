package org.minga.privacy;

import java.util.Map;

/**
 * Everything Minga holds on a request's person (Ley 1581 de 2012, art. 14): the request, a title, and under
 * {@code datos} what each module keeps, by section (the module's own record shapes).
 */
public record DataRequestExport(DataRequestView solicitud, String titulo, Map<String, Object> datos) {
}
