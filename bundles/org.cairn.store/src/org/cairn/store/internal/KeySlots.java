package org.cairn.store.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.cairn.store.StoreException;

/**
 * The key slots of an encrypted embedded database, as LUKS keeps them: the database's random key is wrapped once per
 * user with a key derived from that user's password (PBKDF2-HMAC-SHA256, 600,000 iterations, a salt per slot), and
 * once with a recovery key shown when the database is made. Wrapping is AES-256-GCM with the slot's name as
 * associated data, so a slot cannot be passed off as another user's. The slots live beside the database in
 * {@code cairn.keyslots}; without a password they reveal nothing, and no second password is needed: the login's
 * opens the records. Changes are written to a new file that replaces the old one in one step.
 */
public final class KeySlots {

	/** The file beside the database. */
	public static final String FILE = "cairn.keyslots";
	private static final String FORMAT = "1";
	private static final int ITERATIONS = 600_000;
	private static final String RECOVERY = "recovery";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new database key and the recovery key that also opens it (to show once). */
	public record Created(char[] databaseKey, String recoveryKey) {
	}

	private KeySlots() {
	}

	/** Whether {@code folder} (the embedded database's) holds key slots, that is, an encrypted database. */
	public static boolean exist(Path folder) {
		return Files.isRegularFile(folder.resolve(FILE));
	}

	/**
	 * Makes a new random database key with {@code user}'s slot and a recovery slot.
	 *
	 * @throws StoreException when the folder has key slots already (nothing is changed then)
	 */
	public static Created create(Path folder, String user, char[] password) {
		if (exist(folder)) {
			throw new StoreException("The database in " + folder + " has its key already; a new one would lock it for good");
		}
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		char[] databaseKey = HexFormat.of().formatHex(raw).toCharArray();
		Arrays.fill(raw, (byte) 0);
		byte[] recoveryBytes = new byte[20];
		RANDOM.nextBytes(recoveryBytes);
		String recoveryKey = groups(HexFormat.of().withUpperCase().formatHex(recoveryBytes));
		Properties slots = new Properties();
		slots.setProperty("format", FORMAT);
		slots.setProperty(slotName(user), wrap(databaseKey, password, slotName(user)));
		slots.setProperty(RECOVERY, wrap(databaseKey, normalise(recoveryKey).toCharArray(), RECOVERY));
		write(folder, slots);
		return new Created(databaseKey, recoveryKey);
	}

	/** Wrong passwords at the key slots, counted beside them while the database (and its accounts) is closed. */
	static final String ATTEMPTS = FILE + ".attempts";
	/** Wrong passwords in a row that lock a name at the key slots, as at the accounts. */
	public static final int LOCK_AFTER = 5;
	/** How long a name stays locked at the key slots. */
	public static final java.time.Duration LOCK_FOR = java.time.Duration.ofMinutes(15);
	/** Each wrong password in a row makes the next try of that name wait this long more, up to a second. */
	static final long PAUSE_MS = 200;
	private static final byte[] NO_SALT = new byte[16];

	/** The database key, if {@code user} has a slot and {@code password} opens it. */
	public static Optional<char[]> unlock(Path folder, String user, char[] password) {
		return unlock(folder, user, password, java.time.Clock.systemUTC());
	}

	/**
	 * The database key, if {@code user} has a slot, {@code password} opens it and the name is not locked. Every try
	 * costs the same key derivation, whether the name has a slot or not, so that names cannot be told by the time an
	 * answer takes. Wrong passwords are counted per name in {@link #ATTEMPTS} (the accounts are inside the closed
	 * database): each makes the next try wait a little longer, and {@link #LOCK_AFTER} in a row lock the name for
	 * {@link #LOCK_FOR}, during which even the right password opens nothing (nothing confirms it).
	 */
	public static Optional<char[]> unlock(Path folder, String user, char[] password, java.time.Clock clock) {
		String name = slotName(user);
		Properties attempts = readAttempts(folder);
		String[] counted = attempts.getProperty(name, "0:0").split(":");
		int failures = Integer.parseInt(counted[0]);
		long lockedUntil = Long.parseLong(counted[1]);
		long now = clock.millis();
		pause(failures);
		String slot = read(folder).getProperty(name);
		Optional<char[]> key = slot == null ? noSlot(password) : unwrap(slot, password, name);
		if (now < lockedUntil) {
			key.ifPresent(opened -> Arrays.fill(opened, '\0'));
			return Optional.empty();
		}
		if (key.isPresent()) {
			if (attempts.remove(name) != null) {
				writeAttempts(folder, attempts);
			}
		} else {
			failures++;
			boolean lock = failures >= LOCK_AFTER;
			attempts.setProperty(name, (lock ? 0 : failures) + ":" + (lock ? now + LOCK_FOR.toMillis() : 0));
			writeAttempts(folder, attempts);
		}
		return key;
	}

	/** The same derivation a slot costs, for a name without one; opens nothing. */
	private static Optional<char[]> noSlot(char[] password) {
		try {
			derive(password, NO_SALT);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
		}
		return Optional.empty();
	}

