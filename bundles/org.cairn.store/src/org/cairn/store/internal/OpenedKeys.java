package org.cairn.store.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cairn.store.StoreException;

/**
 * The keys of encrypted embedded databases opened in this process, held in memory only. The command line
 * ({@code cairn admin}) opens an encrypted database with an administrator's password ({@code CAIRN_ADMIN_USER} and
 * {@code CAIRN_ADMIN_PASSWORD_FILE}), the recovery key ({@code CAIRN_RECOVERY_KEY_FILE}), or by asking on the terminal.
 */
public final class OpenedKeys {

	/** The opened keys, by database folder: one process, usually one database. */
	private static final Map<Path, char[]> OPENED = new ConcurrentHashMap<>();

	/** Environment: an administrator's user name, for the command line on an encrypted database. */
	public static final String ADMIN_USER = "CAIRN_ADMIN_USER";
	/** Environment: a file whose first line is that administrator's password. */
	public static final String ADMIN_PASSWORD_FILE = "CAIRN_ADMIN_PASSWORD_FILE";
	/** Environment: a file whose first line is the database's recovery key. */
	public static final String RECOVERY_KEY_FILE = "CAIRN_RECOVERY_KEY_FILE";

	private OpenedKeys() {
	}

	/** Notes that {@code folder}'s database was opened with {@code key} (by a sign-in, or the setup that made it). */
	public static void put(Path folder, char[] key) {
		OPENED.put(key(folder), key);
	}

	/** The key of {@code folder}'s database when it was opened in this process, else null. */
	static char[] opened(Path folder) {
		return OPENED.get(key(folder));
	}

	private static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}

	/**
	 * The key that opens the embedded database in {@code folder}, or null when it is not encrypted. An unopened one is
	 * opened with the command line's credentials (see the class); without any, this says what to give.
	 *
	 * @throws StoreException when the database is encrypted and cannot be opened
	 */
	public static char[] keyFor(Path folder) {
		if (!KeySlots.exist(folder)) {
			return null;
		}
		char[] opened = OPENED.get(key(folder));
		if (opened != null) {
			return opened;
		}
		Optional<char[]> key = fromCredentials(folder, System.getenv());
		if (key.isEmpty()) {
			throw new StoreException("The embedded database in " + folder + " is encrypted; it opens when someone signs in. For the command line,"
					+ " set " + ADMIN_USER + " and " + ADMIN_PASSWORD_FILE + " (a file with that user's password), or " + RECOVERY_KEY_FILE
					+ " (a file with the recovery key), or run it in a terminal to be asked");
		}
		OPENED.put(key(folder), key.get());
		return key.get();
	}

	/** Opens {@code folder}'s key with the command line's credentials from {@code environment}, or asked on the console. */
	public static Optional<char[]> fromCredentials(Path folder, Map<String, String> environment) {
		String recoveryFile = environment.get(RECOVERY_KEY_FILE);
		if (recoveryFile != null && !recoveryFile.isBlank()) {
			return KeySlots.unlockWithRecoveryKey(folder, firstLine(Path.of(recoveryFile)));
		}
		String user = environment.get(ADMIN_USER);
		String passwordFile = environment.get(ADMIN_PASSWORD_FILE);
		if (user != null && !user.isBlank() && passwordFile != null && !passwordFile.isBlank()) {
			return KeySlots.unlock(folder, user, firstLine(Path.of(passwordFile)).toCharArray());
		}
		Console console = System.console();
		if (console != null && Boolean.getBoolean("cairn.admin")) {
			String asked = console.readLine("The database is encrypted. User name (or 'recovery' for the recovery key): ");
			if (asked == null || asked.isBlank()) {
				return Optional.empty();
			}
			char[] secret = console.readPassword(asked.strip().equals("recovery") ? "Recovery key: " : "Password: ");
			if (secret == null) {
				return Optional.empty();
			}
			return asked.strip().equals("recovery") ? KeySlots.unlockWithRecoveryKey(folder, new String(secret))
					: KeySlots.unlock(folder, asked.strip(), secret);
		}
		return Optional.empty();
	}

	private static String firstLine(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			if (lines.isEmpty() || lines.get(0).isEmpty()) {
				throw new StoreException(file + " is empty; its first line must hold the password or recovery key");
			}
			return lines.get(0);
		} catch (IOException e) {
			throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
		}
	}
}
