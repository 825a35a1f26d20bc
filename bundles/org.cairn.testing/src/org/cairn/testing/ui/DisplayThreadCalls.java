package org.cairn.testing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Database calls made on the display thread, which freeze the screen while they run: the record store reports each
 * call made on the thread named by the system property {@value #WATCHED_THREAD} to the logger {@value #LOGGER}, and
 * the harness fails the test during which the workbench made one, with where it was made. A test's own reads on the
 * display thread (a condition it waits for) are its business, not the workbench's, and are let pass. The names are the store's
 * ({@code org.cairn.store.internal.Database}); this bundle knows them without depending on the store.
 */
public final class DisplayThreadCalls {

	static final String WATCHED_THREAD = "cairn.store.watch-thread";
	static final String LOGGER = "org.cairn.store.display-thread-calls";

	private static final List<LogRecord> CALLS = new ArrayList<>();
	/** Held here: a logger nobody refers to may be collected with its handler. */
	private static final Logger REPORTS = Logger.getLogger(LOGGER);
	private static boolean watching;

	private DisplayThreadCalls() {
	}

	/** Starts watching {@code thread} (the UI thread every test workbench runs on). */
	static synchronized void watch(Thread thread) {
		System.setProperty(WATCHED_THREAD, thread.getName());
		if (!watching) {
			REPORTS.addHandler(new Handler() {
				@Override
				public void publish(LogRecord record) {
					if (!madeByTheTest(record.getThrown())) {
						synchronized (DisplayThreadCalls.class) {
							CALLS.add(record);
						}
					}
				}

				@Override
				public void flush() {
				}

				@Override
				public void close() {
				}
			});
			watching = true;
		}
	}

	/** Where the services and what they stand on end: the first frame past them is the code that made the call. */
	private static final java.util.List<String> BENEATH = java.util.List.of("org.cairn.store.", "org.cairn.security.", "org.cairn.clinical.",
			"org.cairn.export.", "java.", "javax.", "jdk.", "sun.", "org.h2.", "org.postgresql.", "org.eclipse.osgi.",
			"org.apache.felix.", "org.osgi.");

	/**
	 * Whether the call was the test's own (a condition that reads the store while it waits on the display thread),
	 * not the workbench's: the first frame above the services is a test's.
	 */
	static boolean madeByTheTest(Throwable where) {
		if (where == null) {
			return false;
		}
		for (StackTraceElement frame : where.getStackTrace()) {
			String type = frame.getClassName();
			if (BENEATH.stream().noneMatch(type::startsWith)) {
				return type.contains(".tests.") || type.startsWith("org.cairn.testing.");
			}
		}
		return false;
	}

	/**
	 * Fails when a database call was made on the display thread since the last check (the first one's stack trace as
	 * the cause), and forgets them.
	 */
	public static synchronized void check() {
		if (CALLS.isEmpty()) {
			return;
		}
		LogRecord first = CALLS.get(0);
		int count = CALLS.size();
		CALLS.clear();
		throw new AssertionError(count + " database call(s) on the display thread; the first was made here (move it into a job)", first.getThrown());
	}
}
