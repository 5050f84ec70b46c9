package org.minga.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Login and home. */
@Controller
class PlatformPages {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
