package org.cairn.brand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The bundle {@code org.cairn.brand} that makes a product of Cairn a brand's: it declares the product
 * {@code org.cairn.brand.product} with Cairn's application model, lifecycle and add-ons and the brand's name, version
 * label, about text, credits, icons, splash, stylesheet and default preferences. Everything else about the product
 * stays Cairn's.
 */
final class BrandBundle {

	static final String SYMBOLIC_NAME = "org.cairn.brand";
	static final String PRODUCT_ID = SYMBOLIC_NAME + ".product";
	/** Product properties the brand sets itself; every other property of Cairn's product is kept. */
	private static final List<String> BRAND_PROPERTIES = List.of("appName", "applicationCSS", "windowImages", "aboutImage",
			"aboutText", "cairn.credits", "cairn.versionLabel", "cairn.splash", "cairn.splashForeground",
			"preferenceCustomization");

	private final Brand brand;
	private final CairnApp cairn;
	private final Icons icons;

	BrandBundle(Brand brand, CairnApp cairn, Icons icons) {
		this.brand = brand;
		this.cairn = cairn;
		this.icons = icons;
	}

	String fileName() {
		return SYMBOLIC_NAME + "_" + cairn.version() + ".jar";
	}

	String version() {
		return cairn.version();
	}

	/** The jar. */
	byte[] jar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME + ";singleton:=true");
		main.putValue("Bundle-Version", cairn.version());
		main.putValue("Bundle-Name", "%bundleName");
		main.putValue("Bundle-Vendor", "%bundleVendor");
		main.putValue("Bundle-Localization", "plugin");
		// The product's lifecycle and model live in org.cairn.app: a brand without it cannot start.
		main.putValue("Require-Bundle", CairnApp.BUNDLE);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			put(jar, "plugin.xml", pluginXml().getBytes(StandardCharsets.UTF_8));
			put(jar, "plugin.properties", pluginProperties());
			put(jar, "plugin_customization.ini", customization().getBytes(StandardCharsets.UTF_8));
			put(jar, "splash.png", Files.readAllBytes(brand.splash()));
			for (int size : Icons.WINDOW_SIZES) {
				put(jar, "icons/" + brand.command() + "-" + size + ".png", icons.png(size));
			}
			if (brand.css() != null) {
				put(jar, "css/brand.css", css().getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
		JarEntry entry = new JarEntry(name);
		entry.setTime(0L);
		jar.putNextEntry(entry);
		jar.write(content);
		jar.closeEntry();
	}

	/** The product's properties: Cairn's, with the brand's in place of those it sets. */
	Map<String, String> productProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (var property : cairn.productProperties().entrySet()) {
			if (!property.getKey().equals("name") && !property.getKey().equals("application")
					&& !BRAND_PROPERTIES.contains(property.getKey())) {
				properties.put(property.getKey(), property.getValue());
			}
		}
		properties.put("appName", brand.name());
		String cairnCss = cairn.productProperties().get("applicationCSS");
		if (brand.css() != null) {
			properties.put("applicationCSS", "platform:/plugin/" + SYMBOLIC_NAME + "/css/brand.css");
		} else if (cairnCss != null) {
			properties.put("applicationCSS", cairnCss);
		}
		List<String> images = new ArrayList<>();
		for (int size : Icons.WINDOW_SIZES) {
			images.add("icons/" + brand.command() + "-" + size + ".png");
		}
		properties.put("windowImages", String.join(",", images));
		properties.put("aboutImage", "icons/" + brand.command() + "-64.png");
		properties.put("aboutText", brand.aboutText().isEmpty() ? cairn.productProperties().getOrDefault("aboutText", "") : brand.aboutText());
		properties.put("cairn.credits", credits());
		if (!brand.versionLabel().isEmpty()) {
			properties.put("cairn.versionLabel", brand.versionLabel());
		}
		properties.put("cairn.splash", "splash.png");
		properties.put("cairn.splashForeground", brand.splashForeground());
		properties.put("preferenceCustomization", "plugin_customization.ini");
		return properties;
	}

	/** Cairn first (what the product is built on), then its own credits, the brand's plugins and the brand's lines. */
	String credits() {
		StringBuilder credits = new StringBuilder();
		credits.append("Cairn ").append(cairn.shortVersion()).append(", the clinician workstation this product is built on (EPL-2.0)");
		String cairnCredits = cairn.productProperties().getOrDefault("cairn.credits", "");
		if (!cairnCredits.isBlank()) {
			credits.append('\n').append(cairnCredits.strip());
		}
		for (ExtraPlugin plugin : brand.plugins()) {
			credits.append('\n').append(plugin.displayName()).append(' ').append(plugin.version());
			if (!plugin.vendor().isEmpty()) {
				credits.append(" (").append(plugin.vendor()).append(')');
			}
		}
		if (!brand.extraCredits().isEmpty()) {
			credits.append('\n').append(brand.extraCredits());
		}
		return credits.toString();
	}

	String pluginXml() {
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?eclipse version=\"3.4\"?>\n<plugin>\n");
		xml.append("   <!-- Written by Cairn's brand tool from the brand folder; the product's strings are in plugin.properties. -->\n");
		xml.append("   <extension id=\"product\" point=\"org.eclipse.core.runtime.products\">\n");
		xml.append("      <product name=\"%productName\" application=\"")
				.append(escape(cairn.productProperties().getOrDefault("application", "org.eclipse.e4.ui.workbench.swt.E4Application")))
				.append("\">\n");
		int index = 0;
		for (var property : productProperties().entrySet()) {
			String key = "property." + index++;
			xml.append("         <property name=\"").append(escape(property.getKey())).append("\" value=\"%").append(key).append("\"/>\n");
		}
		xml.append("      </product>\n   </extension>\n</plugin>\n");
		return xml.toString();
	}

	/** Every string, so that no value needs escaping in the XML and translations can be added beside it. */
	byte[] pluginProperties() {
		Properties properties = new Properties();
		properties.setProperty("bundleName", brand.name() + " branding");
		properties.setProperty("bundleVendor", brand.vendor().isEmpty() ? brand.name() : brand.vendor());
		properties.setProperty("productName", brand.name());
		int index = 0;
		for (var property : productProperties().entrySet()) {
			properties.setProperty("property." + index++, property.getValue());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			properties.store(out, "Written by Cairn's brand tool");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// Properties.store writes the date on the second line; leave it out so that a rebuild is byte for byte the same.
		String text = out.toString(StandardCharsets.ISO_8859_1);
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (lines.size() > 1 && lines.get(1).startsWith("#")) {
			lines.remove(1);
		}
		List<String> sorted = new ArrayList<>(lines.subList(1, lines.size()));
		sorted.sort(null);
		sorted.add(0, lines.get(0));
		return (String.join("\n", sorted) + "\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Cairn's defaults, then the brand's, which win because a later line for the same key replaces the earlier. */
	String customization() {
		StringBuilder text = new StringBuilder();
		text.append("# Cairn's product defaults, then the brand's (defaults.ini); the last value of a key counts.\n");
		text.append(cairn.customization().strip()).append("\n\n# The brand's defaults\n");
		for (var entry : brand.defaults().entrySet()) {
			text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
		}
		return text.toString();
	}

	/** The brand's stylesheet on top of Cairn's, so that it only has to say what differs. */
	String css() throws IOException {
		String cairnCss = cairn.productProperties().getOrDefault("applicationCSS", "platform:/plugin/org.cairn.app/css/cairn.css");
		return "/* Cairn's stylesheet, then the brand's (brand.css), written by Cairn's brand tool. */\n@import url(\""
				+ cairnCss + "\");\n\n" + Files.readString(brand.css(), StandardCharsets.UTF_8);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
