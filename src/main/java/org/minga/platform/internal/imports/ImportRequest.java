package org.minga.platform.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * An upload as the API or the page received it. {@code jurisdiction} is a code such as 11001 (blank: the
 * user's own); {@code content} is null when no file came.
 */
record ImportRequest(String type, String jurisdiction, String filename, byte[] content) {

    /** A browser sends an empty, nameless part when no file was chosen: that is no file at all. */
    static ImportRequest of(String type, String jurisdiction, MultipartFile file) {
        boolean none = file == null || (file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
        if (none) {
            return new ImportRequest(type, jurisdiction, null, null);
        }
        try {
            return new ImportRequest(type, jurisdiction, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
