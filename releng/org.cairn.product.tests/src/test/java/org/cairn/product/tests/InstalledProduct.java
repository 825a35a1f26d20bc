package org.cairn.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The product archive as an administrator receives it, unpacked once per test run into {@code target/launch},
 * and the processes started through its {@code cairn} launcher script.
 */
final class InstalledProduct {

	/** One entry of an Equinox log: {@code !ENTRY <bundle> <severity> <code> <date>}, severity 4 = error. */
	private static final Pattern LOG_ENTRY = Pattern.compile("^!ENTRY (\\S+) (\\d+) .*$", Pattern.MULTILINE);

	private static final Pattern NEXT_ENTRY = Pattern.compile("^!(ENTRY|SESSION) ", Pattern.MULTILINE);

	private static Path home;

	private InstalledProduct() {
	}

	/** The folder of the tests' own files (data folders, console output). */
	static Path work() {
		return Path.of(System.getProperty("cairn.work", "target/launch")).toAbsolutePath();
	}

	/** The unpacked product's root folder (the one holding the {@code cairn} script). */
	static synchronized Path home() throws IOException, InterruptedException {
		if (home == null) {
			Path archive = Path.of(System.getProperty("cairn.product.archive", "missing"));
			if (!Files.isRegularFile(archive)) {
				fail("The product archive " + archive + " is missing: build it first (./mvnw verify builds it before these tests)");
			}
			Path install = work().resolve("install");
			deleteTree(install);
			Files.createDirectories(install);
			Result untar = run(new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", install.toString()), Duration.ofMinutes(2));
			assertTrue(untar.exitCode() == 0, "tar could not unpack " + archive + ": " + untar.stderr());
			home = install.resolve("cairn");
			assertTrue(Files.isExecutable(home.resolve("cairn")), "the archive holds an executable cairn/cairn launcher");
		}
		return home;
	}

	/** A fresh, not yet existing data folder {@code target/launch/<name>}. */
	static Path freshDataFolder(String name) throws IOException {
		Path data = work().resolve(name);
		deleteTree(data);
		Files.createDirectories(data.getParent());
		return data;
	}

	/**
	 * A process builder for {@code cairn <args>} with the test's environment changed by {@code env}: a null value
	 * removes the variable.
	 */
	static ProcessBuilder cairn(Map<String, String> env, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(home().resolve("cairn").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(work().toFile());
		env.forEach((name, value) -> {
			if (value == null) {
				builder.environment().remove(name);
			} else {
				builder.environment().put(name, value);
			}
		});
		return builder;
	}

	/** Environment changes that take the display away, as on a server console or over plain ssh. */
	static Map<String, String> noDisplay() {
		Map<String, String> env = new HashMap<>();
		env.put("DISPLAY", null);
		env.put("WAYLAND_DISPLAY", null);
		return env;
	}

	/**
	 * Runs {@code cairn --data DATA admin ARGS} to its end without a display, with the environment changed by
	 * {@code env} as in {@link #cairn}.
	 */
	static Result admin(Map<String, String> env, Path data, Duration timeout, String... args) throws IOException, InterruptedException {
		Map<String, String> all = noDisplay();
		all.putAll(env);
		List<String> command = new ArrayList<>(List.of("--data", data.toString(), "admin"));
		command.addAll(List.of(args));
		return run(cairn(all, command.toArray(String[]::new)), timeout);
	}

	/** The first administrator {@link #siteAdministrator} makes, and their password. */
	static final String SITE_ADMIN = "site.admin";
	static final String SITE_ADMIN_PASSWORD = "a site administrator's passphrase";

	/** The demo staff's password ({@code cairn admin demo}). */
	static final String DEMO_PASSWORD = "cairn demo password";

	/**
	 * The environment that signs {@code user} in at the command line: {@code CAIRN_ADMIN_USER} and a file with
	 * {@code password} as {@code CAIRN_ADMIN_PASSWORD_FILE}.
	 */
	static Map<String, String> signedIn(String user, String password) throws IOException {
		Path file = workOrTemp().resolve(user + "-" + Integer.toHexString(password.hashCode()) + ".password");
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		return Map.of("CAIRN_ADMIN_USER", user, "CAIRN_ADMIN_PASSWORD_FILE", file.toString());
	}

	/**
	 * Signs in the first administrator of the database in {@code data}, made on first use (the first account of a new
	 * database needs nobody signed in): {@code site.admin}.
	 */
	static Map<String, String> siteAdministrator(Map<String, String> env, Path data, Duration timeout) throws IOException, InterruptedException {
		Map<String, String> signedIn = signedIn(SITE_ADMIN, SITE_ADMIN_PASSWORD);
		Path marker = data.resolve("site-admin-made");
		if (!Files.exists(marker)) {
			Result made = admin(env, data, timeout, "users", "add", SITE_ADMIN, "--name", "Site Administrator", "--roles", "administrator",
					"--password-file", signedIn.get("CAIRN_ADMIN_PASSWORD_FILE"));
			if (made.exitCode() != 0) {
				fail("the first administrator could not be made: " + made.both());
			}
			Files.createDirectories(data);
			Files.writeString(marker, "");
		}
		return signedIn;
	}

	/** Runs {@code builder} to its end and returns its exit code and output. */
	static Result run(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
		Path out = Files.createTempFile(workOrTemp(), "out", ".txt");
		Path err = Files.createTempFile(workOrTemp(), "err", ".txt");
		try {
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail(String.join(" ", builder.command()) + " did not finish within " + timeout.toSeconds() + " s; output: "
						+ Files.readString(out) + Files.readString(err));
			}
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	private static Path workOrTemp() throws IOException {
		Path dir = work().resolve("output");
		Files.createDirectories(dir);
		return dir;
	}

	/** The error entries (severity 4) of the platform log in {@code data}, each with its message line. */
	static List<String> logErrors(Path data) throws IOException {
		Path log = data.resolve(".metadata/.log");
		if (!Files.exists(log)) {
			return List.of();
		}
		String text = Files.readString(log, StandardCharsets.UTF_8);
		List<String> errors = new ArrayList<>();
		Matcher entry = LOG_ENTRY.matcher(text);
		while (entry.find()) {
			if (entry.group(2).equals("4")) {
				// The entry with its message and stack, up to the next entry or session.
				Matcher next = NEXT_ENTRY.matcher(text);
				int end = next.find(entry.end()) ? next.start() : text.length();
				errors.add(text.substring(entry.start(), end).strip());
			}
		}
		return errors;
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** A finished process: its exit code and what it printed. */
	record Result(int exitCode, String stdout, String stderr) {
		String both() {
			return stdout + stderr;
		}
	}

	/**
	 * The audit log of the embedded database in {@code data}, oldest first, an event a line: "user ACTION OUTCOME", and
	 * with {@code details} its detail after it.
	 */
	static List<String> auditLog(Path data, boolean details) throws Exception {
		List<String> events = new ArrayList<>();
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("database/cairn").toAbsolutePath(),
				"cairn", ""); java.sql.Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("SELECT user_id, action, outcome, detail FROM cairn_audit ORDER BY seq")) {
			while (rows.next()) {
				events.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + (details ? " " + rows.getString(4) : ""));
			}
		}
		return events;
	}
}
