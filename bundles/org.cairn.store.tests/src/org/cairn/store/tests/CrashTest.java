package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cairn.model.CairnPackage;
import org.cairn.store.StoredRecord;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A separate JVM saves records in a loop and is stopped mid-stream, again and again: with SIGTERM (as when a
 * session ends or the computer shuts down) and with SIGKILL (no shutdown hooks, no closing of the database),
 * after a different number of saves each time. After every stop the database opens without repair, every save
 * acknowledged in any run is there with the content that was acknowledged, and every stored hash verifies.
 *
 * <p>One stop rarely shows a lost save; H2 2.5.252 lost acknowledged saves in about one stop in six here (a
 * commit that found the background writer mid-chunk returned before that chunk was in the file), which is why
 * the test stops the saver many times.
 */
class CrashTest {

	/** Stops of the saver; with one lost save in six stops, 24 stops miss it with a chance of 1 in 80. */
	private static final int STOPS = 24;

	@TempDir
	Path folder;

	@Test
	void everyAcknowledgedSaveSurvivesTheProcessBeingStopped() throws Exception {
		Path db = folder.resolve("db");
		// Create it, then close this JVM's handle so that the saver is the only process with the file open.
		try (Database mine = Database.embedded(db)) {
			new Migrations().migrate(mine);
		}
		String classPath = Stream.of(CrashSaver.class, JdbcRecordStore.class, CairnPackage.class, EObject.class, URI.class,
				XMIResourceImpl.class, JdbcDataSource.class, PGConnectionPoolDataSource.class)
				.map(CrashTest::location).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
		String java = ProcessHandle.current().info().command().orElse("java");
		Random random = new Random(20261123);
		Map<String, String[]> acked = new LinkedHashMap<>();

		for (int stop = 1; stop <= STOPS; stop++) {
			boolean kill = stop % 2 == 0;
			int saves = 10 + random.nextInt(300);
			Process saver = new ProcessBuilder(java, "-cp", classPath, CrashSaver.class.getName(), db.toString(),
					String.valueOf(stop)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			int lines = 0;
			try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					String[] fields = line.split(" ");
					if (fields.length == 4 && fields[0].equals("acked")) {
						acked.put(fields[1] + " " + fields[2], new String[] { fields[1], fields[2], fields[3] });
						lines++;
					}
					if (lines >= saves) {
						if (kill) {
							saver.destroyForcibly();
						} else {
							saver.destroy();
						}
						break;
					}
				}
			}
			assertTrue(saver.waitFor(30, TimeUnit.SECONDS), "the saver stopped");
			assertTrue(lines >= saves, "stop " + stop + ": the saver acknowledged saves before it was stopped (" + lines + ")");

			String how = "stop " + stop + " (" + (kill ? "SIGKILL" : "SIGTERM") + " after " + saves + " saves)";
			try (Database reopened = Database.embedded(db)) {
				assertEquals(List.of(), new Migrations().migrate(reopened), how + ": the database opens as it was");
				JdbcRecordStore store = new JdbcRecordStore(reopened);
				List<String> missing = new ArrayList<>();
				for (String[] save : acked.values()) {
					StoredRecord<?> stored = store.read(save[0], Integer.parseInt(save[1])).orElse(null);
					if (stored == null) {
						missing.add(save[0] + " v" + save[1]);
					} else {
						assertEquals(save[2], stored.sha256(), how + ": the stored content of " + save[0] + " is what was acknowledged");
					}
				}
				assertEquals(List.of(), missing, how + ": acknowledged saves are present");
				assertEquals(List.of(), store.verifyHashes(), how + ": every stored hash verifies");
			}
		}
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (Exception e) {
			throw new AssertionError("Cannot find where " + type.getName() + " is loaded from", e);
		}
	}
}
