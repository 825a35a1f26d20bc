package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.cairn.store.StoreException;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.KeySlots;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest of the embedded database: its random key, wrapped once per user (key slots) and once with a
 * recovery key, opens the database for each valid user and for no one else; a copied file reveals no patient.
 */
class KeySlotsTest {

	private static final char[] ADMIN = "the administrator's passphrase".toCharArray();
	private static final char[] ANA = "ana's own long passphrase".toCharArray();

	@TempDir
	Path folder;

	private static void storePatient(Database database) {
		new Migrations().migrate(database);
		JdbcRecordStore store = new JdbcRecordStore(database);
		store.save(Records.patient("p-1", "Marisol", "Quintanilla", "MRN-4471", LocalDate.of(1984, 2, 9)), 0, "admin", "intake");
	}

	private static boolean fileHolds(Path databaseFolder, String text) throws Exception {
		byte[] bytes = Files.readAllBytes(databaseFolder.resolve(Database.EMBEDDED_NAME + ".mv.db"));
		String raw = new String(bytes, StandardCharsets.ISO_8859_1);
		return raw.contains(text) || raw.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
	}

	@Test
	void theRawFileOfAnEncryptedDatabaseHoldsNoPatientWhereAPlainOneDoes() throws Exception {
		Path plain = folder.resolve("plain");
		try (Database database = Database.embedded(plain)) {
			storePatient(database);
		}
		assertTrue(fileHolds(plain, "Quintanilla"), "the check finds the name in a database that is not encrypted");

		Path encrypted = folder.resolve("encrypted");
		KeySlots.Created created = KeySlots.create(encrypted, "admin", ADMIN);
		try (Database database = Database.embedded(encrypted, created.databaseKey())) {
			storePatient(database);
		}
		assertFalse(fileHolds(encrypted, "Quintanilla"), "a copied disk reveals no patient name");
		assertFalse(fileHolds(encrypted, "MRN-4471"));
		assertFalse(Files.readString(encrypted.resolve(KeySlots.FILE)).contains(new String(created.databaseKey())), "the key is never kept in the clear");

		try (Database reopened = Database.embedded(encrypted, KeySlots.unlock(encrypted, "admin", ADMIN).orElseThrow())) {
			assertEquals("Quintanilla", ((org.cairn.model.Patient) new JdbcRecordStore(reopened).read("p-1").orElseThrow().record()).getFamilyName());
		}
		assertThrows(StoreException.class, () -> {
			try (Database wrong = Database.embedded(encrypted, "0".repeat(64).toCharArray())) {
				wrong.connect().close();
			}
		}, "a wrong key does not open it");
		assertThrows(StoreException.class, () -> {
			try (Database none = Database.embedded(encrypted)) {
				none.connect().close();
			}
		}, "nor does no key");
	}

	@Test
	void eachValidUserOpensTheDatabaseAndNoOneElse() {
		KeySlots.Created created = KeySlots.create(folder, "admin", ADMIN);
		char[] key = created.databaseKey();
		assertArrayEquals(key, KeySlots.unlock(folder, "admin", ADMIN).orElseThrow());
		assertTrue(KeySlots.unlock(folder, "admin", "not the passphrase".toCharArray()).isEmpty(), "a wrong password opens nothing");
		assertTrue(KeySlots.unlock(folder, "ana", ANA).isEmpty(), "a user without a slot opens nothing");

		KeySlots.put(folder, key, "ana", ANA);
		assertArrayEquals(key, KeySlots.unlock(folder, "Ana ", ANA).orElseThrow(), "a new user's slot opens the same key");
		assertEquals(Set.of("admin", "ana"), KeySlots.users(folder));

		char[] changed = "ana's changed passphrase".toCharArray();
		KeySlots.put(folder, key, "ana", changed);
		assertTrue(KeySlots.unlock(folder, "ana", ANA).isEmpty(), "after a password change the old one opens nothing");
		assertArrayEquals(key, KeySlots.unlock(folder, "ana", changed).orElseThrow());

		KeySlots.remove(folder, "ana");
		assertTrue(KeySlots.unlock(folder, "ana", changed).isEmpty(), "a removed user opens nothing");
		assertEquals(Set.of("admin"), KeySlots.users(folder));

		assertArrayEquals(key, KeySlots.unlockWithRecoveryKey(folder, created.recoveryKey().toLowerCase().replace("-", " ")).orElseThrow(),
				"the recovery key opens it, however it is typed");
		assertTrue(KeySlots.unlockWithRecoveryKey(folder, "ABCDE-12345").isEmpty());
		assertTrue(created.recoveryKey().matches("[0-9A-F]{5}(-[0-9A-F]{5}){7}"), created.recoveryKey());
		assertThrows(StoreException.class, () -> KeySlots.create(folder, "admin", ADMIN), "a database's key is made once");
	}

	@Test
	void aSlotCannotBePassedOffAsAnotherUsers() throws Exception {
		KeySlots.Created created = KeySlots.create(folder, "admin", ADMIN);
		KeySlots.put(folder, created.databaseKey(), "ana", ANA);
		Path file = folder.resolve(KeySlots.FILE);
		// Copy ana's slot over the administrator's: with ana's password it must still open nothing as 'admin'.
		java.util.Properties slots = new java.util.Properties();
		try (var in = Files.newBufferedReader(file)) {
			slots.load(in);
		}
		slots.setProperty("slot.admin", slots.getProperty("slot.ana"));
		try (var out = Files.newBufferedWriter(file)) {
			slots.store(out, null);
		}
		assertTrue(KeySlots.unlock(folder, "admin", ANA).isEmpty());
	}

