package org.cairn.store.tests;

import java.nio.file.Path;
import java.time.Instant;

import org.cairn.model.Patient;
import org.cairn.store.StoredRecord;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;

/**
 * Run in a separate JVM by {@link CrashTest}: saves records as fast as it can and prints one line per save the
 * store acknowledged ({@code acked <id> <version> <sha256>}), until it is killed.
 */
public final class CrashSaver {

	private CrashSaver() {
	}

	public static void main(String[] args) {
		JdbcRecordStore store = new JdbcRecordStore(Database.embedded(Path.of(args[0])));
		Patient patient = Records.patient("p-crash", "Avery", "Quill", "MRN-CRASH", null);
		int patientVersion = 0;
		for (int i = 1;; i++) {
			StoredRecord<?> saved = store.save(Records.note("n-" + i, "p-crash", Instant.now(), "Note " + i), 0, "u-saver", "crash test");
			System.out.println("acked n-" + i + " " + saved.version() + " " + saved.sha256());
			patient.setPreferredName("Name " + i);
			StoredRecord<?> renamed = store.save(patient, patientVersion, "u-saver", "crash test");
			patientVersion = renamed.version();
			System.out.println("acked p-crash " + renamed.version() + " " + renamed.sha256());
			System.out.flush();
		}
	}
}
