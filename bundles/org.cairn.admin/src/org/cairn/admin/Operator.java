package org.cairn.admin;

import java.util.Set;

/**
 * Who runs a command: an account that signed in (its id goes on every audit event the command writes), or the holder
 * of the encrypted database's recovery key.
 *
 * @param userId      the account's login name, or {@link #RECOVERY_KEY} for the recovery key
 * @param displayName the person's name, as the workbench shows it
 * @param permissions the names of the permissions the account's roles grant; empty for the recovery key
 * @param signedIn    what the sign-in made, for the services that take the signed-in person (the account's
 *                    {@code org.cairn.security.Session}); null for the recovery key
 */
public record Operator(String userId, String displayName, Set<String> permissions, Object signedIn) {

	/** The user id audit events carry for what the recovery key's holder does. */
	public static final String RECOVERY_KEY = "recovery-key";

	public Operator {
		permissions = Set.copyOf(permissions);
	}

	/** An operator without a sign-in the services take (the recovery key, a facility's tests). */
	public Operator(String userId, String displayName, Set<String> permissions) {
		this(userId, displayName, permissions, null);
	}

	/** The sign-in as {@code type} (the security bundle's {@code Session}), when it is one. */
	public <T> java.util.Optional<T> signedIn(Class<T> type) {
		return type.isInstance(signedIn) ? java.util.Optional.of(type.cast(signedIn)) : java.util.Optional.empty();
	}

	/** The holder of the recovery key, who signed in with no account. */
	public static Operator recoveryKey() {
		return new Operator(RECOVERY_KEY, "the holder of the recovery key", Set.of());
	}

	public boolean isRecoveryKey() {
		return RECOVERY_KEY.equals(userId);
	}

	/** Whether the account holds the permission of that name. */
	public boolean may(String permission) {
		return permissions.contains(permission);
	}
}
