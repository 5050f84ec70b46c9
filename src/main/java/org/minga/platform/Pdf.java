package org.minga.platform;

import java.io.ByteArrayOutputStream;

import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDF documents (actas, reports, practice sheets, the situation room): well-formed XHTML, usually from a Thymeleaf
 * template of the module, laid out by flying-saucer (OpenPDF).
 */
public final class Pdf {

    private Pdf() {
    }

    /** Lays out the XHTML as PDF; {@code what} names the document in the error ("el acta de la sesión 12"). */
    public static byte[] fromXhtml(String xhtml, String what) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ITextRenderer renderer = new ITextRenderer();
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            renderer.createPDF(out);
            renderer.finishPDF();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("No se pudo generar " + what, e);
        }
    }
}
