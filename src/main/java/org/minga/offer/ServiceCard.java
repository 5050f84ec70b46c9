package org.minga.offer;

import java.util.UUID;

/** A service in a list: enough to recognise it and open it. {@code reason} is set only for services the person may not receive. */
public record ServiceCard(long id, UUID uid, String code, String name, String description, String sector,
        String providerName, String reason) {
}
