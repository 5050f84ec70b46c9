package org.minga.platform;

/**
 * Runs an import at once, in the caller's transaction, through the same reading, header check and
 * validation as an uploaded file: for start-up data and for modules that receive files of their own.
 */
public interface Imports {

    /**
     * Reads, validates and loads the file. Returns the rows loaded.
     *
     * @throws ImportRejectedException with every error when the file does not validate; nothing is stored
     */
    int importNow(String type, String filename, byte[] content, ImportContext context);
}
