package org.cairn.store.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.cairn.store.AuditEvent;
import org.cairn.store.StoreException;

/**
 * Backups of the embedded database: H2's online {@code BACKUP TO} (a consistent, compressed copy taken while the
 * database is open), encrypted with a key derived from a passphrase, and restored only after the copy has been
 * opened and every record version's hash checked.
 * <p>
 * File format ({@code .cairnbackup}): the magic {@code CAIRNBK1}, the PBKDF2-HMAC-SHA256 salt (16 bytes) and
 * iteration count (int), a random 8-byte nonce prefix, then the zip in chunks of at most 1 MiB, each
 * {@code length (int) + AES-256-GCM ciphertext}; a chunk's IV is the nonce prefix and its index, and its
 * additional data says whether it is the last, so chunks cannot be dropped, reordered or cut off unnoticed.
 */
public final class Backups {

	static final byte[] MAGIC = "CAIRNBK1".getBytes(StandardCharsets.US_ASCII);
	static final int ITERATIONS = 600_000;
	private static final int CHUNK = 1 << 20;
	private static final int TAG_BITS = 128;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private Backups() {
	}

	/** What a backup or restore did. */
	public record Result(Path file, long records, long versions) {
	}

	/** How many records and record versions a database holds. */
	record Counts(long records, long versions) {

		static Counts of(Statement statement) throws SQLException {
			return new Counts(count(statement, "SELECT COUNT(*) FROM cairn_record"), count(statement, "SELECT COUNT(*) FROM cairn_version"));
		}

		private static long count(Statement statement, String sql) throws SQLException {
			try (ResultSet rows = statement.executeQuery(sql)) {
				return rows.next() ? rows.getLong(1) : 0;
			}
		}
	}

	/**
	 * Writes an encrypted backup of the open embedded {@code database} to {@code target}, through a temporary file
	 * beside it, so that a failed backup never leaves a partial file under the target's name.
	 */
	public static Result backUp(Database database, Path target, char[] passphrase, Path workFolder) {
		return backUp(database, target, passphrase, workFolder, "system:" + System.getProperty("user.name", "unknown"));
	}

	/**
	 * {@link #backUp(Database, Path, char[], Path)}, audited as {@code by}'s: the {@code BACKUP} event is written first,
	 * so that the backup holds it (and a restore of it shows when it was taken).
	 */
	public static Result backUp(Database database, Path target, char[] passphrase, Path workFolder, String by) {
		if (database.dialect() != Dialect.H2) {
			throw new StoreException("Backups here are of the embedded database; back a PostgreSQL server up with its own tools"
					+ " (pg_dump, or the server's continuous archiving): see docs/DEPLOYMENT.md");
		}
		checkPassphrase(passphrase);
		Path zip = null;
		Path partial = null;
		try {
			Files.createDirectories(workFolder);
			zip = Files.createTempFile(workFolder, "backup-", ".zip");
			Files.delete(zip);
			Counts counts;
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				AuditLog.append(connection, AuditEvent.of(by, AuditEvent.Action.BACKUP, null, null).with(AuditEvent.Outcome.SUCCESS,
						"backup to " + target.getFileName()), java.time.Clock.systemUTC());
				connection.commit();
				counts = Counts.of(statement);
				statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
				connection.commit();
			}
			if (database.folder() != null && KeySlots.exist(database.folder())) {
				// An encrypted database's file needs its key: the key slots go into the backup with it.
				addToZip(zip, database.folder().resolve(KeySlots.FILE));
			}
			Path folder = target.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			partial = Files.createTempFile(folder, ".cairn-backup-", ".partial");
			try (InputStream in = Files.newInputStream(zip); OutputStream out = Files.newOutputStream(partial)) {
				encrypt(in, out, passphrase);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Result(target, counts.records(), counts.versions());
		} catch (IOException | SQLException | GeneralSecurityException e) {
			throw new StoreException("The backup to " + target + " failed: " + e.getMessage() + "; no backup was written", e);
		} finally {
			deleteQuietly(zip);
			deleteQuietly(partial);
		}
	}

	/**
	 * Restores {@code backup} as the embedded database in {@code databaseFolder}: decrypts it, unpacks it beside
	 * the folder, opens it and checks every record version's hash; only then moves the current database aside
	 * (into {@code <folder>.before-restore-<time>}) and puts the restored one in its place. On any failure the
	 * current database is untouched.
	 */
	public static Result restore(Path backup, Path databaseFolder, char[] passphrase) {
		return restore(backup, databaseFolder, passphrase, "system:" + System.getProperty("user.name", "unknown"));
	}