	@Test
	void aBackupOfAnEncryptedDatabaseCarriesItsKeySlotsAndRestoresWhereTheDataWasLost() throws Exception {
		Path database = folder.resolve("data/database");
		KeySlots.Created created = KeySlots.create(database, "admin", ADMIN);
		org.cairn.store.internal.OpenedKeys.put(database, created.databaseKey());
		Path backup = folder.resolve("backups/cairn.backup");
		char[] passphrase = "a backup passphrase of length".toCharArray();
		try (Database open = Database.embedded(database, created.databaseKey())) {
			storePatient(open);
			org.cairn.store.internal.Backups.backUp(open, backup, passphrase, folder.resolve("tmp"));
		}
		// The data folder is lost, key slots and all.
		org.cairn.store.internal.Backups.restore(backup, database, passphrase);
		assertTrue(KeySlots.exist(database), "the key slots came back with the database");
		char[] key = KeySlots.unlock(database, "admin", ADMIN).orElseThrow();
		try (Database restored = Database.embedded(database, key)) {
			JdbcRecordStore store = new JdbcRecordStore(restored);
			assertEquals("Quintanilla", ((org.cairn.model.Patient) store.read("p-1").orElseThrow().record()).getFamilyName());
			assertTrue(store.verifyHashes().isEmpty(), "every version's hash verifies");
		}
		assertFalse(fileHolds(database, "Quintanilla"), "and it is still encrypted");
	}

	@Test
	void theCommandLineOpensAnEncryptedDatabaseWithAnAdministratorsPasswordOrTheRecoveryKey() throws Exception {
		KeySlots.Created created = KeySlots.create(folder, "admin", ADMIN);
		Path password = Files.writeString(folder.resolve("password.txt"), new String(ADMIN) + "\n");
		Path recovery = Files.writeString(folder.resolve("recovery.txt"), created.recoveryKey() + "\n");
		Path wrong = Files.writeString(folder.resolve("wrong.txt"), "not the passphrase\n");
		assertArrayEquals(created.databaseKey(), org.cairn.store.internal.OpenedKeys
				.fromCredentials(folder, java.util.Map.of("CAIRN_ADMIN_USER", "admin", "CAIRN_ADMIN_PASSWORD_FILE", password.toString())).orElseThrow());
		assertArrayEquals(created.databaseKey(),
				org.cairn.store.internal.OpenedKeys.fromCredentials(folder, java.util.Map.of("CAIRN_RECOVERY_KEY_FILE", recovery.toString())).orElseThrow());
		assertTrue(org.cairn.store.internal.OpenedKeys
				.fromCredentials(folder, java.util.Map.of("CAIRN_ADMIN_USER", "admin", "CAIRN_ADMIN_PASSWORD_FILE", wrong.toString())).isEmpty());
		assertTrue(org.cairn.store.internal.OpenedKeys.fromCredentials(folder, java.util.Map.of()).isEmpty(), "no credentials, no key");
	}

	/**
	 * While the encrypted database is closed its accounts cannot count wrong passwords, so the key slots do: each name's
	 * wrong passwords in a row, beside the slots; five lock it for a quarter of an hour, during which even the right
	 * password opens nothing (and so confirms nothing). A name without a slot is counted and locked the same way, so that
	 * the answers tell no names apart.
	 */
	@Test
	void wrongPasswordsAtTheKeySlotsAreCountedAndLockTheNameWhileTheDatabaseIsClosed() {
		KeySlots.create(folder, "admin", ADMIN);
		java.time.Clock start = java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T20:00:00Z"), java.time.ZoneOffset.UTC);
		char[] wrong = "not the passphrase".toCharArray();
		for (int i = 0; i < KeySlots.LOCK_AFTER; i++) {
			assertFalse(KeySlots.locked(folder, "admin", start), "not locked before the fifth: " + i);
			assertTrue(KeySlots.unlock(folder, "admin", wrong, start).isEmpty());
		}
		assertTrue(KeySlots.locked(folder, "admin", start));
		assertTrue(KeySlots.unlock(folder, "Admin", ADMIN, start).isEmpty(), "locked: the right password opens nothing and confirms nothing");
		java.time.Clock later = java.time.Clock.offset(start, KeySlots.LOCK_FOR.plusMinutes(1));
		assertFalse(KeySlots.locked(folder, "admin", later));
		assertTrue(KeySlots.unlock(folder, "admin", ADMIN, later).isPresent(), "after the lock the right password opens the database");
		assertTrue(KeySlots.unlock(folder, "admin", wrong, later).isEmpty());
		assertTrue(KeySlots.unlock(folder, "admin", ADMIN, later).isPresent(), "a right password starts the count again");

		for (int i = 0; i < KeySlots.LOCK_AFTER; i++) {
			assertTrue(KeySlots.unlock(folder, "nobody", wrong, start).isEmpty());
		}
		assertTrue(KeySlots.locked(folder, "nobody", start), "a name without a slot locks as one with a slot does");
		assertFalse(Files.exists(folder.resolve(KeySlots.FILE + ".attempts")) && readString(folder.resolve(KeySlots.FILE + ".attempts")).contains("passphrase"),
				"no password is kept with the count");
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
