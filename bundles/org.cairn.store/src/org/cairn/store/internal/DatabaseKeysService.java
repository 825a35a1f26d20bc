package org.cairn.store.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.cairn.core.Settings;
import org.cairn.store.DatabaseKeys;
import org.cairn.store.StoreException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link DatabaseKeys} of this workstation's embedded database, in {@code <data folder>/database}. An opened key
 * is held in memory only, for the life of the process ({@link OpenedKeys}).
 */
@Component(service = DatabaseKeys.class)
public class DatabaseKeysService implements DatabaseKeys {

	@Reference
	Settings settings;

	private Path folder() {
		return RecordStoreService.embeddedFolder(settings);
	}

	private boolean onServer() {
		return settings.get(RecordStoreService.URL).isPresent();
	}

	@Override
	public State state() {
		if (onServer()) {
			return State.PLAIN;
		}
		Path folder = folder();
		if (KeySlots.exist(folder)) {
			return OpenedKeys.opened(folder) != null ? State.OPEN : State.LOCKED;
		}
		return Database.embeddedExists(folder) ? State.PLAIN : State.NEW;
	}

	@Override
	public boolean unlock(String user, char[] password) {
		if (user == null || onServer()) {
			return false;
		}
		Optional<char[]> key = KeySlots.unlock(folder(), user, password);
		key.ifPresent(k -> OpenedKeys.put(folder(), k));
		return key.isPresent();
	}

	@Override
	public boolean unlockWithRecoveryKey(String recoveryKey) {
		Optional<char[]> key = onServer() ? Optional.empty() : KeySlots.unlockWithRecoveryKey(folder(), recoveryKey);
		key.ifPresent(k -> OpenedKeys.put(folder(), k));
		return key.isPresent();
	}

	@Override
	public String create(String user, char[] password) {
		if (state() != State.NEW) {
			throw new StoreException("The database key is made once, for a new embedded database (this one is " + state() + ")");
		}
		KeySlots.Created created = KeySlots.create(folder(), user, password);
		OpenedKeys.put(folder(), created.databaseKey());
		return created.recoveryKey();
	}

	@Override
	public void putSlot(String user, char[] password) {
		char[] opened = OpenedKeys.opened(folder());
		if (onServer() || !KeySlots.exist(folder())) {
			return;
		}
		if (opened == null) {
			throw new StoreException("The database is not open, so no key slot can be added");
		}
		KeySlots.put(folder(), opened, user, password);
	}

	@Override
	public void removeSlot(String user) {
		if (!onServer() && KeySlots.exist(folder())) {
			KeySlots.remove(folder(), user);
		}
	}

	@Override
	public Set<String> slotUsers() {
		return onServer() || !KeySlots.exist(folder()) ? Set.of() : KeySlots.users(folder());
	}
}
