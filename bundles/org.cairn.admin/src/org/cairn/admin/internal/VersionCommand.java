package org.cairn.admin.internal;

import java.util.List;

import org.cairn.admin.Requirement;
import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.core.Branding;
import org.cairn.core.Settings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cairn admin version}: the product, its build, the Java runtime and the data folder in use. */
@Component(service = AdminCommand.class)
public class VersionCommand implements AdminCommand {

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
	public Requirement requires(List<String> args) {
		return Requirement.none();
	}

	@Override
	public int run(CommandInvocation invocation) throws Exception {
		invocation.expectNoArguments(name());
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
