package org.cairn.store.internal;

import org.cairn.admin.AdminCommand;
import org.cairn.core.Settings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cairn admin restore --from FILE}: the embedded database put back from a backup, after checking it. */
@Component(service = AdminCommand.class)
public class RestoreCommand extends BackupCommands {

	@Reference
	Settings settings;

	public RestoreCommand() {
		super(true);
	}

	/** For tests and hosts without Declarative Services. */
	public RestoreCommand(Settings settings) {
		super(true);
		this.settings = settings;
	}

	@Override
	Settings settings() {
		return settings;
	}
}
