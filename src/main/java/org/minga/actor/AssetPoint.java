package org.minga.actor;

/**
 * A located social asset as other modules draw it on a map (GeoJSON Point at [longitude, latitude]): its name, the
 * actor that holds it (if any) and its territory. Public information only.
 */
public record AssetPoint(long id, String code, String name, Long actorId, String actorName, String territoryName,
        double latitude, double longitude) {
}
