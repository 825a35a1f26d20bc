package org.cairn.brand;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The brand tool's command line:
 *
 * <pre>
 * java -jar cairn-brand.jar --brand DIR --products DIR [--out DIR] [--jdk DIR] [--check]
 * </pre>
 *
 * Checks the brand folder (with {@code --check}, only that) and writes the branded archives and their SHA256SUMS to
 * {@code --out} (default {@code ./<command>}). Exit status: 0 done, 1 the brand or the product cannot be used (every
 * reason printed), 2 wrong arguments.
 */
public final class BrandTool {

	private BrandTool() {
	}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path brandFolder = null;
		Path products = null;
		Path output = null;
		Path jdk = null;
		boolean checkOnly = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				usage(out);
				return 0;
			}
			if (arg.equals("--check")) {
				checkOnly = true;
				continue;
			}
			if (i + 1 >= args.length || !List.of("--brand", "--products", "--out", "--jdk").contains(arg)) {
				err.println("cairn-brand: " + (arg.startsWith("--") && i + 1 >= args.length ? arg + " needs a folder" : "unknown argument " + arg));
				usage(err);
				return 2;
			}
			Path value = Path.of(args[++i]);
			switch (arg) {
			case "--brand" -> brandFolder = value;
			case "--products" -> products = value;
			case "--out" -> output = value;
			default -> jdk = value;
			}
		}
		if (brandFolder == null || (products == null && !checkOnly)) {
			err.println("cairn-brand: --brand and --products are required");
			usage(err);
			return 2;
		}
		Brand brand;
		try {
			brand = Brand.read(brandFolder);
		} catch (BrandException e) {
			printProblems(err, "The brand in " + brandFolder + " cannot be built:", e);
			return 1;
		}
		for (ExtraPlugin plugin : brand.plugins()) {
			if (plugin.javaVersion() > 21) {
				err.println("warning: " + plugin.origin() + " needs Java " + plugin.javaVersion()
						+ "; workstations that run the brand on their own Java need that version too");
			}
		}
		if (checkOnly) {
			out.println("The brand " + brand.name() + " (" + brand.command() + ") in " + brandFolder + " is ready to build: "
					+ brand.plugins().size() + " extra plugin(s), platforms " + brand.platforms().stream().map(t -> t.id).sorted().toList());
			return 0;
		}
		if (!Files.isDirectory(products)) {
			err.println("cairn-brand: " + products + " is not a folder of Cairn product archives");
			return 1;
		}
		Path target = output == null ? Path.of(brand.command()) : output;
		try {
			List<Path> archives = new Assembler(brand, products, target, jdk, line -> out.println(line)).build();
			out.println();
			out.println("Built " + brand.name() + " in " + target.toAbsolutePath().normalize() + ":");
			for (Path archive : archives) {
				out.printf("  %-50s %6.1f MB%n", archive.getFileName(), Files.size(archive) / 1e6);
			}
			out.println("  SHA256SUMS");
			return 0;
		} catch (BrandException e) {
			printProblems(err, "The brand " + brand.name() + " cannot be built:", e);
			return 1;
		} catch (IOException e) {
			err.println("cairn-brand: " + e);
			return 1;
		}
	}

	private static void printProblems(PrintStream err, String heading, BrandException e) {
		err.println(heading);
		for (String problem : e.problems()) {
			err.println("  - " + problem);
		}
	}

	private static void usage(PrintStream out) {
		out.println("""
				Usage: java -jar cairn-brand.jar --brand DIR --products DIR [--out DIR] [--jdk DIR] [--check]

				  --brand DIR     the brand folder (brand.properties, splash.png, icon.png, ...; docs/BRANDING.md)
				  --products DIR  the folder with Cairn's product archives (cairn-VERSION-linux.gtk.x86_64.tar.gz, ...)
				  --out DIR       where the branded archives go (default: ./<command>)
				  --jdk DIR       the JDK 21+ whose jlink makes the Linux runtime (default: the Java running this)
				  --check         only check the brand folder""");
	}
}
