package org.cairn.core;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The product's name, version, about text, licence and credits, read from one place: the product extension
 * (org.cairn.app's {@code plugin.xml} and {@code plugin.properties}, or a branded build's own product). The window
 * title, the About dialog and {@code cairn admin version} all read this, so they cannot drift apart.
 *
 * @param name        product name, e.g. "Cairn"
 * @param version     version of the bundle that defines the product
 * @param aboutText   a few lines on what the product is
 * @param licence     the licence line
 * @param credits     third-party components and their licences, one per line
 */
public record Branding(String name, Version version, String aboutText, String licence, String credits) {

	/** Extension id of Cairn's own product, used when the running product is not a Cairn product (tests). */
	public static final String PRODUCT_ID = "org.cairn.app.product";
	/** Product property holding the licence line. */
	public static final String LICENCE_PROPERTY = "cairn.licence";
	/** Product property holding the credits, one component per line. */
	public static final String CREDITS_PROPERTY = "cairn.credits";
	/** Product property naming the window icons, as the Eclipse platform defines it. */
	public static final String WINDOW_IMAGES_PROPERTY = "windowImages";

	public Branding {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(version, "version");
		aboutText = aboutText == null ? "" : aboutText;
		licence = licence == null ? "" : licence;
		credits = credits == null ? "" : credits;
	}

	/** The version as people read it: major.minor.micro, without the build qualifier. */
	public String shortVersion() {
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	/** "Cairn 0.1.0 (build 202611230900)". */
	public String fullVersion() {
		String qualifier = version.getQualifier();
		return name + " " + shortVersion() + (qualifier.isEmpty() ? "" : " (build " + qualifier + ")");
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
					product.getProperty("aboutText"), product.getProperty(LICENCE_PROPERTY),
					product.getProperty(CREDITS_PROPERTY));
		}
		return fromExtension(Platform.getExtensionRegistry(), PRODUCT_ID);
	}

	/**
	 * The product's window icons (the product property {@code windowImages}: comma-separated paths in the
	 * defining bundle, smallest first) as URLs, leaving out paths the bundle does not hold. Empty when the product
	 * names none.
	 */
	public static List<URL> windowImages() {
		IProduct product = Platform.getProduct();
		Bundle bundle;
		String paths;
		if (product != null) {
			bundle = product.getDefiningBundle();
			paths = product.getProperty(WINDOW_IMAGES_PROPERTY);
		} else {
			IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME, Platform.PT_PRODUCT, PRODUCT_ID);
			if (extension == null) {
				return List.of();
			}
			bundle = Platform.getBundle(extension.getContributor().getName());
			paths = null;
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				for (IConfigurationElement property : element.getChildren("property")) {
					if (WINDOW_IMAGES_PROPERTY.equals(property.getAttribute("name"))) {
						paths = property.getAttribute("value");
					}
				}
			}
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
				for (IConfigurationElement property : element.getChildren("property")) {
					String value = property.getAttribute("value");
					switch (String.valueOf(property.getAttribute("name"))) {
					case "aboutText" -> about = value;
					case LICENCE_PROPERTY -> licence = value;
					case CREDITS_PROPERTY -> credits = value;
					default -> { /* other product properties are the platform's */ }
					}
				}
				return new Branding(element.getAttribute("name"), bundle.getVersion(), about, licence, credits);
			}
		}
		throw new IllegalStateException("Extension " + productId + " declares no <product>");
	}
}
