package org.cairn.app.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * Cairn's application: the E4 workbench. Sign Out ends the workbench with {@link IApplication#EXIT_RESTART}, which the
 * launcher script answers by starting Cairn again for the next person's sign-in. Where nothing waits for Java to end (a
 * detached {@code javaw} on Windows), the script sets {@value #RESTART}{@code =in-process}: then the workbench is
 * started again here, in the same Java runtime, with a new display, a new sign-in and the next person's own layout.
 */
public class CairnApplication implements IApplication {

	/** System property: {@code in-process} to start the workbench again here after Sign Out. */
	static final String RESTART = "cairn.restart";

	private static final String E4 = "org.eclipse.e4.ui.workbench.swt.E4Application";

	private volatile IApplication running;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		IApplicationContext current = context;
		while (true) {
			IApplication workbench = workbench();
			running = workbench;
			Object result = workbench.start(current);
			running = null;
			if (!EXIT_RESTART.equals(result) || !"in-process".equals(System.getProperty(RESTART))) {
				return result;
			}
			// the first start's reset of the layout (a new build) is not the next person's
			current = new Again(context);
		}
	}

	@Override
	public void stop() {
		IApplication workbench = running;
		if (workbench != null) {
			workbench.stop();
		}
	}

	/** The E4 workbench application, as its extension declares it. */
	private static IApplication workbench() throws CoreException {
		IExtension extension = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications", E4);
		if (extension == null) {
			throw new IllegalStateException("The E4 workbench (" + E4 + ") is not installed");
		}
		for (IConfigurationElement application : extension.getConfigurationElements()) {
			for (IConfigurationElement run : application.getChildren("run")) {
				return (IApplication) run.createExecutableExtension("class");
			}
		}
		throw new IllegalStateException("The E4 workbench's extension declares no application");
	}

	/** The first start's context, without {@code -clearPersistedState}. */
	private record Again(IApplicationContext first) implements IApplicationContext {

		@Override
		public Map<String, Object> getArguments() {
			Map<String, Object> arguments = new HashMap<>(first.getArguments());
			if (arguments.get(APPLICATION_ARGS) instanceof String[] words) {
				arguments.put(APPLICATION_ARGS, Arrays.stream(words).filter(word -> !"-clearPersistedState".equals(word)).toArray(String[]::new));
			}
			return arguments;
		}

		@Override
		public void applicationRunning() {
			first.applicationRunning();
		}

		@Override
		public String getBrandingApplication() {
			return first.getBrandingApplication();
		}

		@Override
		public String getBrandingName() {
			return first.getBrandingName();
		}

		@Override
		public String getBrandingDescription() {
			return first.getBrandingDescription();
		}

		@Override
		public String getBrandingId() {
			return first.getBrandingId();
		}

		@Override
		public String getBrandingProperty(String key) {
			return first.getBrandingProperty(key);
		}

		@Override
		public Bundle getBrandingBundle() {
			return first.getBrandingBundle();
		}

		@Override
		public void setResult(Object result, IApplication application) {
			first.setResult(result, application);
		}
	}
}
