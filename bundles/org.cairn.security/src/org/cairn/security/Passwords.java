package org.cairn.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 at 600,000 iterations (the current recommendation for that function),
 * a random 16-byte salt per password, stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), so that a
 * stronger setting later still verifies the old hashes. Comparison takes the same time whatever matches.
 */
public final class Passwords {

	public static final int ITERATIONS = 600_000;
	/** The shortest password Cairn accepts. */
	public static final int MINIMUM_LENGTH = 12;
	private static final String SCHEME = "pbkdf2-sha256";
	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/** The stored form of {@code password}. */
	public static String hash(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return SCHEME + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
				+ Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
	}

	/** Whether {@code password} matches {@code stored}; false for a stored form Cairn does not know. */
	public static boolean verify(char[] password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		if (parts.length != 4 || !parts[0].equals(SCHEME)) {
			return false;
		}
		try {
			int iterations = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			return MessageDigest.isEqual(expected, derive(password, salt, iterations));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Why {@code id} cannot be an account's login name, or null when it can. */
	public static String nameProblem(String id) {
		return id != null && id.matches("[a-z][a-z0-9._-]{1,63}") ? null
				: "An account's name is 2 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter (was '" + id + "')";
	}

	/**
	 * Why {@code password} cannot be used for account {@code id}, or null when it can: at least twelve characters,
	 * not the account's id, not one character repeated.
	 */
	public static String problem(String id, char[] password) {
		if (password.length < MINIMUM_LENGTH) {
			return "A password needs at least " + MINIMUM_LENGTH + " characters (this one has " + password.length + ")";
		}
		String text = new String(password);
		if (text.equalsIgnoreCase(id)) {
			return "A password cannot be the account's own name";
		}
		if (text.chars().distinct().count() == 1) {
			return "A password cannot be one character repeated";
		}
		return null;
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
			try {
				return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
			} finally {
				spec.clearPassword();
			}
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
		}
	}
}
