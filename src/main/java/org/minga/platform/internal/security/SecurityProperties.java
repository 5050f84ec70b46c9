package org.minga.platform.internal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed-login limits ({@code minga.security.*}). {@code maxFailedLogins}: attempts of one account name from one
 * address before it is locked there; {@code maxFailedLoginsPerAddress}: failures of any names from one address;
 * {@code maxFailedLoginsPerAccount}: consecutive failures of one name from all addresses (NIST SP 800-63B: at most
 * 100); {@code lockMinutes}: the first lock, each next one of the same counter twice as long, up to a day;
 * {@code failureWindowMinutes}: quiet time after which an address's or a pair's count starts again.
 * {@code concurrentPasswordChecks}: password hashes run at once (default: half the processors, at least one);
 * {@code passwordCheckWaitSeconds}: how long a check may wait for its turn before the sign-in is refused as busy.
 */
@ConfigurationProperties("minga.security")
public record SecurityProperties(Integer maxFailedLogins, Integer lockMinutes, Integer maxFailedLoginsPerAddress,
        Integer maxFailedLoginsPerAccount, Integer failureWindowMinutes, Integer concurrentPasswordChecks,
        Integer passwordCheckWaitSeconds) {

    int effectiveMaxFailedLogins() {
        return maxFailedLogins == null || maxFailedLogins < 1 ? 5 : maxFailedLogins;
    }

    int effectiveLockMinutes() {
        return lockMinutes == null || lockMinutes < 1 ? 15 : lockMinutes;
    }

    int effectiveMaxFailedLoginsPerAddress() {
        return maxFailedLoginsPerAddress == null || maxFailedLoginsPerAddress < 1 ? 50 : maxFailedLoginsPerAddress;
    }

    int effectiveMaxFailedLoginsPerAccount() {
        return maxFailedLoginsPerAccount == null || maxFailedLoginsPerAccount < 1 ? 100 : maxFailedLoginsPerAccount;
    }

    int effectiveFailureWindowMinutes() {
        return failureWindowMinutes == null || failureWindowMinutes < 1 ? 60 : failureWindowMinutes;
    }

    int effectiveConcurrentPasswordChecks() {
        return concurrentPasswordChecks == null || concurrentPasswordChecks < 1
                ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2)
                : concurrentPasswordChecks;
    }

    java.time.Duration effectivePasswordCheckWait() {
        return java.time.Duration.ofSeconds(
                passwordCheckWaitSeconds == null || passwordCheckWaitSeconds < 1 ? 20 : passwordCheckWaitSeconds);
    }
}
