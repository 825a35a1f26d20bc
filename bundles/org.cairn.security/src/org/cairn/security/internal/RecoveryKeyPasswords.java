package org.cairn.security.internal;

/**
 * The way back in when every administrator's password is lost: the holder of an encrypted database's recovery key sets
 * a new password for an administrator through {@code cairn admin users password}. Not on the {@code Accounts} API:
 * only the command line calls it, after its sign-in has checked that the key opens this database
 * ({@link CommandLineSignIn}).
 */
interface RecoveryKeyPasswords {

	/**
	 * A new password for the administrator {@code id}, audited as the recovery key's holder's.
	 *
	 * @throws org.cairn.security.AccountException when {@code id} is not an administrator's account, or the password
	 *                                              is too weak
	 */
	void recoverAdministrator(String id, char[] password);
}
