package org.cairn.testing.ui;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one thread of a test runtime on which SWT displays live. GTK is initialised once per process on the
 * thread that creates the first display and does not tolerate displays on other threads afterwards, so every
 * workbench a test runtime starts, one after another, runs on this same thread.
 */
final class UiThread {

	private static final BlockingQueue<Runnable> WORK = new LinkedBlockingQueue<>();
	private static Thread thread;

	private UiThread() {
	}

	/** Runs {@code work} on the UI thread after whatever runs there now has ended. */
	static synchronized void submit(Runnable work) {
		if (thread == null) {
			thread = new Thread(UiThread::loop, "cairn-ui");
			thread.setDaemon(true);
			thread.start();
		}
		WORK.add(work);
	}

	static synchronized Thread thread() {
		return thread;
	}

	private static void loop() {
		while (true) {
			try {
				WORK.take().run();
			} catch (InterruptedException e) {
				return;
			} catch (RuntimeException | Error e) {
				// the submitter records its own failures; keep the thread for the next workbench
			}
		}
	}
}
