package org.cairn.store.tests;

import java.nio.file.Path;
import java.time.Instant;

import org.cairn.model.Patient;
import org.cairn.store.StoredRecord;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;

/**
 * Run in a separate JVM by {@link CrashTest}: saves records as fast as it can and prints one line per save the
 * store acknowledged ({@code acked <id> <version> <sha256>}), until it is killed. Each save of a note is followed
 * by a new version of the same patient, so that most of what is written soon becomes history and H2's background
 * writer has chunks to rewrite while saves are acknowledged.
 *
 * <p>Arguments: the database folder and a prefix that keeps this run's note ids apart from earlier runs'.
 */
public final class CrashSaver {

	private CrashSaver() {
	}

	public static void main(String[] args) {
		JdbcRecordStore store = new JdbcRecordStore(Database.embedded(Path.of(args[0])));
		String run = args[1];
		Patient patient = Records.patient("p-crash", "Avery", "Quill", "MRN-CRASH", null);
		int patientVersion = store.read("p-crash").map(StoredRecord::version).orElse(0);
		for (int i = 1;; i++) {
			String id = "n-" + run + "-" + i;
			StoredRecord<?> saved = store.save(Records.note(id, "p-crash", Instant.now(), "Note " + i + " of run " + run), 0,
					"u-saver", "crash test");
			System.out.println("acked " + id + " " + saved.version() + " " + saved.sha256());
			patient.setPreferredName("Name " + run + "-" + i);
			StoredRecord<?> renamed = store.save(patient, patientVersion, "u-saver", "crash test");
			patientVersion = renamed.version();
			System.out.println("acked p-crash " + renamed.version() + " " + renamed.sha256());
			System.out.flush();
		}
	}
}
