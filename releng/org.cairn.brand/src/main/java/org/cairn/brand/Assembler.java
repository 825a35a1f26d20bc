package org.cairn.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Turns Cairn's product archives into a brand's, one per platform: unpacks the product, adds the brand bundle and
 * the brand's plugins to what the product starts, makes the brand's product the one that runs, renames the launcher
 * script after the brand and writes its names, adds icons for the platform (and for macOS an application bundle),
 * bundles a Java runtime for Linux when asked, and packs the result as {@code <command>-<version>-<platform>}.
 */
public final class Assembler {

	private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
	private static final String CONFIG_INI = "configuration/config.ini";

	private final Brand brand;
	private final Path products;
	private final Path out;
	private final Path jdk;
	private final Consumer<String> log;

	/**
	 * @param brand    the checked brand
	 * @param products the folder holding Cairn's product archives (cairn-VERSION-ENVIRONMENT.zip/tar.gz)
	 * @param out      the folder the branded archives are written to
	 * @param jdk      the JDK whose jlink makes the Linux runtime (its home), or null for the one running this
	 * @param log      where progress is reported
	 */
	public Assembler(Brand brand, Path products, Path out, Path jdk, Consumer<String> log) {
		this.brand = brand;
		this.products = products;
		this.out = out;
		this.jdk = jdk == null ? Path.of(System.getProperty("java.home")) : jdk;
		this.log = log;
	}

	/** Builds every platform the brand asks for and writes SHA256SUMS beside the archives; returns the archives. */
	public List<Path> build() throws IOException, BrandException {
		Files.createDirectories(out);
		List<Path> archives = new ArrayList<>();
		for (Target target : Target.values()) {
			if (brand.platforms().contains(target)) {
				archives.add(build(target));
			}
		}
		StringBuilder sums = new StringBuilder();
		for (Path archive : archives) {
			sums.append(sha256(archive)).append("  ").append(archive.getFileName()).append('\n');
		}
		Files.writeString(out.resolve("SHA256SUMS"), sums, StandardCharsets.UTF_8);
		Files.deleteIfExists(out.resolve("work"));
		return archives;
	}

	/** The product archive for {@code target} in the products folder. */
	Path productArchive(Target target) throws IOException, BrandException {
		String suffix = "-" + target.environment + "." + target.extension;
		List<Path> found;
		try (Stream<Path> list = Files.list(products)) {
			found = list.filter(p -> p.getFileName().toString().startsWith("cairn-") && p.getFileName().toString().endsWith(suffix))
					.sorted().toList();
		}
		if (found.isEmpty()) {
			throw new BrandException(products + ": no Cairn product archive for " + target.id + " (cairn-VERSION" + suffix + ")");
		}
		if (found.size() > 1) {
			throw new BrandException(products + ": more than one Cairn product archive for " + target.id + ": " + found);
		}
		return found.get(0);
	}

	Path build(Target target) throws IOException, BrandException {
		Path archive = productArchive(target);
		log.accept(target.id + ": unpacking " + archive.getFileName());
		Path work = out.resolve("work").resolve(target.id);
		Archives.deleteTree(work);
		Archives.unpack(archive, work);

		Path top = work.resolve(target.macos() ? "cairn.app" : "cairn");
		Path root = target.macos() ? top.resolve("Contents/Eclipse") : top;
		if (!Files.isDirectory(root.resolve("plugins")) || !Files.isRegularFile(root.resolve(BUNDLES_INFO))) {
			throw new BrandException(archive.getFileName() + ": not a Cairn product archive (no " + work.relativize(root) + "/plugins or bundles.info)");
		}
		checkFragment(target, root, archive);
		CairnApp cairn = CairnApp.read(cairnApp(root, archive));
		Icons icons = new Icons(ImageIO.read(brand.icon().toFile()));
		BrandBundle bundle = new BrandBundle(brand, cairn, icons);

		List<String> lines = new ArrayList<>(Files.readAllLines(root.resolve(BUNDLES_INFO), StandardCharsets.UTF_8));
		Set<String> installed = new TreeSet<>();
		for (String line : lines) {
			if (!line.startsWith("#") && line.contains(",")) {
				installed.add(line.substring(0, line.indexOf(',')));
			}
		}
		List<String> clashes = new ArrayList<>();
		for (ExtraPlugin plugin : brand.plugins()) {
			if (installed.contains(plugin.symbolicName()) || plugin.symbolicName().equals(BrandBundle.SYMBOLIC_NAME)) {
				clashes.add(plugin.origin() + ": " + plugin.symbolicName() + " is a bundle Cairn ships; a brand's plugin cannot replace it");
			}
		}
		if (!clashes.isEmpty()) {
			throw new BrandException(clashes);
		}
		for (ExtraPlugin plugin : brand.plugins()) {
			Files.write(root.resolve("plugins").resolve(plugin.fileName()), plugin.content());
			// Started like the facility plugins in dropins/, so that their components and extensions are active.
			lines.add(plugin.symbolicName() + "," + plugin.version() + ",plugins/" + plugin.fileName() + ",4,true");
		}
		Files.write(root.resolve("plugins").resolve(bundle.fileName()), bundle.jar());
		lines.add(BrandBundle.SYMBOLIC_NAME + "," + bundle.version() + ",plugins/" + bundle.fileName() + ",4,false");
		Files.write(root.resolve(BUNDLES_INFO), lines, StandardCharsets.UTF_8);
		setProduct(root.resolve(CONFIG_INI), archive);

		writeLauncher(target, root, archive);
		switch (target) {
		case LINUX_X86_64 -> {
			Files.write(root.resolve(brand.command() + ".png"), icons.png(256));
			if (brand.runtime()) {
				String modules = Runtimes.modulesFor(root.resolve("plugins"));
				log.accept(target.id + ": making the Java runtime with jlink (" + modules + ")");
				Runtimes.link(jdk, root.resolve("jre"), modules);
			}
		}
		case WINDOWS_X86_64 -> Files.write(root.resolve(brand.command() + ".ico"), icons.ico());
		case MACOS_AARCH64 -> MacApp.write(top, brand, cairn, icons);
		}

		Path renamed = work.resolve(target.macos() ? brand.name() + ".app" : brand.command());
		if (!renamed.equals(top)) {
			Files.move(top, renamed);
		}
		Path result = out.resolve(brand.command() + "-" + brand.archiveVersion(cairn.shortVersion()) + "-" + target.id + "." + target.extension);
		log.accept(target.id + ": writing " + result.getFileName());
		Files.deleteIfExists(result);
		Archives.pack(work, result);
		Archives.deleteTree(work);
		return result;
	}

