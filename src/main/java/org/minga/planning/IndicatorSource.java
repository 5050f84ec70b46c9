package org.minga.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A figure Minga computes from its own data (people attended at fairs, share of referrals closed with a
 * counter-referral, commitments fulfilled, workshop participants, households characterised...). A module that
 * owns the data declares one bean per figure, in its own internal package; planning offers them as computed
 * indicators and the situation room shows them as key figures, on the map and over time.
 *
 * <p>Values are for territory subtrees: the value of a territory counts everything in it and below it.
 * Shares are computed per subtree (numerator and denominator), never averaged from children.
 */
public interface IndicatorSource {

    /** Stable key, module first: "referral.closed-loop-share". */
    String key();

    /** Spanish name shown to people: "Remisiones cerradas con contrarreferencia". */
    String label();

    /** The formula in words, for the indicator sheet and the help page. */
    String definition();

    /** Unit: "personas", "hogares", "%", "compromisos"... */
    String unit();

    IndicatorDirection direction();

    /**
     * True for a count of events in the period (attentions, participants); false for a stock at the end of the
     * period (open alerts, households characterised to date) or a share.
     */
    boolean flow();

    /**
     * The value for each territory subtree, keyed by the territory's materialised path ("/1/5/23/"), for the
     * period [from, to] (both inclusive; for a stock, the state at {@code to}). A path with nothing to count
     * maps to zero (a share with a zero denominator is absent from the map).
     */
    Map<String, Double> values(long jurisdictionId, Collection<String> territoryPaths, LocalDate from, LocalDate to);

    /** A period [from, to], both inclusive, as {@link #values} takes it. */
    record Span(LocalDate from, LocalDate to) {
    }

    /**
     * The values of {@link #values} for each period, in the order of the periods: what an indicator's series, its
     * sheet and the DHIS2 export ask for. A source that can answer every period in one round trip (see
     * {@link SqlIndicatorSource}) should: under load, every query is a turn for a pooled connection and a CPU.
     */
    default List<Map<String, Double>> series(long jurisdictionId, Collection<String> territoryPaths,
            List<Span> periods) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (Span p : periods) {
            out.add(values(jurisdictionId, territoryPaths, p.from(), p.to()));
        }
        return out;
    }
}
