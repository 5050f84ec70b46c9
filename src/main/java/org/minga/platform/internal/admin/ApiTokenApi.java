package org.minga.platform.internal.admin;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Requires;
import org.minga.platform.internal.security.ApiTokens;
import org.minga.platform.internal.security.ApiTokens.TokenView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens as JSON. Managing tokens takes a session or a password: a token cannot create or
 * revoke tokens, so a leaked one cannot outlive its expiry by minting another.
 */
@Requires(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/tokens")
record ApiTokenApi(ApiTokens tokens) {

    record NewToken(String name, Integer days) {
    }

    /** The answer to a creation: the only time the token's text is shown. */
    record CreatedToken(TokenView token, String secret) {
    }

    @GetMapping
    List<TokenView> list() {
        CurrentUser me = CurrentUsers.require();
        return tokens.ofUser(me.id(), me);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@RequestBody NewToken body) {
        CurrentUser me = notThroughAToken();
        ApiTokens.Created created = tokens.create(me.id(), body.name(), body.days(), me);
        return new CreatedToken(created.token(), created.text());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        CurrentUser me = notThroughAToken();
        tokens.revoke(me.id(), id, me);
    }

    private static CurrentUser notThroughAToken() {
        if (CurrentUsers.viaToken().isPresent()) {
            throw new ForbiddenException("Un token de API no crea ni revoca tokens: use su sesión o su contraseña.");
        }
        return CurrentUsers.require();
    }
}