	private static void pause(int failures) {
		if (failures > 0) {
			try {
				Thread.sleep(Math.min(1000, PAUSE_MS * failures));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether {@code user} is locked at the key slots now. */
	public static boolean locked(Path folder, String user, java.time.Clock clock) {
		String[] counted = readAttempts(folder).getProperty(slotName(user), "0:0").split(":");
		return clock.millis() < Long.parseLong(counted[1]);
	}

	/** The database key, if {@code recoveryKey} is the one shown when the database was made. */
	public static Optional<char[]> unlockWithRecoveryKey(Path folder, String recoveryKey) {
		String slot = read(folder).getProperty(RECOVERY);
		return slot == null || recoveryKey == null ? Optional.empty() : unwrap(slot, normalise(recoveryKey).toCharArray(), RECOVERY);
	}

	/** Gives {@code user} a slot opened by {@code password}, replacing one they had (a new user, a new password). */
	public static void put(Path folder, char[] databaseKey, String user, char[] password) {
		Properties slots = read(folder);
		slots.setProperty(slotName(user), wrap(databaseKey, password, slotName(user)));
		write(folder, slots);
	}

	/** Removes {@code user}'s slot (a disabled account no longer opens the database); harmless when there is none. */
	public static void remove(Path folder, String user) {
		Properties slots = read(folder);
		if (slots.remove(slotName(user)) != null) {
			write(folder, slots);
		}
	}

	/** The users with a slot. */
	public static Set<String> users(Path folder) {
		Set<String> users = new TreeSet<>();
		for (String name : read(folder).stringPropertyNames()) {
			if (name.startsWith("slot.")) {
				users.add(name.substring("slot.".length()));
			}
		}
		return users;
	}

	private static String slotName(String user) {
		return "slot." + user.strip().toLowerCase();
	}

	/** The recovery key as typed: without spaces and dashes, upper case. */
	private static String normalise(String recoveryKey) {
		return recoveryKey.replaceAll("[\\s-]", "").toUpperCase();
	}

	private static String groups(String hex) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < hex.length(); i += 5) {
			if (i > 0) {
				grouped.append('-');
			}
			grouped.append(hex, i, Math.min(hex.length(), i + 5));
		}
		return grouped.toString();
	}

	// --- wrapping ----------------------------------------------------------------------------------------------

	private static String wrap(char[] databaseKey, char[] password, String slot) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		byte[] iv = new byte[12];
		RANDOM.nextBytes(iv);
		byte[] plain = new String(databaseKey).getBytes(StandardCharsets.US_ASCII);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, derive(password, salt), new GCMParameterSpec(128, iv));
			cipher.updateAAD(("cairn-keyslot:" + slot).getBytes(StandardCharsets.UTF_8));
			byte[] wrapped = cipher.doFinal(plain);
			Base64.Encoder base64 = Base64.getEncoder();
			return ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(iv) + ":" + base64.encodeToString(wrapped);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM and PBKDF2 are part of every Java runtime", e);
		} finally {
			Arrays.fill(plain, (byte) 0);
		}
	}

	private static Optional<char[]> unwrap(String slot, char[] password, String name) {
		String[] parts = slot.split(":");
		if (parts.length != 4) {
			throw new StoreException("The key slot " + name + " in " + FILE + " is damaged (not four fields)");
		}
		try {
			int iterations = Integer.parseInt(parts[0]);
			Base64.Decoder base64 = Base64.getDecoder();
			byte[] salt = base64.decode(parts[1]);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, derive(password, salt, iterations), new GCMParameterSpec(128, base64.decode(parts[2])));
			cipher.updateAAD(("cairn-keyslot:" + name).getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(base64.decode(parts[3]));
			char[] key = new String(plain, StandardCharsets.US_ASCII).toCharArray();
			Arrays.fill(plain, (byte) 0);
			return Optional.of(key);
		} catch (javax.crypto.AEADBadTagException wrongPassword) {
			return Optional.empty();
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new StoreException("The key slot " + name + " in " + FILE + " is damaged: " + e.getMessage(), e);
		}
	}

	private static SecretKeySpec derive(char[] password, byte[] salt) throws GeneralSecurityException {
		return derive(password, salt, ITERATIONS);
	}

	private static SecretKeySpec derive(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
		try {
			byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
			return new SecretKeySpec(key, "AES");
		} finally {
			spec.clearPassword();
		}
	}

	// --- the file ------------------------------------------------------------------------------------------------

	private static Properties read(Path folder) {
		Properties slots = new Properties();
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return slots;
		}
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			slots.load(in);
		} catch (IOException e) {
			throw new StoreException("The key slots " + file + " cannot be read: " + e.getMessage(), e);
		}
		if (!FORMAT.equals(slots.getProperty("format"))) {
			throw new StoreException("The key slots " + file + " are in a format this Cairn does not know (" + slots.getProperty("format") + ")");
		}
		return slots;
	}

	private static Properties readAttempts(Path folder) {
		Properties attempts = new Properties();
		Path file = folder.resolve(ATTEMPTS);
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				attempts.load(in);
			} catch (IOException | IllegalArgumentException e) {
				throw new StoreException("The sign-in attempts " + file + " cannot be read: " + e.getMessage(), e);
			}
		}
		return attempts;
	}

	private static void writeAttempts(Path folder, Properties attempts) {
		if (attempts.size() > 500) {
			// names typed once and never again (a password typed into the name field) do not pile up; locks stay
			attempts.entrySet().removeIf(entry -> String.valueOf(entry.getValue()).endsWith(":0"));
		}
		try {
			Files.createDirectories(folder);
			Path next = Files.createTempFile(folder, ATTEMPTS, ".new");
			try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
				attempts.store(out, "Wrong passwords at the key slots, per name: failures in a row and the end of a lock (ms)");
			}
			Files.move(next, folder.resolve(ATTEMPTS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new StoreException("The sign-in attempts in " + folder + " cannot be written: " + e.getMessage(), e);
		}
	}

	private static void write(Path folder, Properties slots) {
		try {
			Files.createDirectories(folder);
			Path next = Files.createTempFile(folder, FILE, ".new");
			try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
				slots.store(out, "Cairn key slots: the database key, wrapped once per user. Without a password they reveal nothing.");
			}
			Files.move(next, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new StoreException("The key slots in " + folder + " cannot be written: " + e.getMessage(), e);
		}
	}
}
