package org.cairn.testing.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The application context a test hands to the real {@code E4Application}: the product's branding properties
 * (Application.e4xmi, CSS, life-cycle class...) read from its product extension, plus the test's arguments. This
 * is the only stand-in of the harness: in the product the Equinox application container provides it.
 */
final class TestApplicationContext implements IApplicationContext {

	private final String productId;
	private final Map<String, String> branding = new HashMap<>();
	private final String[] args;
	private final Bundle brandingBundle;
	private final String application;
	private final String name;
	final CountDownLatch running = new CountDownLatch(1);

	private final Map<String, Object> extra;

	TestApplicationContext(String productId, List<String> args, Map<String, Object> extra) {
		this.productId = productId;
		this.extra = Map.copyOf(extra);
		this.args = args.toArray(String[]::new);
		int dot = productId.lastIndexOf('.');
		IExtension extension = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME, Platform.PT_PRODUCT,
				productId);
		if (extension == null) {
			throw new IllegalStateException("Product " + productId + " is not in the test runtime; add the bundle "
					+ productId.substring(0, Math.max(dot, 0)) + " to the test's requirements");
		}
		IConfigurationElement product = extension.getConfigurationElements()[0];
		for (IConfigurationElement property : product.getChildren("property")) {
			branding.put(property.getAttribute("name"), property.getAttribute("value"));
		}
		brandingBundle = Platform.getBundle(extension.getContributor().getName());
		application = product.getAttribute("application");
		name = product.getAttribute("name");
	}

	@Override
	public Map<String, Object> getArguments() {
		Map<String, Object> arguments = new HashMap<>(extra);
		arguments.put(APPLICATION_ARGS, args.clone());
		return arguments;
	}

	@Override
	public void applicationRunning() {
		running.countDown();
	}

	@Override
	public String getBrandingApplication() {
		return application;
	}

	@Override
	public String getBrandingName() {
		return name;
	}

	@Override
	public String getBrandingDescription() {
		return name;
	}

	@Override
	public String getBrandingId() {
		return productId;
	}

	@Override
	public String getBrandingProperty(String key) {
		return branding.get(key);
	}

	@Override
	public Bundle getBrandingBundle() {
		return brandingBundle;
	}

	@Override
	public void setResult(Object result, IApplication application) {
		// The harness reads the result from E4Application.start itself.
	}
}
