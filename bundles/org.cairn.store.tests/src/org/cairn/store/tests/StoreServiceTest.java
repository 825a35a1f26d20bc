package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.Migrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The store as the workstation gets it: an OSGi service over the embedded database in the data folder. */
class StoreServiceTest {

	@TempDir
	Path folder;

	@Test
	void theServiceOpensTheEmbeddedDatabaseInTheDataFolder() throws Exception {
		System.setProperty("cairn.data", folder.toString());
		BundleContext context = FrameworkUtil.getBundle(StoreServiceTest.class).getBundleContext();
		ServiceTracker<RecordStore, RecordStore> tracker = new ServiceTracker<>(context, RecordStore.class, null);
		tracker.open();
		try {
			RecordStore store = tracker.waitForService(30_000);
			assertNotNull(store, "Declarative Services offers the record store");
			store.save(Records.patient("p-1", "Avery", "Quill", "MRN-1", null), 0, "u", "");
			assertEquals("p-1", store.findPatients("aver", 5).get(0).id());
			assertTrue(Files.exists(folder.resolve("database/cairn.mv.db")), "the database lives in <data>/database");
		} finally {
			tracker.close();
			System.clearProperty("cairn.data");
		}
	}

	/**
	 * Another process (here H2's own shell) has the embedded database open: opening it says so in words, rather
	 * than with H2's lock exception.
	 */
	@Test
	void aSecondProcessOnTheSameDatabaseGetsAClearMessage() throws Exception {
		Path db = folder.resolve("db");
		try (Database mine = Database.embedded(db)) {
			new Migrations().migrate(mine);
		}

		Path h2Jar = Path.of(JdbcDataSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		String java = ProcessHandle.current().info().command().orElse("java");
		Process other = new ProcessBuilder(java, "-cp", h2Jar.toString(), "org.h2.tools.Shell",
				"-url", "jdbc:h2:file:" + db.resolve("cairn").toAbsolutePath(), "-user", "cairn", "-password", "")
				.redirectErrorStream(true).start();
		try {
			BufferedReader output = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder seen = new StringBuilder();
			int c;
			while (!seen.toString().contains("sql>") && (c = output.read()) != -1) {
				seen.append((char) c);
			}
			assertTrue(seen.toString().contains("sql>"), "the other process has the database open: " + seen);

			StoreException refused = assertThrows(StoreException.class, () -> {
				try (Database second = Database.embedded(db)) {
					second.connect().close();
				}
			});
			assertTrue(refused.getMessage().contains("already open in another Cairn"), refused.getMessage());
			assertTrue(refused.getMessage().contains(db.toString()), refused.getMessage());
		} finally {
			other.getOutputStream().close();
			if (!other.waitFor(10, TimeUnit.SECONDS)) {
				other.destroyForcibly();
			}
		}
		try (Database again = Database.embedded(db)) {
			assertEquals(List.of(), new Migrations().migrate(again), "once it is closed, the database opens");
		}
	}
}
