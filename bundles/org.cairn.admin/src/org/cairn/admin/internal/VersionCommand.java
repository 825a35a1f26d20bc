package org.cairn.admin.internal;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.core.Branding;
import org.cairn.core.Settings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;

/** {@code cairn admin version}: the product, its build, the Java runtime and the data folder in use. */
@Component(service = AdminCommand.class)
public class VersionCommand extends DeclaredCommand<VersionCommand.Options> {

	/** No options: any argument is refused. */
	@Command(name = "version")
	static final class Options {
	}

	@Reference
	Settings settings;

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "Show Cairn's version, the Java runtime and the data folder";
	}

	@Override
	public Object options() {
		return new Options();
	}

	@Override
	protected Requirement requires(Options options) {
		return Requirement.none();
	}

	@Override
	protected int run(Options options, CommandInvocation invocation) throws Exception {
		Branding branding = Branding.current();
		invocation.out().println(branding.fullVersion());
		invocation.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") on "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		String data;
		try {
			data = settings.dataFolder().toString();
		} catch (IllegalStateException e) {
			data = "(none)";
		}
		invocation.out().println("Data folder: " + data);
		// Which Java runs: a branded build's own runtime or one installed on the machine.
		invocation.out().println("Java home: " + System.getProperty("java.home"));
		return OK;
	}
}
