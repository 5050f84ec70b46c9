package org.minga.governance.internal;

import java.time.LocalDate;

import org.minga.governance.internal.InputPacks.InputPack;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The input pack of a higher instance as data: lower bodies, commitments, barriers, figures per body and totals. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record InputPackApi(InputPacks packs) {

    /** The period defaults to the three months up to today in the jurisdiction's zone. */
    @GetMapping("/api/v1/bodies/{id}/input-pack")
    InputPack inputPack(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return packs.of(id, from, to, CurrentUsers.require());
    }
}
