package org.minga.platform.internal.web;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Login and home. */
@Requires(Capability.SIGNED_IN)
@Controller
class PlatformPages {

    @Requires(Capability.PUBLIC)
    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
