package org.cairn.ui.handlers;

import org.cairn.ui.security.IdleLock;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** File › Lock (Ctrl+L): locks the workstation now, as leaving it idle would. */
public class LockHandler {

	@CanExecute
	public boolean canExecute(@Optional IdleLock lock) {
		return lock != null && !lock.isLocked();
	}

	@Execute
	public void execute(IdleLock lock) {
		lock.lockNow();
	}
}
