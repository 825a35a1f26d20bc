package org.cairn.admin;

/**
 * Who may run a command with the arguments given, as the command declares it ({@link AdminCommand#requires}). The
 * command line signs the person in and checks the permission before the command runs, so a command never sees a
 * caller its requirement does not admit.
 *
 * @param kind       whether anyone, only an account, or an account or the recovery key may run it
 * @param permission the name of the permission the account must hold (a constant of
 *                   {@code org.cairn.security.Permission}), or null when any account that signs in will do
 */
public record Requirement(Kind kind, String permission) {

	public enum Kind {
		/** Nobody signs in: the command touches no records, accounts, settings, plugins or audit events. */
		NONE,
		/** Someone signs in with an account that holds the permission. */
		ACCOUNT,
		/**
		 * Someone signs in with an account that holds the permission, or the database's recovery key is given
		 * instead (an encrypted database only: taking a backup, restoring one, a new password for an administrator).
		 */
		ACCOUNT_OR_RECOVERY_KEY
	}

	private static final Requirement NOBODY = new Requirement(Kind.NONE, null);

	public Requirement {
		if (kind == null) {
			throw new IllegalArgumentException("a requirement needs its kind");
		}
		if (kind == Kind.NONE && permission != null) {
			throw new IllegalArgumentException("a command anyone may run needs no permission");
		}
	}

	/** Anyone may run it. */
	public static Requirement none() {
		return NOBODY;
	}

	/** An account that holds {@code permission} (null: any account). */
	public static Requirement account(String permission) {
		return new Requirement(Kind.ACCOUNT, permission);
	}

	/** An account that holds {@code permission}, or the recovery key of the encrypted database. */
	public static Requirement accountOrRecoveryKey(String permission) {
		return new Requirement(Kind.ACCOUNT_OR_RECOVERY_KEY, permission);
	}

	public boolean needsSignIn() {
		return kind != Kind.NONE;
	}
}
