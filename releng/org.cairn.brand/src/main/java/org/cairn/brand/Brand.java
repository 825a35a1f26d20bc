package org.cairn.brand;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * An administrator's brand, read from its folder and checked. The folder holds:
 * <ul>
 * <li>{@code brand.properties}: {@code name} and {@code command} (required), {@code vendor}, {@code version},
 * {@code data.folder}, {@code splash.foreground}, {@code runtime} (bundle a Java runtime in the Linux archive,
 * default true), {@code platforms};</li>
 * <li>{@code splash.png} and {@code icon.png} (required);</li>
 * <li>{@code about.txt}, {@code brand.css}, {@code defaults.ini}, {@code credits.txt} and {@code plugins/}
 * (optional).</li>
 * </ul>
 * Every problem found is reported at once, each naming its file (and line, where there is one), so that an
 * administrator fixes the folder in one pass.
 *
 * @param folder           the brand folder
 * @param name             product name, in the window title, splash, About and messages
 * @param command          the launcher's name and the archives' prefix: lower-case letters, digits and hyphens
 * @param vendor           who provides this build, or empty
 * @param versionLabel     the brand's own version label, or empty
 * @param dataFolder       the data folder's name in the per-user place, or an absolute path, or empty
 * @param splashForeground the splash text colour as #RRGGBB
 * @param aboutText        the About text, or empty for Cairn's own
 * @param extraCredits     credits lines to add to Cairn's, or empty
 * @param css              the brand's stylesheet, or null
 * @param defaults         default preferences, "node/key" to value, in the file's order
 * @param splash           the splash image
 * @param icon             the square icon the window, launcher and About images are made from
 * @param runtime          whether the Linux archive carries a Java runtime made with jlink
 * @param platforms        the platforms to build archives for
 * @param plugins          the extra plugins to include
 */
