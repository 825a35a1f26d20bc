package org.cairn.core;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The product's name, version, about text, licence and credits, read from one place: the product extension
 * (org.cairn.app's {@code plugin.xml} and {@code plugin.properties}, or a branded build's own product, written by the
 * brand tool into the bundle {@code org.cairn.brand}). The window title, the splash, the About dialog, the status bar
 * and {@code cairn admin version} all read this, so they cannot drift apart.
 *
 * @param name         product name, e.g. "Cairn" or a brand's "Harbour Recovery Workstation"
 * @param version      Cairn's version: of the bundle that defines the product (a brand's bundle carries Cairn's)
 * @param versionLabel a brand's own version label ("2026.12"), or empty for Cairn's own product
 * @param aboutText    a few lines on what the product is
 * @param licence      the licence line
 * @param credits      third-party components and their licences, one per line
 * @param branded      whether this is a branded build of Cairn rather than Cairn's own product
 */
public record Branding(String name, Version version, String versionLabel, String aboutText, String licence,
		String credits, boolean branded) {

	/** Extension id of Cairn's own product, used when the running product is not a Cairn product (tests). */
	public static final String PRODUCT_ID = "org.cairn.app.product";
	/** Product property holding the licence line. */
	public static final String LICENCE_PROPERTY = "cairn.licence";
	/** Product property holding the credits, one component per line. */
	public static final String CREDITS_PROPERTY = "cairn.credits";
	/** Product property naming the window icons, as the Eclipse platform defines it. */
	public static final String WINDOW_IMAGES_PROPERTY = "windowImages";
	/** Product property holding a brand's version label. */
	public static final String VERSION_LABEL_PROPERTY = "cairn.versionLabel";
	/** Product property naming the splash image, a path in the defining bundle. */
	public static final String SPLASH_PROPERTY = "cairn.splash";
	/** Product property giving the colour of the splash's text, as {@code #RRGGBB}. */
	public static final String SPLASH_FOREGROUND_PROPERTY = "cairn.splashForeground";
	/** The platform's own name, shown beside a brand's ("based on Cairn 0.1.0"). */
	public static final String PLATFORM_NAME = "Cairn";

	public Branding {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(version, "version");
		versionLabel = versionLabel == null ? "" : versionLabel.strip();
		aboutText = aboutText == null ? "" : aboutText;
		licence = licence == null ? "" : licence;
		credits = credits == null ? "" : credits;
	}

	/** Cairn's own product, with nothing but a name, version and about text (as tests need). */
	public Branding(String name, Version version, String aboutText, String licence, String credits) {
		this(name, version, "", aboutText, licence, credits, false);
	}

	/** Cairn's version as people read it: major.minor.micro, without the build qualifier. */
	public String platformVersion() {
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	/** The product's version as people read it: a brand's label, or Cairn's major.minor.micro. */
	public String shortVersion() {
		return versionLabel.isEmpty() ? platformVersion() : versionLabel;
	}

	/**
	 * "Cairn 0.1.0 (build 202611230900)"; for a brand "Harbour Workstation 2026.12 (Cairn 0.1.0, build
	 * 202611230900)".
	 */
	public String fullVersion() {
		String qualifier = version.getQualifier();
		String build = qualifier.isEmpty() ? "" : "build " + qualifier;
		if (!branded) {
			return name + " " + shortVersion() + (build.isEmpty() ? "" : " (" + build + ")");
		}
		return name + " " + shortVersion() + " (" + PLATFORM_NAME + " " + platformVersion()
				+ (build.isEmpty() ? "" : ", " + build) + ")";
	}

	/**
	 * The branding of the running product, or of Cairn's own product extension when the platform was started
	 * without one (as in tests).
	 *
	 * @throws IllegalStateException when neither is present, which means org.cairn.app is missing
	 */
	public static Branding current() {
		IProduct product = Platform.getProduct();
		if (product != null) {
			return new Branding(product.getName(), product.getDefiningBundle().getVersion(),
					product.getProperty(VERSION_LABEL_PROPERTY), product.getProperty("aboutText"),
					product.getProperty(LICENCE_PROPERTY), product.getProperty(CREDITS_PROPERTY),
					!PRODUCT_ID.equals(product.getId()));
		}
		return fromExtension(Platform.getExtensionRegistry(), PRODUCT_ID);
	}

	/**
	 * The product's splash image (the product property {@code cairn.splash}, a path in the defining bundle), or
	 * empty when the product names none or its bundle does not hold it.
	 */
	public static Optional<URL> splashImage() {
		List<URL> urls = productFiles(SPLASH_PROPERTY);
		return urls.isEmpty() ? Optional.empty() : Optional.of(urls.get(0));
	}

	/**
	 * The product's About image (the platform's product property {@code aboutImage}), or empty when the product
	 * names none or its bundle does not hold it.
	 */
	public static Optional<URL> aboutImage() {
		List<URL> urls = productFiles("aboutImage");
		return urls.isEmpty() ? Optional.empty() : Optional.of(urls.get(0));
	}

	/** A product property of the running product (or of Cairn's own product extension), or null. */
	public static String productProperty(String property) {
		IProduct product = Platform.getProduct();
		if (product != null) {
			return product.getProperty(property);
		}
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME, Platform.PT_PRODUCT, PRODUCT_ID);
		return extension == null ? null : propertyOf(extension, property);
	}

	/**
	 * The product's window icons (the product property {@code windowImages}: comma-separated paths in the
	 * defining bundle, smallest first) as URLs, leaving out paths the bundle does not hold. Empty when the product
	 * names none.
	 */
	public static List<URL> windowImages() {
		return productFiles(WINDOW_IMAGES_PROPERTY);
	}

	/** The files a product property names (comma-separated paths in the defining bundle) that the bundle holds. */
	private static List<URL> productFiles(String propertyName) {
		IProduct product = Platform.getProduct();
		Bundle bundle;
		String paths;
		if (product != null) {
			bundle = product.getDefiningBundle();
			paths = product.getProperty(propertyName);
		} else {
			IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME, Platform.PT_PRODUCT, PRODUCT_ID);
			if (extension == null) {
				return List.of();
			}
			bundle = Platform.getBundle(extension.getContributor().getName());
			paths = propertyOf(extension, propertyName);
		}
		if (bundle == null || paths == null || paths.isBlank()) {
			return List.of();
		}
		List<URL> urls = new ArrayList<>();
		for (String path : paths.split(",")) {
			URL url = bundle.getEntry(path.strip());
			if (url != null) {
				urls.add(url);
			}
		}
		return List.copyOf(urls);
	}

	private static String propertyOf(IExtension extension, String propertyName) {
		String value = null;
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			for (IConfigurationElement property : element.getChildren("property")) {
				if (propertyName.equals(property.getAttribute("name"))) {
					value = property.getAttribute("value");
				}
			}
		}
		return value;
	}

	/** Reads a product's branding from its {@code org.eclipse.core.runtime.products} extension. */
	static Branding fromExtension(IExtensionRegistry registry, String productId) {
		IExtension extension = registry == null ? null
				: registry.getExtension(Platform.PI_RUNTIME, Platform.PT_PRODUCT, productId);
		if (extension == null) {
			throw new IllegalStateException("Product " + productId + " is not installed (is org.cairn.app missing?)");
		}
		for (IConfigurationElement element : extension.getConfigurationElements()) {
			if ("product".equals(element.getName())) {
				Bundle bundle = Platform.getBundle(extension.getContributor().getName());
				String about = null;
				String licence = null;
				String credits = null;
				String label = null;
				for (IConfigurationElement property : element.getChildren("property")) {
					String value = property.getAttribute("value");
					switch (String.valueOf(property.getAttribute("name"))) {
					case "aboutText" -> about = value;
					case LICENCE_PROPERTY -> licence = value;
					case CREDITS_PROPERTY -> credits = value;
					case VERSION_LABEL_PROPERTY -> label = value;
					default -> { /* other product properties are the platform's */ }
					}
				}
				return new Branding(element.getAttribute("name"), bundle.getVersion(), label, about, licence, credits,
						!PRODUCT_ID.equals(productId));
			}
		}
		throw new IllegalStateException("Extension " + productId + " declares no <product>");
	}
}
