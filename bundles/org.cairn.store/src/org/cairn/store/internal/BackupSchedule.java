package org.cairn.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cairn.core.Settings;
import org.cairn.store.StoreException;

/**
 * The scheduled backup of the embedded database, taken by the running workstation itself (an embedded database is
 * held by the process that has it open, so {@code cairn admin backup} cannot take it meanwhile). Settings:
 * <ul>
 * <li>{@code backup.folder}: where the backups go; the schedule is off while it is not set;</li>
 * <li>{@code backup.every}: how often, as {@code 30m}, {@code 12h} or {@code 1d} (default 1d, at least 15m);</li>
 * <li>{@code backup.keep}: how many scheduled backups to keep (default 14); older ones are deleted;</li>
 * <li>{@code backup.passphraseFile}: a file whose first line is the passphrase, else the environment variable
 * {@code CAIRN_BACKUP_PASSPHRASE}.</li>
 * </ul>
 * Backups are named {@code cairn-backup-<UTC time>.cairnbackup}; only files so named are counted and pruned. The next
 * backup is due {@code every} after the newest in the folder, so a workstation that was closed overnight catches up
 * soon after it starts.
 */
public final class BackupSchedule {

	public static final String FOLDER = "backup.folder";
	public static final String EVERY = "backup.every";
	public static final String KEEP = "backup.keep";
	public static final String PASSPHRASE_FILE = "backup.passphraseFile";

	static final Duration DEFAULT_EVERY = Duration.ofDays(1);
	static final Duration SHORTEST = Duration.ofMinutes(15);
	static final int DEFAULT_KEEP = 14;
	/** A due backup waits this long after start-up, so that it does not compete with opening the workstation. */
	public static final Duration AFTER_START = Duration.ofMinutes(2);

	private static final Pattern NAME = Pattern.compile("cairn-backup-(\\d{8}-\\d{6})\\.cairnbackup");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
	private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*([mhd])");

	/** A schedule read from the settings. */
	public record Config(Path folder, Duration every, int keep, Path passphraseFile) {
	}

	private final Database database;
	private final Config config;
	private final Path workFolder;
	private final Clock clock;
	private final Map<String, String> environment;

	public BackupSchedule(Database database, Config config, Path workFolder, Clock clock, Map<String, String> environment) {
		this.database = database;
		this.config = config;
		this.workFolder = workFolder;
		this.clock = clock;
		this.environment = environment;
	}

	/**
	 * The schedule the settings ask for: empty when {@code backup.folder} is not set.
	 *
	 * @throws StoreException naming the setting and its value when one cannot be used
	 */
	public static Optional<Config> read(Settings settings) {
		Optional<String> folder = settings.get(FOLDER);
		if (folder.isEmpty()) {
			return Optional.empty();
		}
		Path path = Path.of(folder.get());
		if (!path.isAbsolute()) {
			throw new StoreException("The setting " + FOLDER + " must be an absolute folder (was '" + folder.get() + "')");
		}
		Duration every = parseInterval(settings.get(EVERY, ""));
		int keep;
		try {
			keep = settings.getInt(KEEP, DEFAULT_KEEP);
		} catch (IllegalArgumentException e) {
			throw new StoreException(e.getMessage());
		}
		if (keep < 1) {
			throw new StoreException("The setting " + KEEP + " must be 1 or more (was " + keep + ")");
		}
		return Optional.of(new Config(path, every, keep, settings.get(PASSPHRASE_FILE).map(Path::of).orElse(null)));
	}

	/** "30m", "12h", "1d" as a duration; empty means the default, a day. */
	public static Duration parseInterval(String text) {
		String value = text.strip().toLowerCase();
		if (value.isEmpty()) {
			return DEFAULT_EVERY;
		}
		Matcher matcher = INTERVAL.matcher(value);
		if (!matcher.matches()) {
			throw new StoreException("The setting " + EVERY + " is a number and m, h or d, such as 12h or 1d (was '" + text.strip() + "')");
		}
		long amount = Long.parseLong(matcher.group(1));
		Duration every = switch (matcher.group(2)) {
		case "m" -> Duration.ofMinutes(amount);
		case "h" -> Duration.ofHours(amount);
		default -> Duration.ofDays(amount);
		};
		if (every.compareTo(SHORTEST) < 0) {
			throw new StoreException("The setting " + EVERY + " must be at least 15m (was '" + text.strip() + "')");
		}
		return every;
	}

	public Config config() {
		return config;
	}

	/** The scheduled backups in the folder, newest first, with the time in their names. */
	public List<Path> backups() throws IOException {
		if (!Files.isDirectory(config.folder())) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(config.folder())) {
			return list.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
					.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
		}
	}

	/** When the newest scheduled backup was taken (from its name), if there is one. */
	public Optional<Instant> newest() throws IOException {
		List<Path> backups = backups();
		if (backups.isEmpty()) {
			return Optional.empty();
		}
		Matcher matcher = NAME.matcher(backups.get(0).getFileName().toString());
		matcher.matches();
		try {
			return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** How long until the next backup is due: {@code every} after the newest, at least {@code minimum} from now. */
	public Duration untilDue(Duration minimum) throws IOException {
		Instant now = clock.instant();
		Duration wait = newest().map(last -> Duration.between(now, last.plus(config.every()))).orElse(Duration.ZERO);
		return wait.compareTo(minimum) < 0 ? minimum : wait;
	}

	/**
	 * Takes a backup now into the folder, then deletes the oldest scheduled backups beyond {@code keep}.
	 *
	 * @throws StoreException saying what failed; nothing partial is left behind
	 */
	public Backups.Result run() {
		char[] passphrase = passphrase();
		try {
			Files.createDirectories(config.folder());
			String name = "cairn-backup-" + STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + ".cairnbackup";
			Backups.Result result = Backups.backUp(database, config.folder().resolve(name), passphrase, workFolder, "system:scheduled-backup");
			prune();
			return result;
		} catch (IOException e) {
			throw new StoreException("The backup folder " + config.folder() + " cannot be used: " + e.getMessage(), e);
		} finally {
			Arrays.fill(passphrase, '\0');
		}
	}

	private void prune() throws IOException {
		List<Path> backups = backups();
		for (Path old : backups.subList(Math.min(config.keep(), backups.size()), backups.size())) {
			Files.deleteIfExists(old);
		}
	}

	char[] passphrase() {
		if (config.passphraseFile() != null) {
			try {
				List<String> lines = Files.readAllLines(config.passphraseFile(), StandardCharsets.UTF_8);
				if (lines.isEmpty() || lines.get(0).isEmpty()) {
					throw new StoreException("The backup passphrase file " + config.passphraseFile() + " (" + PASSPHRASE_FILE + ") is empty");
				}
				return lines.get(0).toCharArray();
			} catch (IOException e) {
				throw new StoreException("The backup passphrase file " + config.passphraseFile() + " (" + PASSPHRASE_FILE + ") cannot be read: "
						+ e.getMessage(), e);
			}
		}
		String variable = environment.get(BackupCommands.PASSPHRASE_VARIABLE);
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		throw new StoreException("No backup passphrase: set " + PASSPHRASE_FILE + " to a file holding it, or the environment variable "
				+ BackupCommands.PASSPHRASE_VARIABLE);
	}
}
