package org.minga.actor.internal.domain;

import org.minga.platform.ValidationException;

/** Where something is on the map: a latitude and a longitude, both or neither, within their ranges. */
public record Point(Double latitude, Double longitude) {

    public Point {
        if ((latitude == null) != (longitude == null)) {
            throw new ValidationException("longitude", "Indique latitud y longitud juntas, o ninguna.");
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            throw new ValidationException("latitude", "La latitud debe estar entre -90 y 90.");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            throw new ValidationException("longitude", "La longitud debe estar entre -180 y 180.");
        }
    }

    public boolean known() {
        return latitude != null;
    }
}
