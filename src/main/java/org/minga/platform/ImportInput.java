package org.minga.platform;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The uploaded file. For tabular handlers {@code rows} holds the data rows already decoded; for others
 * it is empty and the handler reads {@link #text()}.
 */
public record ImportInput(String filename, byte[] content, Charset charset, List<ImportRow> rows) {

    public String text() {
        return new String(content, charset);
    }
}
