package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A separate JVM saves records in a loop and is killed with SIGKILL mid-stream. On reopening, every save it had
 * acknowledged is there, every stored hash verifies, and the database opens without repair.
 */
class CrashTest {

	@TempDir
	Path folder;

	@Test
	void everyAcknowledgedSaveSurvivesAKill() throws Exception {
		Path db = folder.resolve("db");
		// Create it, then close this JVM's handle so that the saver is the only process with the file open.
		try (Database mine = Database.embedded(db)) {
			new Migrations().migrate(mine);
		}

		String classPath = Stream.of(CrashSaver.class, JdbcRecordStore.class, CairnPackage.class, EObject.class, URI.class,
				XMIResourceImpl.class, JdbcDataSource.class, PGConnectionPoolDataSource.class)
				.map(CrashTest::location).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
		String java = ProcessHandle.current().info().command().orElse("java");
		Process saver = new ProcessBuilder(java, "-cp", classPath, CrashSaver.class.getName(), db.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();

		Map<String, String[]> acked = new LinkedHashMap<>();
		int lines = 0;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				String[] fields = line.split(" ");
				if (fields.length == 4 && fields[0].equals("acked")) {
					acked.put(fields[1], new String[] { fields[2], fields[3] });
					lines++;
				}
				if (lines >= 400) {
					saver.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the database
					break;
				}
			}
		}
		assertTrue(saver.waitFor(30, TimeUnit.SECONDS), "the saver was killed");
		assertTrue(lines >= 400, "the saver acknowledged saves before it was killed (" + lines + ")");

		Database reopened = Database.embedded(db);
		assertEquals(List.of(), new Migrations().migrate(reopened), "the database opens as it was, nothing to repair");
		JdbcRecordStore store = new JdbcRecordStore(reopened);
		for (Map.Entry<String, String[]> save : acked.entrySet()) {
			int version = Integer.parseInt(save.getValue()[0]);
			StoredRecord<?> stored = store.read(save.getKey(), version).orElse(null);
			assertTrue(stored != null, "acknowledged save " + save.getKey() + " version " + version + " is present");
			assertEquals(save.getValue()[1], stored.sha256(), "the stored content is what was acknowledged");
			assertTrue(store.read(save.getKey()).orElseThrow().version() >= version);
		}
		assertEquals(List.of(), store.verifyHashes(), "every stored hash verifies");
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (Exception e) {
			throw new AssertionError("Cannot find where " + type.getName() + " is loaded from", e);
		}
	}
}
