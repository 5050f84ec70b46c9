package org.minga.governance.internal;

import java.time.LocalDate;

import org.minga.governance.internal.InputPacks.InputPack;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Labels;
import org.minga.platform.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The input pack of a higher instance (commitments, barriers and figures of its lower bodies in a period): the
 * page and its PDF; the same as data is {@link InputPackApi}.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record InputPackPages(InputPacks packs, Labels labels) {

    @GetMapping("/governance/bodies/{id:\\d+}/input-pack")
    String page(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("p", packs.of(id, from, to, CurrentUsers.require()));
        model.addAttribute("labels", labels);
        return "governance/input-pack";
    }

    @GetMapping("/governance/bodies/{id:\\d+}/input-pack.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        InputPack p = packs.of(id, from, to, CurrentUsers.require());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"insumo-" + p.body().code() + "-" + p.from() + "-" + p.to() + ".pdf\"")
                .body(packs.pdf(p));
    }
}
