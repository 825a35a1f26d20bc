package org.cairn.testing.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A real E4 application running in the test's OSGi runtime: {@code E4Application.start} on the UI thread,
 * with the product's Application.e4xmi, CSS, life-cycle class, add-ons and key bindings, exactly as the product
 * starts it. The test thread drives it through {@link #bot()}.
 *
 * <p>
 * The saved layout is neither read nor written ({@code -clearPersistedState}, {@code -persistState false}), so
 * every start sees the model as shipped.
 */
public final class RunningWorkbench implements AutoCloseable {

	/** How long start-up may take on a loaded two-core machine. */
	public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final CountDownLatch done = new CountDownLatch(1);
	private volatile Object exitCode;
	private volatile Throwable failure;
	private final IWorkbench workbench;
	private final Display display;
	private final UiBot bot;

	private RunningWorkbench(String productId, Map<String, Object> arguments, Consumer<UiBot> duringStartUp, List<String> extraArgs)
			throws InterruptedException {
		TestApplicationContext context = launch(productId, arguments, extraArgs);
		if (duringStartUp != null) {
			duringStartUp.accept(new UiBot(awaitDisplay(), screenshotFolder()));
		}
		if (!context.running.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			throw new AssertionError("The workbench did not start within " + START_TIMEOUT.toSeconds() + " s");
		}
		if (failure != null) {
			throw new AssertionError("The workbench failed during start-up", failure);
		}
		if (done.getCount() == 0) {
			throw new EndedDuringStartUp(exitCode);
		}
		display = Display.findDisplay(UiThread.thread());
		workbench = findWorkbench();
		bot = new UiBot(display, screenshotFolder());
		bot.waitUntil("the main window is visible", () -> bot.mainShell() != null);
	}

	/** Starts the application on the UI thread; {@code done} counts down when it has ended. */
	private TestApplicationContext launch(String productId, Map<String, Object> arguments, List<String> extraArgs) {
		List<String> args = new ArrayList<>(List.of("-clearPersistedState", "-persistState", "false"));
		args.addAll(extraArgs);
		TestApplicationContext context = new TestApplicationContext(productId, args, arguments);
		UiThread.submit(() -> {
			try {
				DisplayThreadCalls.watch(Thread.currentThread());
				Display uiDisplay = Display.getDefault();
				if (uiDisplay.getThread() != Thread.currentThread()) {
					throw new IllegalStateException("An SWT display already runs on thread '"
							+ uiDisplay.getThread().getName() + "'; the workbench needs its own UI thread");
				}
				exitCode = new E4Application().start(context);
			} catch (Throwable t) {
				failure = t; // reported by start(), awaitExit() and close(), with this as the cause
			} finally {
				context.running.countDown();
				done.countDown();
			}
		});
		return context;
	}

	/** The UI thread's display, once the application has made it. */
	private static Display awaitDisplay() throws InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Display display = Display.findDisplay(UiThread.thread());
			if (display != null) {
				return display;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The application made no display within " + START_TIMEOUT.toSeconds() + " s");
	}

	/** The application ended by itself before its workbench opened (for example, someone quit at the login). */
	public static final class EndedDuringStartUp extends AssertionError {
		private static final long serialVersionUID = 1L;
		private final transient Object exitCode;

		EndedDuringStartUp(Object exitCode) {
			super("The workbench ended during start-up (exit " + exitCode + ")");
			this.exitCode = exitCode;
		}

		public Object exitCode() {
			return exitCode;
		}
	}

	/**
	 * Starts the product, runs {@code duringStartUp} as {@link #start(String, Map, Consumer, String...)} does, and
	 * expects the application to end before its workbench opens; returns its exit code.
	 */
	public static Object runToEndDuringStartUp(String productId, Map<String, Object> arguments, Consumer<UiBot> duringStartUp) {
		RunningWorkbench opened;
		try {
			opened = start(productId, arguments, duringStartUp);
		} catch (EndedDuringStartUp ended) {
			return ended.exitCode();
		}
		opened.close();
		throw new AssertionError("The workbench opened; it was expected to end during start-up");
	}

	/** Starts the product {@code productId} (e.g. {@code org.cairn.app.product}) with extra application args. */
	public static RunningWorkbench start(String productId, String... extraArgs) {
		return start(productId, Map.of(), extraArgs);
	}

	/**
	 * Starts the product with application arguments that are objects rather than command-line strings, as a harness in
	 * the same framework can hand them over (the product's life cycle decides which it takes).
	 */
	public static RunningWorkbench start(String productId, Map<String, Object> arguments, String... extraArgs) {
		return start(productId, arguments, null, extraArgs);
	}

	/**
	 * Starts the product and, while it starts, runs {@code duringStartUp} on the test thread with a bot on the new
	 * display: to answer windows that come before the workbench's, such as a login.
	 */
	public static RunningWorkbench start(String productId, Map<String, Object> arguments, Consumer<UiBot> duringStartUp, String... extraArgs) {
		try {
			return new RunningWorkbench(productId, arguments, duringStartUp, List.of(extraArgs));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while starting the workbench", e);
		}
	}

	private IWorkbench findWorkbench() throws InterruptedException {
		BundleContext bundleContext = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
		ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(bundleContext, IWorkbench.class, null);
		tracker.open();
		try {
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				for (IWorkbench candidate : tracker.getTracked().values()) {
					// A workbench an earlier test closed may still be registered: take the one on this display.
					MApplication application = candidate.getApplication();
					if (application != null && !application.getChildren().isEmpty() && application.getContext() != null
							&& application.getContext().get(Display.class) == display) {
						return candidate;
					}
				}
				Thread.sleep(50);
			}
			throw new AssertionError("No IWorkbench service appeared");
		} finally {
			tracker.close();
		}
	}

	/** Where screenshots go: {@code -Dcairn.screenshots=DIR}, else {@code target/screenshots}. */
	static Path screenshotFolder() {
		String configured = System.getProperty("cairn.screenshots");
		return configured != null ? Path.of(configured) : Path.of("target", "screenshots").toAbsolutePath();
	}

	public UiBot bot() {
		return bot;
	}

	public Display display() {
		return display;
	}

	public IWorkbench workbench() {
		return workbench;
	}

	public MApplication application() {
		return workbench.getApplication();
	}

	/** The application's context (read on the UI thread through {@link UiBot#call}). */
	public IEclipseContext context() {
		return application().getContext();
	}

	/** True until the application's event loop has ended. */
	public boolean isRunning() {
		return done.getCount() > 0;
	}

	/**
	 * Waits until the application ends by itself (e.g. after File › Exit) and returns its exit code.
	 *
	 * @throws AssertionError when it is still running after {@code timeout}
	 */
	public Object awaitExit(Duration timeout) {
		try {
			if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("The workbench was still running after " + timeout.toSeconds() + " s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		if (failure != null) {
			throw new AssertionError("The workbench failed", failure);
		}
		return exitCode;
	}

	/** Closes the workbench as File › Exit would and waits for its UI thread to end. */
	@Override
	public void close() {
		if (isRunning() && !display.isDisposed()) {
			try {
				display.asyncExec(() -> workbench.close());
			} catch (org.eclipse.swt.SWTException disposed) {
				// ended meanwhile
			}
		}
		awaitExit(Duration.ofSeconds(60));
		// a workbench a test started itself fails that test for a database call on its display thread, too
		DisplayThreadCalls.check();
	}
}
