package org.cairn.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.cairn.store.StoreException;

/**
 * Checkpoints of the audit log kept outside the database, so that a log cut short or rolled back (events deleted from
 * its end and its head moved back, which the chain alone cannot show) is found: each checkpoint is the newest event's
 * number and hash at a time, in a folder an auditor keeps, signed with an Ed25519 key that lives in that folder and
 * nowhere in the database. {@link #check} compares the log with every checkpoint and names where it differs.
 */
public final class AuditCheckpoints {

	/** A checkpoint: the newest event's number and chain hash at {@code at}. */
	public record Checkpoint(long seq, String hash, Instant at) {

		/** As written and signed: "seq hash at". */
		String line() {
			return seq + " " + hash + " " + at;
		}

		/** "SEQ:HASH", as {@code --expect} takes it. */
		public static Checkpoint expected(String text) {
			String[] parts = text.strip().split(":", 2);
			if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
				throw new IllegalArgumentException("'" + text + "' is not SEQ:HASH (an event's number and its 64 hex digits)");
			}
			return new Checkpoint(Long.parseLong(parts[0]), parts[1], null);
		}
	}

	/** What a folder of checkpoints holds: those whose signature verifies, and the files that do not. */
	public record Read(List<Checkpoint> checkpoints, List<String> problems) {
	}

	static final String PRIVATE_KEY = "checkpoint-key";
	static final String PUBLIC_KEY = "checkpoint-key.pub";

	private AuditCheckpoints() {
	}

	/** The newest event's number and hash now; null for an empty log. */
	public static Checkpoint now(Connection connection) throws SQLException {
		try (PreparedStatement head = connection.prepareStatement("SELECT seq, hash FROM cairn_audit ORDER BY seq DESC")) {
			head.setMaxRows(1);
			try (ResultSet rows = head.executeQuery()) {
				return rows.next() ? new Checkpoint(rows.getLong(1), rows.getString(2).strip(), Instant.now()) : null;
			}
		}
	}

	/**
	 * Writes {@code checkpoint} into {@code folder}, signed with the folder's key (made on the first checkpoint, the
	 * private half readable by its owner only); returns the file.
	 */
	public static Path write(Path folder, Checkpoint checkpoint) {
		try {
			Files.createDirectories(folder);
			PrivateKey key = privateKey(folder);
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
			signer.update(checkpoint.line().getBytes(StandardCharsets.UTF_8));
			String signature = Base64.getEncoder().encodeToString(signer.sign());
			Path file = folder.resolve("checkpoint-" + String.format("%012d", checkpoint.seq()) + ".txt");
			Files.writeString(file, checkpoint.line() + "\n" + signature + "\n");
			return file;
		} catch (IOException | GeneralSecurityException e) {
			throw new StoreException("The audit checkpoint cannot be written to " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Every checkpoint in {@code folder} whose signature verifies with the folder's public key; the others are named. */
	public static Read read(Path folder) {
		List<Checkpoint> checkpoints = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Path publicFile = folder.resolve(PUBLIC_KEY);
		if (!Files.isRegularFile(publicFile)) {
			problems.add(folder + " holds no checkpoint key (" + PUBLIC_KEY + "): it is not a folder of audit checkpoints");
			return new Read(checkpoints, problems);
		}
		try (Stream<Path> files = Files.list(folder)) {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(Files.readString(publicFile).strip())));
			for (Path file : files.filter(f -> f.getFileName().toString().matches("checkpoint-\\d+\\.txt")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file);
				try {
					String[] fields = lines.get(0).split(" ");
					Checkpoint checkpoint = new Checkpoint(Long.parseLong(fields[0]), fields[1], Instant.parse(fields[2]));
					Signature verifier = Signature.getInstance("Ed25519");
					verifier.initVerify(key);
					verifier.update(checkpoint.line().getBytes(StandardCharsets.UTF_8));
					if (!lines.get(0).equals(checkpoint.line()) || !verifier.verify(Base64.getDecoder().decode(lines.get(1).strip()))) {
						problems.add("The checkpoint " + file.getFileName() + " is not signed by the folder's key: it was changed or made elsewhere");
					} else {
						checkpoints.add(checkpoint);
					}
				} catch (RuntimeException | GeneralSecurityException e) {
					problems.add("The checkpoint " + file.getFileName() + " cannot be read: " + e.getMessage());
				}
			}
		} catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			problems.add("The checkpoints in " + folder + " cannot be read: " + e.getMessage());
		}
		return new Read(checkpoints, problems);
	}

	/**
	 * Compares the log with {@code checkpoints}: each event a checkpoint saw must still be there with the hash it had.
	 * Names the log cut short (the event is gone) and the log rolled back or rewritten (another event with its number).
	 */
	public static List<String> check(Connection connection, List<Checkpoint> checkpoints) throws SQLException {
		List<String> problems = new ArrayList<>();
		long last = 0;
		try (PreparedStatement newest = connection.prepareStatement("SELECT MAX(seq) FROM cairn_audit"); ResultSet rows = newest.executeQuery()) {
			if (rows.next()) {
				last = rows.getLong(1);
			}
		}
		for (Checkpoint checkpoint : checkpoints) {
			String seen = checkpoint.at() == null ? "expected" : "seen by the checkpoint of " + checkpoint.at();
			try (PreparedStatement event = connection.prepareStatement("SELECT hash FROM cairn_audit WHERE seq = ?")) {
				event.setLong(1, checkpoint.seq());
				try (ResultSet rows = event.executeQuery()) {
					if (!rows.next()) {
						problems.add("The log was cut short: event " + checkpoint.seq() + ", " + seen + ", is not there (the log now ends at "
								+ last + ")");
					} else if (!rows.getString(1).strip().equals(checkpoint.hash())) {
						problems.add("Event " + checkpoint.seq() + " is not the one " + seen + ": the log was rolled back or rewritten from there");
					}
				}
			}
		}
		return problems;
	}

	private static PrivateKey privateKey(Path folder) throws IOException, GeneralSecurityException {
		Path privateFile = folder.resolve(PRIVATE_KEY);
		if (Files.isRegularFile(privateFile)) {
			return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(privateFile).strip())));
		}
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Files.writeString(privateFile, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
		try {
			Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): the folder's own permissions keep it
		}
		Files.writeString(folder.resolve(PUBLIC_KEY), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
		return pair.getPrivate();
	}
}