	/**
	 * {@link #restore(Path, Path, char[])}, audited as {@code by}'s: the restored log gets a {@code RESTORE} event that
	 * names the backup and the range of events the restore took back (those the log before it had after the backup's
	 * newest), so that the events lost are never silently gone.
	 */
	public static Result restore(Path backup, Path databaseFolder, char[] passphrase, String by) {
		if (!Files.isRegularFile(backup)) {
			throw new StoreException(backup + ": no such backup file");
		}
		checkPassphrase(passphrase);
		Path parent = databaseFolder.toAbsolutePath().getParent();
		Path staging = parent.resolve(databaseFolder.getFileName() + ".restoring");
		Path zip = parent.resolve(databaseFolder.getFileName() + ".restoring.zip");
		try {
			Files.createDirectories(parent);
			deleteTree(staging);
			try (InputStream in = Files.newInputStream(backup); OutputStream out = Files.newOutputStream(zip)) {
				decrypt(in, out, passphrase, backup);
			}
			Files.createDirectories(staging);
			try {
				org.h2.tools.Restore.execute(zip.toString(), staging.toString(), Database.EMBEDDED_NAME);
			} catch (RuntimeException e) {
				throw new StoreException(backup + " holds no Cairn database: " + e.getMessage(), e);
			}
			if (!Database.embeddedExists(staging)) {
				throw new StoreException(backup + " holds no Cairn database (no " + Database.EMBEDDED_NAME + ".mv.db in it)");
			}
			extractFromZip(zip, KeySlots.FILE, staging.resolve(KeySlots.FILE));
			Counts counts;
			try (Database restored = Database.embedded(staging, restoredKey(staging, databaseFolder))) {
				JdbcRecordStore store = new JdbcRecordStore(restored);
				List<String> bad = store.verifyHashes();
				if (!bad.isEmpty()) {
					throw new StoreException(backup + " is damaged: " + bad.size() + " record version(s) do not match their hash, e.g. "
							+ bad.subList(0, Math.min(5, bad.size())) + "; nothing was restored");
				}
				try (Connection connection = restored.connect(); Statement statement = connection.createStatement()) {
					counts = Counts.of(statement);
					AuditCheckpoints.Checkpoint backedUp = AuditCheckpoints.now(connection);
					AuditLog.append(connection, AuditEvent.of(by, AuditEvent.Action.RESTORE, null, null).with(AuditEvent.Outcome.SUCCESS,
							"restored from " + backup.getFileName() + "; " + takenBack(databaseFolder, restoredKey(staging, databaseFolder),
									backedUp == null ? 0 : backedUp.seq())), java.time.Clock.systemUTC());
					connection.commit();
				}
			}
			ensureClosed(databaseFolder);
			if (Files.exists(databaseFolder)) {
				Path aside = parent.resolve(databaseFolder.getFileName() + ".before-restore-" + STAMP.format(Instant.now()));
				Files.move(databaseFolder, aside);
			}
			Files.move(staging, databaseFolder);
			return new Result(databaseFolder, counts.records(), counts.versions());
		} catch (IOException | SQLException e) {
			throw new StoreException("Restoring " + backup + " failed: " + e.getMessage() + "; the current database is untouched", e);
		} finally {
			deleteQuietly(zip);
			try {
				deleteTree(staging);
			} catch (IOException e) {
				// left for the next restore, which clears it first
			}
		}
	}

	/**
	 * What a restore takes back of the audit log of the database in {@code folder} (the one being replaced), whose
	 * events after {@code backedUp} (the backup's newest) are not in the restored log.
	 */
	private static String takenBack(Path folder, char[] key, long backedUp) {
		if (!Database.embeddedExists(folder)) {
			return "there was no database before it";
		}
		long newest;
		try (Database current = Database.embedded(folder, key); Connection connection = current.connect()) {
			AuditCheckpoints.Checkpoint head = AuditCheckpoints.now(connection);
			connection.rollback();
			newest = head == null ? 0 : head.seq();
		} catch (SQLException | RuntimeException e) {
			return "the log of the database before it could not be read, so the events it took back are not known";
		}
		if (newest <= backedUp) {
			return "the log before it ended at event " + newest + ": no event was taken back";
		}
		return (newest == backedUp + 1 ? "event " + newest + " of the log before it is" : "events " + (backedUp + 1) + " to " + newest + " of the log before it are")
				+ " not in this one";
	}

	/**
	 * The key of a restored encrypted database: the current database's when it is open in this process and opens the
	 * restored one too (the usual case: the same database, backed up earlier), else from the command line's
	 * credentials against the backup's own key slots. Null for a database that is not encrypted.
	 */
	private static char[] restoredKey(Path staging, Path databaseFolder) {
		if (!KeySlots.exist(staging)) {
			return null;
		}
		char[] current = OpenedKeys.opened(databaseFolder);
		if (current != null) {
			try (Database trial = Database.embedded(staging, current); Connection connection = trial.connect()) {
				connection.rollback();
				return current;
			} catch (SQLException | StoreException e) {
				// another key: the backup's slots decide
			}
		}
		return OpenedKeys.keyFor(staging);
	}

