package org.minga.referral.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhooks may be sent: public addresses only, unless {@code MINGA_WEBHOOK_ALLOW_PRIVATE=true}. A target whose
 * name resolves to a loopback, private (RFC 1918, IPv6 unique local), link-local (the cloud metadata address
 * 169.254.169.254 among them), any-local or multicast address is refused, so a subscription cannot make Minga call
 * the services of its own network. Checked when a subscription is made and again before every call (a name can be
 * pointed elsewhere later).
 */
record WebhookTargets(boolean allowPrivate) {

    /** The Spanish problem with the target, if any. */
    Optional<String> problem(URI url) {
        if (allowPrivate || url == null || url.getHost() == null) {
            return Optional.empty();
        }
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("No se encuentra el servidor «" + host + "» de la URL.");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of("La URL apunta a una dirección no pública (" + a.getHostAddress()
                        + ": local, privada o de enlace local); los webhooks solo se envían a direcciones públicas.");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 16) {
            // fc00::/7, unique local addresses (Java's isSiteLocalAddress knows only the deprecated fec0::/10)
            return (b[0] & 0xfe) != 0xfc;
        }
        // 100.64.0.0/10, carrier-grade NAT shared space
        return !((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64);
    }
}