	private static Path cairnApp(Path root, Path archive) throws IOException, BrandException {
		try (Stream<Path> list = Files.list(root.resolve("plugins"))) {
			return list.filter(p -> p.getFileName().toString().startsWith(CairnApp.BUNDLE + "_") && p.toString().endsWith(".jar"))
					.findFirst()
					.orElseThrow(() -> new BrandException(archive.getFileName() + ": not a Cairn product archive (no " + CairnApp.BUNDLE + " bundle)"));
		}
	}

	/** The archive must carry its platform's SWT fragment, and no other platform's. */
	private static void checkFragment(Target target, Path root, Path archive) throws IOException, BrandException {
		try (Stream<Path> list = Files.list(root.resolve("plugins"))) {
			List<String> fragments = list.map(p -> p.getFileName().toString())
					.filter(n -> n.matches("org\\.eclipse\\.swt\\.(gtk|win32|cocoa)\\..*")).toList();
			if (fragments.size() != 1 || !fragments.get(0).startsWith(target.swtFragment() + "_")) {
				throw new BrandException(archive.getFileName() + ": expected the SWT fragment " + target.swtFragment() + " alone, found " + fragments);
			}
		}
	}

	private void setProduct(Path configIni, Path archive) throws IOException, BrandException {
		List<String> lines = new ArrayList<>(Files.readAllLines(configIni, StandardCharsets.ISO_8859_1));
		boolean found = false;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("eclipse.product=")) {
				lines.set(i, "eclipse.product=" + BrandBundle.PRODUCT_ID);
				found = true;
			}
		}
		if (!found) {
			throw new BrandException(archive.getFileName() + ": configuration/config.ini names no product (eclipse.product)");
		}
		Files.write(configIni, lines, StandardCharsets.ISO_8859_1);
	}

	/** The launcher script renamed after the brand, and the names it reads. */
	private void writeLauncher(Target target, Path root, Path archive) throws IOException, BrandException {
		String script = target.windows() ? "cairn.cmd" : "cairn";
		String branded = target.windows() ? brand.command() + ".cmd" : brand.command();
		if (!Files.isRegularFile(root.resolve(script))) {
			throw new BrandException(archive.getFileName() + ": the launcher script " + script + " is missing");
		}
		if (!script.equals(branded)) {
			Files.move(root.resolve(script), root.resolve(branded));
		}
		if (!target.windows()) {
			Archives.makeExecutable(root.resolve(branded));
		}
		StringBuilder conf = new StringBuilder();
		conf.append("# The product's names, read by the launcher scripts; written by Cairn's brand tool.\n");
		conf.append("name=").append(brand.name()).append('\n');
		conf.append("command=").append(brand.command()).append('\n');
		if (!brand.dataFolder().isEmpty()) {
			conf.append("data.folder=").append(brand.dataFolder()).append('\n');
		}
		String text = target.windows() ? conf.toString().replace("\n", "\r\n") : conf.toString();
		Files.createDirectories(root.resolve("launcher"));
		Files.writeString(root.resolve("launcher/launcher.conf"), text, StandardCharsets.UTF_8);
	}

	static String sha256(Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (var in = Files.newInputStream(file)) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
