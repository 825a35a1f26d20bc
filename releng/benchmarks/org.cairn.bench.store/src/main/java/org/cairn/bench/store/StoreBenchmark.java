package org.cairn.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.cairn.demo.DemoFacility;
import org.cairn.model.CarePlan;
import org.cairn.model.Patient;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.SessionNote;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.cairn.store.internal.RecordCodec;

/**
 * Measures the record store against raw JDBC on the same database, in one run:
 * <ol>
 * <li>a durable save of a session note vs a raw insert and commit of the same bytes;</li>
 * <li>opening a heavy chart (five years: 1,800 doses, 400 notes, 150 assessments, 12 care-plan versions): the
 * patient, the timeline and the current care plan, vs raw selects of the same rows;</li>
 * <li>patient search among {@code --patients} patients (100,000 by default), vs a raw select on the MRN index.</li>
 * </ol>
 * Each measurement follows an unmeasured warm-up of the same work, so that both sides are compiled by the JIT.
 * Prints medians and ratios. Usage: {@code StoreBenchmark [--patients N] [--folder DIR]} (embedded H2), or with
 * {@code --postgres URL USER PASSWORD} on a PostgreSQL database (its public schema is emptied first).
 */
public final class StoreBenchmark {

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int patients = 100_000;
		Path folder = Path.of("target", "bench-store");
		String[] postgres = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--patients" -> patients = Integer.parseInt(args[++i]);
			case "--folder" -> folder = Path.of(args[++i]);
			case "--postgres" -> postgres = new String[] { args[++i], args[++i], args[++i] };
			default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		Database database;
		if (postgres != null) {
			database = Database.postgres(postgres[0], postgres[1], postgres[2]);
			try (Connection c = database.connect(); Statement s = c.createStatement()) {
				s.execute("DROP SCHEMA public CASCADE");
				s.execute("CREATE SCHEMA public");
				c.commit();
			}
		} else {
			deleteTree(folder);
			database = Database.embedded(folder);
		}
		new Migrations().migrate(database);
		JdbcRecordStore store = new JdbcRecordStore(database);
		try (Connection c = database.connect(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE bench_raw (id VARCHAR(64) PRIMARY KEY, content " + (postgres != null ? "BYTEA" : "BLOB") + " NOT NULL)");
			c.commit();
		}
		System.out.printf(Locale.ROOT, "Record store benchmark on %s, Java %s, %d cores%n%n", database, Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		List<String[]> table = new ArrayList<>();

		// 1. Durable save vs raw insert of the same bytes, interleaved.
		DemoFacility demo = new DemoFacility(42, LocalDate.of(2026, 11, 23));
		List<SessionNote> notes = new ArrayList<>();
		Patient saver = demo.patient(1);
		demo.heavyChart(saver, r -> {
			if (r instanceof SessionNote note && notes.size() < 400) {
				note.setPatientId("bench-save");
				notes.add(note);
			}
		});
		long[] save = new long[notes.size()];
		long[] raw = new long[notes.size()];
		try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO bench_raw (id, content) VALUES (?, ?)")) {
			// Warm-up (the JIT compiles serialization, hashing and the JDBC paths), then the measured pass.
			for (int pass = 0; pass < WARM_UP_PASSES + 1; pass++) {
				boolean measured = pass == WARM_UP_PASSES;
				for (int i = 0; i < notes.size(); i++) {
					SessionNote note = notes.get(i);
					note.setId(notes.get(i).getId().replaceAll("~w\\d+$", "") + (measured ? "" : "~w" + pass));
					long t0 = System.nanoTime();
					store.save(note, 0, "bench", "benchmark");
					long t1 = System.nanoTime();
					byte[] bytes = RecordCodec.encode(note);
					long t2 = System.nanoTime();
					insert.setString(1, note.getId());
					insert.setBytes(2, bytes);
					insert.executeUpdate();
					c.commit();
					if (postgres == null) {
						// As durable as the store's save: the embedded database writes the commit into the file.
						try (Statement checkpoint = c.createStatement()) {
							checkpoint.execute("CHECKPOINT SYNC");
						}
					}
					long t3 = System.nanoTime();
					if (measured) {
						save[i] = t1 - t0;
						raw[i] = t3 - t2;
					}
				}
			}
		}
		table.add(row("save a session note (durable)", save, raw, "raw insert + commit of the same bytes"));

		// 2. Heavy chart.
		Patient heavy = demo.patient(2);
		heavy.setId("bench-heavy");
		store.save(heavy, 0, "bench", "");
		Map<String, Integer> versions = new HashMap<>();
		String[] planId = new String[1];
		int[] chartRecords = new int[1];
		demo.heavyChart(heavy, r -> {
			int based = versions.getOrDefault(r.getId(), 0);
			store.save(r, based, "bench", "");
			versions.put(r.getId(), based + 1);
			chartRecords[0]++;
			if (r instanceof CarePlan) {
				planId[0] = r.getId();
			}
		});
		long[] open = new long[100];
		long[] rawOpen = new long[100];
		int rows = 0;
		for (int i = 0; i < 300; i++) {
			store.read("bench-heavy").orElseThrow();
			store.timeline("bench-heavy");
			store.read(planId[0]).orElseThrow();
			rawChart(database, "bench-heavy", planId[0]);
		}
		for (int i = 0; i < open.length; i++) {
			long t0 = System.nanoTime();
			store.read("bench-heavy").orElseThrow();
			rows = store.timeline("bench-heavy").size();
			store.read(planId[0]).orElseThrow();
			open[i] = System.nanoTime() - t0;
			long t1 = System.nanoTime();
			rawChart(database, "bench-heavy", planId[0]);
			rawOpen[i] = System.nanoTime() - t1;
		}
		table.add(row("open a heavy chart (" + rows + " timeline rows)", open, rawOpen,
				"raw selects of the same rows"));

		// 3. Search among many patients.
		long loadStart = System.nanoTime();
		int[] loaded = new int[1];
		List<ClinicalRecord> batch = new ArrayList<>();
		Consumer<ClinicalRecord> load = r -> {
			batch.add(r);
			loaded[0]++;
			if (batch.size() == 500) {
				store.saveAll(batch, "bench", "import");
				batch.clear();
			}
		};
		new DemoFacility(7, LocalDate.of(2026, 11, 23)).patientsOnly(patients, load);
		if (!batch.isEmpty()) {
			store.saveAll(batch, "bench", "import");
		}
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		String[] queries = { "ave", "quill", "núñez jo", "mar oka", "DEMO-054321", "1980-01-01", "so" };
		for (int i = 0; i < 500; i++) {
			store.findPatients(queries[i % queries.length], 50);
			rawMrn(database, "DEMO-0" + (10000 + i));
		}
		long[] search = new long[210];
		long[] rawSearch = new long[210];
		int found = 0;
		for (int i = 0; i < search.length; i++) {
			String query = queries[i % queries.length];
			long t0 = System.nanoTime();
			found += store.findPatients(query, 50).size();
			search[i] = System.nanoTime() - t0;
			long t1 = System.nanoTime();
			rawMrn(database, "DEMO-0" + (10000 + i));
			rawSearch[i] = System.nanoTime() - t1;
		}
		table.add(row("search " + patients + " patients (limit 50)", search, rawSearch,
				"raw select of one patient by MRN"));

		System.out.printf(Locale.ROOT, "%-44s %12s %12s %8s  %s%n", "operation", "Cairn (ms)", "raw (ms)", "ratio", "baseline");
		for (String[] r : table) {
			System.out.printf(Locale.ROOT, "%-44s %12s %12s %8s  %s%n", (Object[]) r);
		}
		System.out.printf(Locale.ROOT, "%nLoaded %d patients through the store (batches of 500) in %.1f s (%.2f ms each); heavy chart: %d saves; %d search results.%n",
				loaded[0], loadSeconds, loadSeconds * 1000 / loaded[0], chartRecords[0], found);
		System.out.println("Aims: chart open under 50 ms, store overhead under 1.5x raw JDBC, search under 10 ms (medians).");
		if (postgres == null) {
			Path file = folder.resolve(Database.EMBEDDED_NAME + ".mv.db");
			double before = Files.size(file) / 1e6;
			long compactStart = System.nanoTime();
			boolean compacted = database.compactIfSparse();
			System.out.printf(Locale.ROOT, "Embedded database file: %.0f MB after the run; %s%n", before, compacted
					? String.format(Locale.ROOT, "%.0f MB after compacting when Cairn stops (%.1f s)", Files.size(file) / 1e6,
							(System.nanoTime() - compactStart) / 1e9)
					: "not sparse enough to compact");
		}
		database.close();
	}

