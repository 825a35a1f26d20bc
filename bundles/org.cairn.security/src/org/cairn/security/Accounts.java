package org.cairn.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user accounts: who may log in, with which roles, and what those roles permit. Every change and every login
 * attempt is an audit event. {@code by} is the id of the person making a change.
 */
public interface Accounts {

	/** How many wrong passwords in a row lock an account. */
	int LOCK_AFTER = 5;

	/** The roles known to this database (those with permissions in {@code cairn_role_permission}). */
	Set<String> roles();

	List<Account> list();

	Optional<Account> find(String id);

	/**
	 * Creates an account.
	 *
	 * @throws AccountException when the id is taken or not a login name, a role is unknown, or the password is too
	 *                          weak; nothing is stored then
	 */
	Account create(String id, String displayName, Set<String> roles, char[] password, String by);

	void setRoles(String id, Set<String> roles, String by);

	void setDisabled(String id, boolean disabled, String by);

	/** Sets a new password and unlocks the account. */
	void changePassword(String id, char[] password, String by);

	/** Checks a login: locks the account after {@link #LOCK_AFTER} wrong passwords in a row for a quarter of an hour. */
	Authentication authenticate(String id, char[] password);

	/** What {@code account}'s roles permit. */
	Set<Permission> permissions(Account account);
}
