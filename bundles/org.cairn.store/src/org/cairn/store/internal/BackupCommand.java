package org.cairn.store.internal;

import org.cairn.admin.AdminCommand;
import org.cairn.core.Settings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cairn admin backup --to FILE}: the embedded database into one encrypted file. */
@Component(service = AdminCommand.class)
public class BackupCommand extends BackupCommands {

	@Reference
	Settings settings;

	public BackupCommand() {
		super(false);
	}

	/** For tests and hosts without Declarative Services. */
	public BackupCommand(Settings settings) {
		super(false);
		this.settings = settings;
	}

	@Override
	Settings settings() {
		return settings;
	}
}
