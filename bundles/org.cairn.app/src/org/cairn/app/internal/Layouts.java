package org.cairn.app.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each person's workbench layout is their own. E4 keeps one layout in the data folder (the open charts, editors and
 * their patients among it); on a shared workstation the next person to sign in would get the last one's. When someone
 * else signs in than the person whose layout is there, that layout is put away under its owner's name and the one who
 * signs in gets their own back, or the product's first layout. This runs after the sign-in and before E4 reads the
 * layout. A layout of unknown owner (kept from before) is put away as {@code unknown}, never shown to anyone.
 */
final class Layouts {

	/** Where E4 keeps the workbench layout, under the data folder. */
	static final String E4_LAYOUT = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
	/** Where Cairn keeps each person's layout while someone else works, and whose layout E4's is. */
	static final String KEPT = ".metadata/.plugins/org.cairn.app/layouts";
	static final String OWNER = "owner";

	/** User ids are login names; anything else is not made into a file name. */
	private static final Pattern SAFE = Pattern.compile("[a-z0-9._-]{1,64}");

	private final Path layout;
	private final Path kept;

	Layouts(Path dataFolder) {
		this.layout = dataFolder.resolve(E4_LAYOUT);
		this.kept = dataFolder.resolve(KEPT);
	}

	/** The layouts of the data folder E4 runs on (the instance area), if it has one. */
	static Optional<Layouts> ofInstanceArea() {
		String area = System.getProperty("osgi.instance.area");
		if (area == null || !area.startsWith("file:")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Layouts(Path.of(URI.create(area.replace(" ", "%20")))));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Whose layout E4's is, if known. */
	Optional<String> owner() throws IOException {
		Path owner = kept.resolve(OWNER);
		return Files.exists(owner) ? Optional.of(Files.readString(owner, StandardCharsets.UTF_8).strip()).filter(SAFE.asPredicate()) : Optional.empty();
	}

	/**
	 * Makes E4's layout {@code user}'s: the one there put away under its owner's name, {@code user}'s own put in its
	 * place. With {@code reset} (the layout is being reset, or Cairn was upgraded and its model changed) every kept
	 * layout is dropped, since each belongs to the model it was saved from.
	 */
	void takeFor(String user, boolean reset) throws IOException {
		if (!SAFE.matcher(user).matches()) {
			throw new IOException("not a user id that can name a layout: " + user);
		}
		if (reset) {
			if (Files.isDirectory(kept)) {
				try (var files = Files.list(kept)) {
					for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xmi")).toList()) {
						Files.delete(file);
					}
				}
			}
			Files.deleteIfExists(layout);
			Files.createDirectories(kept);
			Files.writeString(kept.resolve(OWNER), user, StandardCharsets.UTF_8);
			return;
		}
		Optional<String> owner = owner();
		if (owner.isPresent() && owner.get().equals(user)) {
			return;
		}
		Files.createDirectories(kept);
		if (Files.exists(layout)) {
			Files.move(layout, kept.resolve(owner.orElse("unknown") + ".xmi"), StandardCopyOption.REPLACE_EXISTING);
		}
		Path own = kept.resolve(user + ".xmi");
		if (Files.exists(own)) {
			Files.createDirectories(layout.getParent());
			Files.move(own, layout, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(kept.resolve(OWNER), user, StandardCharsets.UTF_8);
	}

	/** Removes E4's layout, so that the product's first one is used (when it could not be made anyone's own). */
	void discardQuietly() {
		try {
			Files.deleteIfExists(layout);
		} catch (IOException e) {
			// nothing more to do: the caller logs why the layout could not be taken
		}
	}
}
