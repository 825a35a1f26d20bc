package org.cairn.store;

import java.util.Set;

/**
 * The key of the encrypted embedded database (encryption at rest). A new embedded database made by the first-run
 * setup is AES-encrypted with a random key, wrapped once per user with a key derived from their password (key slots)
 * and once with a recovery key; signing in opens it. A database on a PostgreSQL server, or an embedded one made before
 * the setup (by the command line or the demo), is {@link State#PLAIN}: nothing here applies to it.
 */
public interface DatabaseKeys {

	enum State {
		/** On a server, or an embedded database without key slots: opens as it is. */
		PLAIN,
		/** No embedded database yet: {@link #create} makes it encrypted. */
		NEW,
		/** Encrypted, and not opened in this process yet: {@link #unlock} first. */
		LOCKED,
		/** Encrypted and opened: the record store can be used. */
		OPEN
	}

	State state();

	/** Opens the database with {@code user}'s key slot; false when they have none or the password does not open it. */
	boolean unlock(String user, char[] password);

	/** Opens the database with the recovery key shown when it was made. */
	boolean unlockWithRecoveryKey(String recoveryKey);

	/**
	 * Makes the key of a new database, with {@code user}'s slot, and returns the recovery key, to be shown once.
	 *
	 * @throws StoreException when the state is not {@link State#NEW}
	 */
	String create(String user, char[] password);

	/** Gives {@code user} a slot for {@code password} (a new account, a new password); nothing for a plain database. */
	void putSlot(String user, char[] password);

	/** Takes {@code user}'s slot away (a disabled account); nothing for a plain database. */
	void removeSlot(String user);

	/** The users whose password opens the database (empty for a plain one). */
	Set<String> slotUsers();
}
