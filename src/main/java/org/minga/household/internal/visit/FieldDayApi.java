package org.minga.household.internal.visit;

import java.util.List;
import java.util.UUID;

import org.minga.household.internal.visit.FieldChanges.Conflict;
import org.minga.household.internal.visit.FieldChanges.SyncAnswer;
import org.minga.household.internal.visit.FieldChanges.SyncRequest;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A field worker's offline day as JSON: prepare it, synchronise it, resolve its conflicts; devices for supervisors. */
@Requires(Capability.RECORD_PERSONAL_DATA)
@RestController
record FieldDayApi(FieldSync sync) {

    /** Never kept by a cache on the way: the day is personal data, the browser keeps it encrypted. */
    @GetMapping("/api/v1/field-day")
    ResponseEntity<FieldDay> prepare(@RequestParam String deviceId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(sync.prepare(deviceId, CurrentUsers.require()));
    }

    @PostMapping("/api/v1/field-day/sync")
    SyncAnswer synchronise(@RequestBody SyncRequest request) {
        return sync.sync(request, CurrentUsers.require());
    }

    @GetMapping("/api/v1/field-day/conflicts")
    List<Conflict> conflicts() {
        return sync.conflicts(CurrentUsers.require());
    }

    @PostMapping("/api/v1/field-day/conflicts/{id}/discard")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        sync.discard(id, CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/field-day/devices")
    List<FieldDayReadModel.Device> devices() {
        return sync.devices(CurrentUsers.require());
    }
}
