package org.minga.territory.internal.diagnosis;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NotFoundException;
import org.minga.platform.Requires;
import org.minga.territory.DiagnosisView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A territory's shared diagnosis as JSON: its latest version, every version, and a new version. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/territories/{territoryId}/diagnosis")
record DiagnosisApi(DiagnosisService service) {

    @GetMapping
    DiagnosisView latest(@PathVariable long territoryId) {
        return service.latest(territoryId, CurrentUsers.require()).orElseThrow(
                () -> new NotFoundException("El territorio " + territoryId + " aún no tiene diagnóstico."));
    }

    @GetMapping("/versions")
    List<DiagnosisView> versions(@PathVariable long territoryId) {
        return service.versions(territoryId, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DiagnosisView write(@PathVariable long territoryId, @RequestBody DiagnosisForm form) {
        return service.write(territoryId, form.content(), CurrentUsers.require());
    }
}