public record Brand(Path folder, String name, String command, String vendor, String versionLabel, String dataFolder,
		String splashForeground, String aboutText, String extraCredits, Path css, Map<String, String> defaults,
		Path splash, Path icon, boolean runtime, Set<Target> platforms, List<ExtraPlugin> plugins) {

	public static final String PROPERTIES = "brand.properties";
	public static final String SPLASH = "splash.png";
	public static final String ICON = "icon.png";
	public static final String ABOUT = "about.txt";
	public static final String CSS = "brand.css";
	public static final String DEFAULTS = "defaults.ini";
	public static final String CREDITS = "credits.txt";
	public static final String PLUGINS = "plugins";

	static final Pattern COMMAND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
	static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
	static final Pattern VERSION_LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,31}");
	static final Pattern PREFERENCE = Pattern.compile("([A-Za-z0-9._-]+/[A-Za-z0-9._/-]+)=(.*)");
	private static final Set<String> KEYS = Set.of("name", "command", "vendor", "version", "data.folder",
			"splash.foreground", "runtime", "platforms");
	/** Smallest and largest splash images that look right on a laptop and a large monitor. */
	static final int SPLASH_MIN_WIDTH = 300, SPLASH_MIN_HEIGHT = 150, SPLASH_MAX_WIDTH = 1000, SPLASH_MAX_HEIGHT = 700;
	/** The smallest icon from which every size down to 16 pixels (and up to 256) can be made. */
	static final int ICON_MIN = 256;

	/** Reads and checks the brand in {@code folder}. */
	public static Brand read(Path folder) throws BrandException {
		List<String> problems = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			throw new BrandException(List.of(folder + ": no such folder"));
		}
		Path propertiesFile = folder.resolve(PROPERTIES);
		Properties properties = new Properties();
		if (!Files.isRegularFile(propertiesFile)) {
			problems.add(PROPERTIES + ": missing; it names the product (name=...) and its launcher (command=...)");
		} else {
			try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
				properties.load(in);
			} catch (IOException | IllegalArgumentException e) {
				problems.add(PROPERTIES + ": cannot be read (" + e.getMessage() + ")");
			}
		}
		for (String key : properties.stringPropertyNames()) {
			if (!KEYS.contains(key)) {
				problems.add(PROPERTIES + ": unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
			}
		}
		String name = properties.getProperty("name", "").strip();
		if (Files.isRegularFile(propertiesFile)) {
			if (name.isEmpty()) {
				problems.add(PROPERTIES + ": 'name' is missing: the product's name, e.g. name=Harbour Recovery Workstation");
			} else if (name.length() > 60 || name.chars().anyMatch(c -> c < 0x20 || "<>&\"\\".indexOf(c) >= 0)) {
				problems.add(PROPERTIES + ": 'name' must be at most 60 characters with none of < > & \" \\ (was '" + name + "')");
			}
		}
		String command = properties.getProperty("command", "").strip();
		if (Files.isRegularFile(propertiesFile) && !COMMAND.matcher(command).matches()) {
			problems.add(PROPERTIES + ": 'command' is the launcher's name: lower-case letters, digits and hyphens, starting with a letter, at most 32 (was '"
					+ command + "')");
		}
		String vendor = properties.getProperty("vendor", "").strip();
		String versionLabel = properties.getProperty("version", "").strip();
		if (!versionLabel.isEmpty() && !VERSION_LABEL.matcher(versionLabel).matches()) {
			problems.add(PROPERTIES + ": 'version' is a label such as 2026.12 or 3.1-site: letters, digits, . _ + - (was '" + versionLabel + "')");
		}
		String dataFolder = properties.getProperty("data.folder", "").strip();
		if (!dataFolder.isEmpty() && (dataFolder.contains("..") || dataFolder.chars().anyMatch(c -> c < 0x20 || "\"%*?<>|".indexOf(c) >= 0))) {
			problems.add(PROPERTIES + ": 'data.folder' is a folder name or an absolute path without .., quotes, % * ? < > | (was '" + dataFolder + "')");
		}
		String foreground = properties.getProperty("splash.foreground", "#56656C").strip();
		if (!COLOUR.matcher(foreground).matches()) {
			problems.add(PROPERTIES + ": 'splash.foreground' is a colour as #RRGGBB (was '" + foreground + "')");
		}
		String runtimeValue = properties.getProperty("runtime", "true").strip();
		if (!runtimeValue.equals("true") && !runtimeValue.equals("false")) {
			problems.add(PROPERTIES + ": 'runtime' is true or false (was '" + runtimeValue + "')");
		}
		Set<Target> platforms = EnumSet.noneOf(Target.class);
		String platformsValue = properties.getProperty("platforms", "").strip();
		if (platformsValue.isEmpty()) {
			platforms.addAll(EnumSet.allOf(Target.class));
		} else {
			for (String id : platformsValue.split("[,\\s]+")) {
				Target target = Target.byId(id);
				if (target == null) {
					problems.add(PROPERTIES + ": 'platforms' lists '" + id + "'; known platforms: " + Target.ids());
				} else {
					platforms.add(target);
				}
			}
		}

		Path splash = folder.resolve(SPLASH);
		checkImage(splash, problems, (width, height) -> width < SPLASH_MIN_WIDTH || height < SPLASH_MIN_HEIGHT
				|| width > SPLASH_MAX_WIDTH || height > SPLASH_MAX_HEIGHT
						? "is " + width + "\u00d7" + height + " pixels; a splash is between " + SPLASH_MIN_WIDTH + "\u00d7"
								+ SPLASH_MIN_HEIGHT + " and " + SPLASH_MAX_WIDTH + "\u00d7" + SPLASH_MAX_HEIGHT
						: null);
		Path icon = folder.resolve(ICON);
		checkImage(icon, problems, (width, height) -> width != height || width < ICON_MIN
				? "is " + width + "\u00d7" + height + " pixels; the icon must be square and at least " + ICON_MIN + "\u00d7" + ICON_MIN
				: null);

		// Lines of a paragraph are joined (the About dialog wraps them to its width); a blank line starts a new one.
		String about = readText(folder.resolve(ABOUT), problems).replace("\r\n", "\n").replaceAll("(?<!\n)\n(?!\n)", " ");
		String credits = readText(folder.resolve(CREDITS), problems);
		Path css = folder.resolve(CSS);
		if (Files.isRegularFile(css)) {
			checkCss(css, problems);
		} else {
			css = null;
		}
		Map<String, String> defaults = readDefaults(folder.resolve(DEFAULTS), problems);
		List<ExtraPlugin> plugins = ExtraPlugin.readAll(folder.resolve(PLUGINS), problems);

		if (!problems.isEmpty()) {
			throw new BrandException(problems);
		}
		return new Brand(folder, name, command, vendor, versionLabel, dataFolder, foreground.toUpperCase(), about,
				credits, css, defaults, splash, icon, Boolean.parseBoolean(runtimeValue), Set.copyOf(platforms), plugins);
	}

	/** The label in archive names: the brand's version label, else Cairn's version. */
	String archiveVersion(String cairnVersion) {
		return versionLabel.isEmpty() ? cairnVersion : versionLabel;
	}

	private interface SizeCheck {
		String problem(int width, int height);
	}

	private static void checkImage(Path file, List<String> problems, SizeCheck check) {
		String label = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			problems.add(label + ": missing (a PNG image)");
			return;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(8);
			if (head.length < 8 || (head[0] & 0xFF) != 0x89 || head[1] != 'P' || head[2] != 'N' || head[3] != 'G') {
				problems.add(label + ": not a PNG image");
				return;
			}
		} catch (IOException e) {
			problems.add(label + ": cannot be read (" + e.getMessage() + ")");
			return;
		}
		try {
			BufferedImage image = ImageIO.read(file.toFile());
			if (image == null) {
				problems.add(label + ": not a PNG image that can be read");
				return;
			}
			String problem = check.problem(image.getWidth(), image.getHeight());
			if (problem != null) {
				problems.add(label + ": " + problem);
			}
		} catch (IOException e) {
			problems.add(label + ": a damaged PNG image (" + e.getMessage() + ")");
		}
	}

	private static String readText(Path file, List<String> problems) {
		if (!Files.isRegularFile(file)) {
			return "";
		}
		try {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			problems.add(file.getFileName() + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
			return "";
		}
	}

	/** A stylesheet must at least have its braces and comments closed; the CSS engine ignores what it cannot use. */
	private static void checkCss(Path file, List<String> problems) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			problems.add(CSS + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
			return;
		}
		int depth = 0;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				if (end < 0) {
					problems.add(CSS + " line " + line + ": a comment that is never closed");
					return;
				}
				line += (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
				i = end + 1;
			} else if (c == '{') {
				depth++;
			} else if (c == '}') {
				depth--;
				if (depth < 0) {
					problems.add(CSS + " line " + line + ": '}' without a '{'");
					return;
				}
			}
		}
		if (depth != 0) {
			problems.add(CSS + ": a '{' is never closed");
		}
	}

	private static Map<String, String> readDefaults(Path file, List<String> problems) {
		Map<String, String> defaults = new LinkedHashMap<>();
		if (!Files.isRegularFile(file)) {
			return defaults;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			problems.add(DEFAULTS + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
			return defaults;
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			var matcher = PREFERENCE.matcher(line);
			if (!matcher.matches()) {
				problems.add(DEFAULTS + " line " + (i + 1) + ": expected <node>/<key>=<value>, e.g. org.cairn.core/store.url=jdbc:postgresql://db/cairn (was '"
						+ line + "')");
			} else if (matcher.group(1).strip().endsWith("/store.password")) {
				problems.add(DEFAULTS + " line " + (i + 1) + ": a database password must not be built into a brand, where every copy of the archive"
						+ " would carry it; give it on each workstation (CAIRN_JAVA_OPTS=-Dcairn.store.password=...)");
			} else if (defaults.put(matcher.group(1).strip(), matcher.group(2).strip()) != null) {
				problems.add(DEFAULTS + " line " + (i + 1) + ": " + matcher.group(1).strip() + " is set twice");
			}
		}
		return defaults;
	}
}
