package org.minga.platform.internal.imports;

/**
 * An upload as the API or the page received it. {@code jurisdiction} is a code such as 11001 (blank: the
 * user's own); {@code content} is null when no file came.
 */
record ImportRequest(String type, String jurisdiction, String filename, byte[] content) {
}
