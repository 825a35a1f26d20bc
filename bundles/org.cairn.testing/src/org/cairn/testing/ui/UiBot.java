package org.cairn.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives a running workbench from the test thread, the way a person would: find controls by their label or by
 * their widget id ({@code org.cairn.widgetId}), click them with the mouse, type and press keys through the
 * window system, open menus, wait for background jobs, and take screenshots. Every lookup waits up to
 * {@link #timeout()} and fails with a message that lists what was there instead.
 */
public final class UiBot {

	/** The widget data key that names a control (the same key as {@code org.cairn.ui.CairnUi.WIDGET_ID}). */
	public static final String WIDGET_ID = "org.cairn.widgetId";

	private final Display display;
	private final Path screenshots;
	private Duration timeout = Duration.ofSeconds(15);

	UiBot(Display display, Path screenshots) {
		this.display = display;
		this.screenshots = screenshots;
	}

	public Duration timeout() {
		return timeout;
	}

	/** Changes how long lookups and waits may take. */
	public UiBot withTimeout(Duration newTimeout) {
		this.timeout = newTimeout;
		return this;
	}

	public Display display() {
		return display;
	}

	// --- running code on the UI thread -------------------------------------------------------------------

	/** Runs {@code code} on the UI thread and returns its result; its exceptions are rethrown here. */
	public <T> T call(Callable<T> code) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		try {
			display.syncExec(() -> {
				try {
					result.set(code.call());
				} catch (Throwable t) {
					failure.set(t);
				}
			});
		} catch (SWTException e) {
			if (display.isDisposed()) {
				throw new AssertionError("The workbench has ended; its display is gone", e);
			}
			throw e;
		}
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return result.get();
	}

	/** Runs {@code code} on the UI thread. */
	public void run(Runnable code) {
		call(() -> {
			code.run();
			return null;
		});
	}

	// --- waiting -------------------------------------------------------------------------------------------

	/**
	 * Waits until {@code condition}, evaluated on the UI thread, holds. A widget the condition looks up
	 * ({@link #byId}, {@link #find}) and does not find yet counts as "not yet": lookups on the UI thread do not wait
	 * (waiting there would hold up the very update awaited), they fail at once and the condition is tried again.
	 */
	public void waitUntil(String description, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		NotFound missing = null;
		while (true) {
			try {
				if (Boolean.TRUE.equals(call(condition::getAsBoolean))) {
					return;
				}
				missing = null;
			} catch (NotFound notYet) {
				missing = notYet;
			}
			if (System.nanoTime() > deadline) {
				AssertionError timedOut = new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description
						+ (missing == null ? "" : "; " + missing.getMessage()));
				if (missing != null) {
					timedOut.initCause(missing);
				}
				throw timedOut;
			}
			pause(40);
		}
	}

	/** A widget looked up on the UI thread is not there (yet). */
	static final class NotFound extends AssertionError {
		private static final long serialVersionUID = 1L;

		NotFound(String message) {
			super(message);
		}
	}

	/** Waits until no job is running or waiting, then until the UI thread has handled what they posted. */
	public void waitForJobs() {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!Job.getJobManager().isIdle()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Background jobs still running after " + timeout.toSeconds() + " s");
			}
			pause(40);
		}
		flush();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	// --- finding -------------------------------------------------------------------------------------------

	/** The workbench's main window (the visible shell tagged by E4 with its model element), or null. */
	public Shell mainShell() {
		return call(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getParent() == null && shell.getMenuBar() != null) {
					return shell;
				}
			}
			return null;
		});
	}

	/** The visible shell titled {@code title} (a dialog, the main window). */
	public Shell shell(String title) {
		return find(Shell.class, s -> s.isVisible() && title.equals(s.getText()), "shell titled '" + title + "'");
	}

	/** The visible control whose widget id is {@code id}. */
	public <W extends Widget> W byId(Class<W> type, String id) {
		return find(type, w -> id.equals(w.getData(WIDGET_ID)), type.getSimpleName() + " with widget id '" + id + "'");
	}

	/** The visible label showing {@code text}. */
	public Label label(String text) {
		return find(Label.class, l -> text.equals(l.getText()), "label '" + text + "'");
	}

	/** The visible button labelled {@code label} (mnemonic '&amp;' ignored). */
	public Button button(String label) {
		return find(Button.class, b -> label.equals(b.getText().replace("&", "")), "button '" + label + "'");
	}

	/** The tab (part stack item) labelled {@code label}. */
	public CTabItem tab(String label) {
		return find(CTabItem.class, t -> label.equals(t.getText()), "tab '" + label + "'");
	}

	/**
	 * The first widget of {@code type} matching {@code matcher} in any visible shell; waits for it, except on the UI
	 * thread (inside a {@link #waitUntil} condition), where it fails at once and the condition is tried again.
	 *
	 * @param description what is looked for, for the failure message
	 */
	public <W extends Widget> W find(Class<W> type, Predicate<W> matcher, String description) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			W found = call(() -> {
				for (Widget widget : allWidgets()) {
					if (type.isInstance(widget) && matcher.test(type.cast(widget))) {
						return type.cast(widget);
					}
				}
				return null;
			});
			if (found != null) {
				return found;
			}
			if (Thread.currentThread() == display.getThread()) {
				throw new NotFound("No " + description + " (looked up on the UI thread, which cannot wait for it)");
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No " + description + " within " + timeout.toSeconds() + " s. Visible: "
						+ call(this::describeVisible));
			}
			pause(40);
		}
	}

	/** All widgets of {@code type} in visible shells, in tree order. */
	public <W extends Widget> List<W> findAll(Class<W> type) {
		return call(() -> allWidgets().stream().filter(type::isInstance).map(type::cast).toList());
	}

	private List<Widget> allWidgets() {
		List<Widget> widgets = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				collect(shell, widgets);
			}
		}
		return widgets;
	}

	private static void collect(Control control, List<Widget> into) {
		if (!control.isVisible()) {
			return;
		}
		into.add(control);
		if (control instanceof org.eclipse.swt.custom.CTabFolder folder) {
			into.addAll(List.of(folder.getItems()));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	private String describeVisible() {
		List<String> seen = new ArrayList<>();
		for (Widget widget : allWidgets()) {
			String text = text(widget);
			Object id = widget.getData(WIDGET_ID);
			if (!text.isBlank() || id != null) {
				seen.add(widget.getClass().getSimpleName() + (id != null ? "#" + id : "") + (text.isBlank() ? "" : " '" + text + "'"));
			}
		}
		return String.join(", ", seen);
	}

	/** The text a widget shows, or "" for widgets without text. Call on the UI thread or through {@link #textOf}. */
	static String text(Widget widget) {
		if (widget instanceof Label label) {
			return label.getText();
		} else if (widget instanceof Button button) {
			return button.getText();
		} else if (widget instanceof Text text) {
			return text.getText();
		} else if (widget instanceof Shell shell) {
			return shell.getText();
		} else if (widget instanceof Item item) {
			return item.getText();
		}
		return "";
	}

	/** The text {@code widget} shows, read on the UI thread. */
	public String textOf(Widget widget) {
		return call(() -> text(widget));
	}

	/** Whether {@code control} and all its parents are visible, read on the UI thread. */
	public boolean isShowing(Control control) {
		return call(() -> !control.isDisposed() && control.isVisible() && control.getShell().isVisible()
				&& control.getSize().x > 0 && control.getSize().y > 0);
	}

	/** The control that has the keyboard focus, or null. */
	public Control focusControl() {
		return call(display::getFocusControl);
	}

	// --- acting --------------------------------------------------------------------------------------------

	/** Clicks the centre of {@code control} with the mouse, through the window system. */
	public void click(Control control) {
		Point centre = call(() -> {
			control.getShell().forceActive();
			Rectangle bounds = control.getBounds();
			return control.getParent() == null ? new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
					: control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		});
		post(SWT.MouseMove, e -> {
			e.x = centre.x;
			e.y = centre.y;
		});
		post(SWT.MouseDown, e -> e.button = 1);
		post(SWT.MouseUp, e -> e.button = 1);
		flush();
	}

	/**
	 * Presses a key with modifiers, through the window system, into the active window: {@code press(SWT.MOD1, 'q')}
	 * is Ctrl+Q on Linux and Windows.
	 */
	public void press(int modifiers, int key) {
		run(() -> {
			Shell active = display.getActiveShell();
			if (active == null) {
				Shell main = null;
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getMenuBar() != null) {
						main = shell;
					}
				}
				if (main != null) {
					main.forceActive();
				}
			}
		});
		List<Event> events = new ArrayList<>();
		List<Integer> modifierKeys = new ArrayList<>();
		for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND }) {
			if ((modifiers & modifier) != 0) {
				modifierKeys.add(modifier);
			}
		}
		for (int modifier : modifierKeys) {
			events.add(event(SWT.KeyDown, e -> e.keyCode = modifier));
		}
		events.add(event(SWT.KeyDown, e -> setKey(e, key)));
		events.add(event(SWT.KeyUp, e -> setKey(e, key)));
		for (int i = modifierKeys.size() - 1; i >= 0; i--) {
			int modifier = modifierKeys.get(i);
			events.add(event(SWT.KeyUp, e -> e.keyCode = modifier));
		}
		post(events);
		flush();
	}

	/** Types {@code text} into the focused control, key by key, through the window system. */
	public void type(String text) {
		for (char c : text.toCharArray()) {
			boolean shift = Character.isUpperCase(c);
			if (shift) {
				post(SWT.KeyDown, e -> e.keyCode = SWT.SHIFT);
			}
			post(SWT.KeyDown, e -> setKey(e, c));
			post(SWT.KeyUp, e -> setKey(e, c));
			if (shift) {
				post(SWT.KeyUp, e -> e.keyCode = SWT.SHIFT);
			}
		}
		flush();
	}

	private static void setKey(Event event, int key) {
		if (key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0) {
			event.character = (char) key;
			event.keyCode = Character.toLowerCase(key);
		} else {
			event.keyCode = key;
		}
	}

	private interface EventSetup {
		void setUp(Event event);
	}

	private static Event event(int type, EventSetup setup) {
		Event event = new Event();
		event.type = type;
		setup.setUp(event);
		return event;
	}

	private void post(int type, EventSetup setup) {
		post(List.of(event(type, setup)));
	}

	/**
	 * Posts {@code events} in order. When one of them ends the application (Ctrl+Q), the releases that follow
	 * have no window left to go to and are dropped: SWT synthesises key events into the focused window rather
	 * than holding keys down in the window system, so nothing stays pressed for the next test.
	 */
	private void post(List<Event> events) {
		for (Event event : events) {
			boolean release = event.type == SWT.KeyUp || event.type == SWT.MouseUp;
			if (display.isDisposed() && release) {
				return;
			}
			boolean posted;
			try {
				posted = call(() -> display.post(event));
			} catch (AssertionError ended) {
				if (release) {
					return;
				}
				throw ended;
			}
			if (!posted) {
				if (release && !hasVisibleShell()) {
					return;
				}
				throw new AssertionError("The window system refused a synthetic event (type " + event.type + ")");
			}
			pause(15);
		}
	}

	private boolean hasVisibleShell() {
		try {
			return call(() -> Arrays.stream(display.getShells()).anyMatch(Shell::isVisible));
		} catch (AssertionError ended) {
			return false;
		}
	}

	/**
	 * Lets the UI thread handle everything queued so far (nothing to do once the workbench has ended). It does
	 * not dispatch events itself: the UI thread's own event loop, or a dialog's nested one, does that, so a flush
	 * never runs a handler inside the test's call.
	 */
	public void flush() {
		for (int round = 0; round < 2; round++) {
			pause(40);
			if (display.isDisposed()) {
				return;
			}
			try {
				display.syncExec(() -> {
					// reached once the event loop has handled what was queued before
				});
			} catch (SWTException e) {
				if (!display.isDisposed()) {
					throw e;
				}
			}
		}
	}

	/**
	 * Chooses a menu item of the main window's menu bar by its labels, e.g. {@code menu("File", "Exit")}.
	 * Mnemonics ('&amp;') and accelerator text are ignored. The item is selected as a click would select it (GTK
	 * menus cannot be driven by synthetic mouse events reliably). The selection runs asynchronously, as a real
	 * click does, so an item that opens a modal dialog or ends the application returns here at once.
	 */
	public void menu(String... path) {
		Objects.requireNonNull(path);
		MenuItem item = menuItem(path);
		display.asyncExec(() -> {
			if (!item.isDisposed()) {
				item.notifyListeners(SWT.Arm, new Event());
				item.notifyListeners(SWT.Selection, new Event());
			}
		});
		flush();
	}

	/** The menu item at {@code path} of the main window's menu bar (populated as when the menu opens). */
	public MenuItem menuItem(String... path) {
		Shell main = mainShell();
		if (main == null) {
			throw new AssertionError("No main window is showing");
		}
		return call(() -> {
			Menu menu = main.getMenuBar();
			MenuItem item = null;
			for (String label : path) {
				if (menu == null) {
					throw new AssertionError("'" + item.getText() + "' has no submenu");
				}
				menu.notifyListeners(SWT.Show, new Event());
				item = null;
				List<String> seen = new ArrayList<>();
				for (MenuItem candidate : menu.getItems()) {
					String text = menuLabel(candidate.getText());
					seen.add(text);
					if (label.equals(text)) {
						item = candidate;
					}
				}
				if (item == null) {
					throw new AssertionError("No menu item '" + label + "'; the menu has " + seen);
				}
				menu = item.getMenu();
			}
			return item;
		});
	}

	/** A menu item's label without mnemonic and accelerator: "E&amp;xit\tCtrl+Q" gives "Exit". */
	public static String menuLabel(String text) {
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
	}

	/** The accelerator text of a menu item ("Ctrl+Q"), or "". */
	public String acceleratorOf(MenuItem item) {
		return call(() -> {
			String text = item.getText();
			int tab = text.indexOf('\t');
			return tab >= 0 ? text.substring(tab + 1) : "";
		});
	}

	// --- screenshots ---------------------------------------------------------------------------------------

	/** Saves the whole screen as {@code <screenshots>/<name>.png} and returns the file. */
	public Path screenshot(String name) {
		Path file = screenshots.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
		flush();
		run(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				Files.createDirectories(file.getParent());
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (IOException | SWTException e) {
				throw new AssertionError("Could not save screenshot " + file, e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
