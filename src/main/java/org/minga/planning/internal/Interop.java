package org.minga.planning.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.IndicatorReadModel.ValueView;
import org.minga.platform.ValidationException;

/**
 * Indicator values for a health department's DHIS2: the {@code dataValueSets} JSON of the DHIS2 Web API and ADX
 * (IHE QRPH Aggregate Data Exchange, namespace {@code urn:ihe:qrph:adx:2015}) XML, with the identifiers of the
 * jurisdiction's {@link Dhis2Mapping}: its data set on every ADX group and in the JSON, the organisation unit of each
 * territory, the data element and category option combo of each indicator. A value whose territory or indicator has
 * no DHIS2 identifier is left out.
 */
final class Interop {

    static final String ADX_NS = "urn:ihe:qrph:adx:2015";
    static final String ADX_MEDIA_TYPE = "application/adx+xml";

    record Row(IndicatorView indicator, ValueView value) {
    }

    /** A row with its DHIS2 identifiers. */
    record Mapped(Row row, String dataSet, String orgUnit, Dhis2Mapping.Element element) {
    }

    private Interop() {
    }

    /**
     * The rows that have DHIS2 identifiers, through the mapping of their jurisdiction; a jurisdiction without one is
     * refused (its data set is unknown), and so is an export where no row is left.
     */
    static List<Mapped> map(List<Row> rows, Map<Long, Optional<Dhis2Mapping>> mappings) {
        List<Mapped> out = new ArrayList<>();
        for (Row r : rows) {
            Dhis2Mapping m = mappings.get(r.indicator().jurisdictionId()).orElseThrow(() -> new ValidationException(
                    "jurisdiction", "Configure el mapeo DHIS2 de la jurisdicción (conjunto de datos e "
                            + "identificadores) en Planeación › DHIS2 antes de exportar."));
            Optional<String> orgUnit = m.orgUnit(r.value().territoryId(), r.value().territoryCode());
            Optional<Dhis2Mapping.Element> element = m.element(r.indicator().id(), r.indicator().code());
            if (orgUnit.isPresent() && element.isPresent()) {
                out.add(new Mapped(r, m.dataSet(), orgUnit.get(), element.get()));
            }
        }
        if (out.isEmpty()) {
            throw new ValidationException("plan", "Ningún valor tiene identificadores DHIS2: asigne las unidades "
                    + "organizativas y los elementos de datos en Planeación › DHIS2.");
        }
        return out;
    }

    /** DHIS2 dataValueSets JSON of one jurisdiction: its data set, the id scheme, DHIS2 periods. */
    /**
     * A DHIS2 dataValueSets file: the data set, the scheme of the identifiers (DHIS2 reads it from the payload, or
     * the import's idScheme parameter) and the values.
     */
    record DataValueSets(String dataSet, String idScheme, List<DataValue> dataValues) {
    }

    /** One value: absent category option combo for the default one; a comment on the values Minga computed. */
    record DataValue(String dataElement, String categoryOptionCombo, String period, String orgUnit, String value,
            String comment) {
    }

    static DataValueSets dataValueSets(List<Mapped> rows, Dhis2Mapping mapping) {
        List<DataValue> values = rows.stream()
                .map(r -> new DataValue(r.element().dataElement(),
                        r.element().categoryOptionCombo().isEmpty() ? null : r.element().categoryOptionCombo(),
                        Periods.parse("period", r.row().value().period()).dhis2(), r.orgUnit(),
                        plain(r.row().value().value()), r.row().indicator().computed() ? "Calculado por Minga" : null))
                .toList();
        return new DataValueSets(mapping.dataSet(), mapping.idScheme(), values);
    }

    static String adx(List<Mapped> rows) {
        Map<String, List<Mapped>> groups = new LinkedHashMap<>();
        for (Mapped r : rows) {
            groups.computeIfAbsent(r.dataSet() + "\u0000" + r.orgUnit() + "\u0000" + r.row().value().period(),
                    k -> new ArrayList<>()).add(r);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("adx");
            w.writeDefaultNamespace(ADX_NS);
            w.writeAttribute("exported",
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (List<Mapped> g : groups.values()) {
                Mapped first = g.get(0);
                w.writeStartElement("group");
                w.writeAttribute("orgUnit", first.orgUnit());
                w.writeAttribute("period", Periods.parse("period", first.row().value().period()).adx());
                w.writeAttribute("dataSet", first.dataSet());
                for (Mapped r : g) {
                    w.writeEmptyElement("dataValue");
                    w.writeAttribute("dataElement", r.element().dataElement());
                    if (!r.element().categoryOptionCombo().isEmpty()) {
                        w.writeAttribute("categoryOptionCombo", r.element().categoryOptionCombo());
                    }
                    w.writeAttribute("value", plain(r.row().value().value()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No se pudo escribir el ADX", e);
        }
        return out.toString();
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
