package org.minga.platform;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * PDF documents (actas, reports, practice sheets, the situation room, certificates): well-formed XHTML, usually
 * from a Thymeleaf template of the module, laid out by flying-saucer (OpenPDF), fit for the archive (issue 18):
 * <ul>
 * <li>every font embedded and Unicode: the templates write in {@value #FONT} (and {@value #MONO}), the DejaVu fonts
 * shipped in {@code resources/fonts} (licence beside them), subset into each file with Identity-H encoding, so any
 * name a person has ("Zoë Nguyễn Ñandú") prints as written; the PDF standard fonts, never embedded and WinAnsi
 * only, are not used;</li>
 * <li>PDF/A-1b, the level OpenPDF writes: an sRGB output intent and the XMP metadata; OpenPDF itself refuses to
 * write a PDF/A with a font that is not embedded.</li>
 * </ul>
 * A template keeps a table's rows whole across pages with {@code tr { page-break-inside: avoid; }} and repeats
 * its header with {@code thead { display: table-header-group; }}.
 */
public final class Pdf {

    /** The font family every PDF template writes in. */
    public static final String FONT = "DejaVu Sans";
    /** The fixed-width family, for boxes to fill in by hand. */
    public static final String MONO = "DejaVu Sans Mono";
    private static final List<String> FONT_FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf");
    /** Parsed once: a BaseFont is shared by every document, each writer subsets the glyphs it used. */
    private static final List<BaseFont> FONTS = FONT_FILES.stream().map(Pdf::load).toList();
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Pdf() {
    }

    /** Lays out the XHTML as PDF; {@code what} names the document in the error ("el acta de la sesión 12"). */
    public static byte[] fromXhtml(String xhtml, String what) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ITextRenderer renderer = new ITextRenderer();
            ITextFontResolver fonts = renderer.getFontResolver();
            for (int i = 0; i < FONTS.size(); i++) {
                fonts.addFont(FONTS.get(i), "fonts/" + FONT_FILES.get(i), null);
            }
            renderer.setPDFXConformance(PdfWriter.PDFA1B);
            renderer.setListener(new Archival());
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            renderer.createPDF(out);
            renderer.finishPDF();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("No se pudo generar " + what, e);
        }
    }

    private static BaseFont load(String file) {
        try (InputStream in = Pdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource /fonts/" + file);
            }
            return BaseFont.createFont("fonts/" + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Font " + file + " could not be read", e);
        }
    }

    /** What PDF/A asks of the file beyond the fonts: the colour space of its colours and the XMP metadata. */
    private static final class Archival implements PDFCreationListener {

        @Override
        public void preOpen(ITextRenderer renderer) {
            // the writer takes the output intent once the document is open (onClose)
        }

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
            // nothing to add per page
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            try {
                renderer.getWriter().setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org",
                        "sRGB IEC61966-2.1", SRGB);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            renderer.getWriter().createXmpMetadata();
        }
    }
}
