package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The X display the launched product shows its window on, driven with the standard X tools (xdotool for windows
 * and keys, imagemagick's import for screenshots) exactly as a person's keyboard would.
 */
final class X11 {

	private X11() {
	}

	/** Fails clearly when there is no display or a tool is missing. */
	static void require() throws IOException, InterruptedException {
		if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
			fail("The launch test needs an X display: run the tests with ./test.sh, which starts Xvfb when there is none");
		}
		for (String tool : List.of("xdotool", "import")) {
			if (tool(List.of("sh", "-c", "command -v " + tool)).exitCode() != 0) {
				fail("The launch test needs '" + tool + "' (Debian packages xdotool and imagemagick); .ci/run installs them");
			}
		}
	}

	/**
	 * Waits until a visible top-level window titled {@code title} appears and returns its X id. Fails early, with
	 * the console output, when {@code process} ends first. SWT on GTK pads titles shorter than seven characters
	 * with spaces (some window managers draw garbage after short titles), so trailing spaces are allowed.
	 */
	static String waitForWindow(String title, Process process, Path console, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("Cairn ended (exit " + process.exitValue() + ") before its window appeared. Console:\n" + Files.readString(console));
			}
			InstalledProduct.Result found = tool(List.of("xdotool", "search", "--onlyvisible", "--name", "^" + title + " *$"));
			if (found.exitCode() == 0 && !found.stdout().isBlank()) {
				return found.stdout().lines().findFirst().orElseThrow().strip();
			}
			Thread.sleep(250);
		}
		fail("No window titled '" + title + "' within " + timeout.toSeconds() + " s. Console:\n" + Files.readString(console));
		return null;
	}

	/** The visible top-level windows titled {@code title} (trailing spaces allowed, as in waitForWindow). */
	static List<String> windows(String title) throws IOException, InterruptedException {
		InstalledProduct.Result found = tool(List.of("xdotool", "search", "--onlyvisible", "--name", "^" + title + " *$"));
		return found.exitCode() == 0 ? found.stdout().lines().map(String::strip).filter(l -> !l.isEmpty()).toList() : List.of();
	}

	/**
	 * The visible main window (at least 800x500) titled {@code title} of {@code process} (or of the Java it started).
	 */
	static String windowOf(Process process, String title, Path console, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("Cairn ended (exit " + process.exitValue() + ") before its window appeared. Console:\n" + Files.readString(console));
			}
			for (String window : windowsOf(process, title)) {
				// A main window, not the splash: for a moment while it starts, GTK may give that the application's name.
				String[] size = geometry(window).split("x");
				if (size.length == 2 && Integer.parseInt(size[0]) >= 800 && Integer.parseInt(size[1]) >= 500) {
					return window;
				}
			}
			Thread.sleep(250);
		}
		fail("No window titled '" + title + "' of process " + process.pid() + " within " + timeout.toSeconds() + " s. Console:\n"
				+ Files.readString(console));
		return null;
	}

	/**
	 * The visible windows titled {@code title} (any title when null) of {@code process} or of a process it started: the
	 * launcher script waits for Java (to start it again after Sign Out), so the windows belong to its child.
	 */
	private static List<String> windowsOf(Process process, String title) throws IOException, InterruptedException {
		List<String> windows = new java.util.ArrayList<>();
		List<Long> pids = new java.util.ArrayList<>(List.of(process.pid()));
		process.descendants().forEach(child -> pids.add(child.pid()));
		for (long pid : pids) {
			List<String> search = new java.util.ArrayList<>(List.of("xdotool", "search", "--all", "--onlyvisible", "--pid", String.valueOf(pid)));
			if (title != null) {
				search.addAll(List.of("--name", "^" + title + " *$"));
			}
			InstalledProduct.Result found = tool(search);
			if (found.exitCode() == 0) {
				found.stdout().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(windows::add);
			}
		}
		return windows;
	}

	/**
	 * Starts the workstation {@code builder} describes (its output already redirected) on {@code data}, and returns
	 * once a window of it is shown or it has ended. A start that could not open the X display (GTK's
	 * "gtk_init_check() failed", seen now and then under Xvfb on a loaded machine, never Cairn's doing) is started
	 * again, at most twice, and its log entry removed; any other end is left to the caller to report.
	 */
	static Process start(ProcessBuilder builder, Path data) throws IOException, InterruptedException {
		for (int attempt = 1;; attempt++) {
			Process process = builder.start();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (process.isAlive() && System.nanoTime() < deadline && windowsOf(process, null).isEmpty()) {
				Thread.sleep(100);
			}
			if (process.isAlive() || attempt >= 3) {
				return process;
			}
			List<Path> failed = new java.util.ArrayList<>();
			Path configuration = data.resolve("configuration");
			if (Files.isDirectory(configuration)) {
				try (java.util.stream.Stream<Path> logs = Files.list(configuration)) {
					for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
						if (Files.readString(log).contains("gtk_init_check() failed")) {
							failed.add(log);
						}
					}
				}
			}
			if (failed.isEmpty()) {
				return process;
			}
			for (Path log : failed) {
				Files.delete(log);
			}
			System.err.println("The workstation could not open the X display (attempt " + attempt + "); starting it again");
		}
	}

	/** Raises {@code window} above the others and gives it the keyboard focus (there is no window manager). */
	static void raise(String window) throws IOException, InterruptedException {
		tool(List.of("xdotool", "windowraise", window));
		tool(List.of("xdotool", "windowfocus", "--sync", window));
	}

	/** Clicks at ({@code x}, {@code y}) inside {@code window}'s client area. */
	static void click(String window, int x, int y) throws IOException, InterruptedException {
		InstalledProduct.Result clicked = tool(List.of("xdotool", "mousemove", "--sync", "--window", window, String.valueOf(x), String.valueOf(y),
				"click", "1"));
		if (clicked.exitCode() != 0) {
			fail("xdotool could not click in window " + window + ": " + clicked.stderr());
		}
	}

	/** Types {@code text} into the focused control, as a person would. */
	static void type(String text) throws IOException, InterruptedException {
		InstalledProduct.Result typed = tool(List.of("xdotool", "type", "--delay", "30", text));
		if (typed.exitCode() != 0) {
			fail("xdotool could not type: " + typed.stderr());
		}
	}

	/** A window's size as "WIDTHxHEIGHT", or "" when it has gone. */
	static String geometry(String window) throws IOException, InterruptedException {
		InstalledProduct.Result shell = tool(List.of("xdotool", "getwindowgeometry", "--shell", window));
		String width = shell.stdout().lines().filter(l -> l.startsWith("WIDTH=")).map(l -> l.substring(6)).findFirst().orElse("");
		String height = shell.stdout().lines().filter(l -> l.startsWith("HEIGHT=")).map(l -> l.substring(7)).findFirst().orElse("");
		return width.isEmpty() ? "" : width + "x" + height;
	}

	static String windowName(String window) throws IOException, InterruptedException {
		return tool(List.of("xdotool", "getwindowname", window)).stdout().stripTrailing();
	}

	/** Gives {@code window} the keyboard focus and presses {@code keys} (xdotool syntax, e.g. "ctrl+q"). */
	static void press(String window, String keys) throws IOException, InterruptedException {
		tool(List.of("xdotool", "windowfocus", "--sync", window));
		InstalledProduct.Result pressed = tool(List.of("xdotool", "key", "--clearmodifiers", keys));
		if (pressed.exitCode() != 0) {
			fail("xdotool could not press " + keys + ": " + pressed.stderr());
		}
	}

	/** The visible window titled {@code title} of {@code process}, whatever its size. */
	static String dialogOf(Process process, String title, Path console, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("Cairn ended (exit " + process.exitValue() + ") before its window '" + title + "' appeared. Console:\n" + Files.readString(console));
			}
			List<String> found = windowsOf(process, title);
			if (!found.isEmpty()) {
				return found.get(0);
			}
			Thread.sleep(250);
		}
		fail("No window titled '" + title + "' of process " + process.pid() + " within " + timeout.toSeconds() + " s. Console:\n"
				+ Files.readString(console));
		return null;
	}

	/** The password the tests give the accounts they make (the first administrator's too). */
	static final String PASSWORD = "a long test passphrase";

	/**
	 * Answers the first-run setup wizard of a new database, as a person would: names the facility and makes the first
	 * administrator, {@code admin} with {@link #PASSWORD}, who is then signed in; then closes the recovery key's window.
	 */
	static void setUp(Process process, Path console, String product, Duration timeout) throws IOException, InterruptedException {
		String wizard = dialogOf(process, "Set up " + product, console, timeout);
		raise(wizard);
		Thread.sleep(500);
		type("Test Recovery Centre");
		press(wizard, "Return"); // Next
		Thread.sleep(800);
		type("admin");
		press(wizard, "Tab");
		type("Test Administrator");
		press(wizard, "Tab");
		type(PASSWORD);
		press(wizard, "Tab");
		type(PASSWORD);
		Thread.sleep(300);
		press(wizard, "Return"); // Finish
		// A new embedded database is made encrypted: its recovery key is shown once, to be stored.
		String recovery = dialogOf(process, "Recovery key", console, timeout);
		raise(recovery);
		Thread.sleep(300);
		press(recovery, "Return");
	}

	/** Signs {@code user} in at the login window of {@code product}, as a person would. */
	static void signIn(Process process, Path console, String product, String user, String password, Duration timeout)
			throws IOException, InterruptedException {
		String login = dialogOf(process, "Sign in \u2013 " + product, console, timeout);
		raise(login);
		Thread.sleep(500);
		type(user);
		press(login, "Tab");
		type(password);
		press(login, "Return");
	}

	/** Saves the whole screen as {@code <screenshots>/<name>.png}. */
	static Path screenshot(String name) throws IOException, InterruptedException {
		Path folder = Path.of(System.getProperty("cairn.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		InstalledProduct.Result shot = tool(List.of("import", "-window", "root", file.toString()));
		if (shot.exitCode() != 0) {
			fail("Could not take a screenshot: " + shot.stderr());
		}
		return file;
	}

	private static InstalledProduct.Result tool(List<String> command) throws IOException, InterruptedException {
		return InstalledProduct.run(new ProcessBuilder(command), Duration.ofSeconds(30));
	}
}