	/** Adds {@code file} to the zip archive {@code zip} under its own name. */
	private static void addToZip(Path zip, Path file) throws IOException {
		Path rewritten = zip.resolveSibling(zip.getFileName() + ".new");
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(rewritten))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			out.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
			Files.copy(file, out);
			out.closeEntry();
		}
		Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Writes the entry {@code name} of the zip archive to {@code target}, when the archive has it. */
	private static void extractFromZip(Path zip, String name, Path target) throws IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
					return;
				}
			}
		}
	}

	/** Refuses to replace a database another Cairn has open. */
	private static void ensureClosed(Path databaseFolder) {
		if (!Database.embeddedExists(databaseFolder)) {
			return;
		}
		char[] key = OpenedKeys.opened(databaseFolder);
		// An encrypted database not opened here is tried with a key that cannot open it: another Cairn's lock on the
		// file is reported before the key is.
		boolean probing = KeySlots.exist(databaseFolder) && key == null;
		try (Database current = Database.embedded(databaseFolder, probing ? "0".repeat(64).toCharArray() : key);
				Connection connection = current.connect()) {
			connection.rollback();
		} catch (SQLException | StoreException e) {
			if (probing && !String.valueOf(e.getMessage()).contains("already open")) {
				return;
			}
			throw new StoreException("The database in " + databaseFolder + " is open in a running Cairn; close it before restoring. "
					+ "Nothing was changed. (" + e.getMessage() + ")", e);
		}
	}

	private static void checkPassphrase(char[] passphrase) {
		if (passphrase == null || passphrase.length < 12) {
			throw new StoreException("The backup passphrase must have at least 12 characters");
		}
	}

	// ---------------------------------------------------------------------------------------------------------------

	static void encrypt(InputStream in, OutputStream rawOut, char[] passphrase) throws IOException, GeneralSecurityException {
		SecureRandom random = new SecureRandom();
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		byte[] nonce = new byte[8];
		random.nextBytes(nonce);
		SecretKeySpec key = key(passphrase, salt, ITERATIONS);
		DataOutputStream out = new DataOutputStream(rawOut);
		out.write(MAGIC);
		out.write(salt);
		out.writeInt(ITERATIONS);
		out.write(nonce);
		byte[] buffer = new byte[CHUNK];
		int length = in.readNBytes(buffer, 0, CHUNK);
		long index = 0;
		while (true) {
			byte[] next = new byte[CHUNK];
			int nextLength = length == CHUNK ? in.readNBytes(next, 0, CHUNK) : 0;
			boolean last = nextLength == 0;
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv(nonce, index)));
			cipher.updateAAD(new byte[] { (byte) (last ? 1 : 0) });
			byte[] sealed = cipher.doFinal(buffer, 0, length);
			out.writeInt(sealed.length);
			out.write(sealed);
			if (last) {
				break;
			}
			buffer = next;
			length = nextLength;
			index++;
		}
		out.flush();
	}

	static void decrypt(InputStream rawIn, OutputStream out, char[] passphrase, Path source) throws IOException {
		DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(rawIn));
		try {
			byte[] magic = in.readNBytes(MAGIC.length);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new StoreException(source + " is not a Cairn backup (it does not start with " + new String(MAGIC, StandardCharsets.US_ASCII) + ")");
			}
			byte[] salt = in.readNBytes(16);
			int iterations = in.readInt();
			if (iterations < 100_000 || iterations > 10_000_000) {
				throw new StoreException(source + " is damaged: its key derivation count " + iterations + " is out of range");
			}
			byte[] nonce = in.readNBytes(8);
			SecretKeySpec key = key(passphrase, salt, iterations);
			for (long index = 0;; index++) {
				int length = in.readInt();
				if (length < TAG_BITS / 8 || length > CHUNK + TAG_BITS / 8) {
					throw new StoreException(source + " is damaged: chunk " + index + " has an impossible length");
				}
				byte[] sealed = in.readNBytes(length);
				if (sealed.length != length) {
					throw new StoreException(source + " is cut short in chunk " + index);
				}
				boolean last = peekEnd(in);
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv(nonce, index)));
				cipher.updateAAD(new byte[] { (byte) (last ? 1 : 0) });
				try {
					out.write(cipher.doFinal(sealed));
				} catch (AEADBadTagException e) {
					throw new StoreException(index == 0 ? "The passphrase does not open " + source + " (or the file was changed)"
							: source + " was changed or cut short at chunk " + index + "; nothing was restored");
				}
				if (last) {
					return;
				}
			}
		} catch (EOFException e) {
			throw new StoreException(source + " is cut short; nothing was restored", e);
		} catch (GeneralSecurityException e) {
			throw new StoreException("Cannot decrypt " + source + ": " + e.getMessage(), e);
		}
	}

	/** Whether the stream has ended, without consuming anything (the stream is buffered, so it can mark). */
	private static boolean peekEnd(DataInputStream in) throws IOException {
		in.mark(1);
		int next = in.read();
		in.reset();
		return next < 0;
	}

	private static byte[] iv(byte[] nonce, long index) {
		return ByteBuffer.allocate(12).put(nonce, 0, 8).putInt((int) index).array();
	}

	private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
		PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
		try {
			return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(), "AES");
		} finally {
			spec.clearPassword();
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a temporary file left in the data folder's tmp
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