	/** Unmeasured passes over the notes before the measured one. */
	private static final int WARM_UP_PASSES = 2;

	private static void rawChart(Database database, String patientId, String planId) throws SQLException {
		try (Connection c = database.connect()) {
			try (PreparedStatement s = c.prepareStatement("SELECT content FROM cairn_version v JOIN cairn_record r ON r.id = v.record_id"
					+ " AND r.current_version = v.version WHERE v.record_id = ?")) {
				for (String id : new String[] { patientId, planId }) {
					s.setString(1, id);
					try (ResultSet rs = s.executeQuery()) {
						while (rs.next()) {
							rs.getBytes(1);
						}
					}
				}
			}
			try (PreparedStatement s = c.prepareStatement("SELECT id, kind, occurred_at, status, author FROM cairn_record"
					+ " WHERE patient_id = ? AND kind <> 'Patient' ORDER BY occurred_at DESC, id")) {
				s.setString(1, patientId);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						rs.getString(1);
						rs.getObject(3);
					}
				}
			}
			c.commit();
		}
	}

	private static void rawMrn(Database database, String mrn) throws SQLException {
		try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
				"SELECT record_id, mrn, family_name, given_name, birth_date, status FROM cairn_patient_index WHERE mrn = ?")) {
			s.setString(1, mrn);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					rs.getString(1);
				}
			}
			c.commit();
		}
	}

	private static String[] row(String name, long[] cairn, long[] raw, String baseline) {
		double c = median(cairn) / 1e6;
		double r = median(raw) / 1e6;
		return new String[] { name, String.format(Locale.ROOT, "%.3f", c), String.format(Locale.ROOT, "%.3f", r),
				String.format(Locale.ROOT, "%.2fx", c / r), baseline };
	}

	private static double median(long[] samples) {
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}

	private static void deleteTree(Path root) throws java.io.IOException {
		if (Files.exists(root)) {
			try (var paths = Files.walk(root)) {
				for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
