package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.BodyTypeReadModel.BodyTypeView;
import org.minga.governance.internal.BodyTypes.NewBodyType;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A jurisdiction's catalogue of body types as data: the list (with how many bodies each has) and adding one. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record BodyTypeApi(BodyTypes types, Access access) {

    @GetMapping("/api/v1/body-types")
    List<BodyTypeView> list(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return types.catalogue(access.jurisdiction(jurisdiction, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/body-types")
    @ResponseStatus(HttpStatus.CREATED)
    BodyTypeView create(@RequestBody NewBodyType body) {
        return types.add(body, CurrentUsers.requireWriter());
    }
}
