package org.cairn.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user account. Its id is the login name and is stamped on every record version and audit event the user makes;
 * accounts are disabled, never deleted.
 *
 * @param id                the login name (lower-case letters, digits, '.', '-', '_')
 * @param displayName       the person's name as others see it
 * @param roles             the account's roles
 * @param disabled          whether it may log in
 * @param failedAttempts    wrong passwords since the last successful login
 * @param lockedUntil       until when it is locked after repeated wrong passwords, or null
 * @param passwordChangedAt when the password was last set
 */
public record Account(String id, String displayName, Set<String> roles, boolean disabled, int failedAttempts, Instant lockedUntil,
		Instant passwordChangedAt) {

	public Account {
		roles = Set.copyOf(roles);
	}

	/** Whether it is locked at {@code now}. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
