package org.minga.planning.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.IndicatorReadModel.ValueView;

/**
 * Indicator values for a health department's DHIS2: the {@code dataValueSets} JSON of the DHIS2 Web API and ADX
 * (IHE QRPH Aggregate Data Exchange) XML. Data elements are the indicator codes, org units the territory codes.
 */
final class Interop {

    static final String ADX_NS = "http://ihe.net/quality/schema/adx";

    record Row(IndicatorView indicator, ValueView value) {
    }

    private Interop() {
    }

    static Map<String, Object> dataValueSets(List<Row> rows) {
        List<Map<String, Object>> values = rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dataElement", r.indicator().code());
            m.put("period", Periods.parse("period", r.value().period()).dhis2());
            m.put("orgUnit", r.value().territoryCode());
            m.put("value", plain(r.value().value()));
            if (r.indicator().computed()) {
                m.put("comment", "Calculado por Minga");
            }
            return m;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataValues", values);
        return out;
    }

    static String adx(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.value().territoryCode() + "\u0000" + r.value().period(),
                    k -> new java.util.ArrayList<>()).add(r);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("adx");
            w.writeDefaultNamespace(ADX_NS);
            w.writeAttribute("exported",
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (List<Row> g : groups.values()) {
                ValueView first = g.get(0).value();
                w.writeStartElement("group");
                w.writeAttribute("orgUnit", first.territoryCode());
                w.writeAttribute("period", Periods.parse("period", first.period()).adx());
                for (Row r : g) {
                    w.writeEmptyElement("dataValue");
                    w.writeAttribute("dataElement", r.indicator().code());
                    w.writeAttribute("value", plain(r.value().value()));
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
