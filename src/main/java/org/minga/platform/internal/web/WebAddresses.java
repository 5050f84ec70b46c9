package org.minga.platform.internal.web;

import org.minga.platform.WebAddress;
import org.springframework.stereotype.Component;

/** For templates: {@code th:href="${@webAddresses.safe(actor.website)}"} links only http(s), mailto and tel. */
@Component("webAddresses")
public class WebAddresses {

    public String safe(String address) {
        return WebAddress.Check.safe(address);
    }
}
