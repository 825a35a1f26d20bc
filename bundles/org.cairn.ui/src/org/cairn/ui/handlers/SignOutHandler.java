package org.cairn.ui.handlers;

import org.cairn.security.Session;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File › Sign Out: saves what editors hold (asking where needed), ends this person's session and shows the sign-in
 * again, so that the next person at a shared workstation signs in without starting Cairn themselves. The workbench
 * restarts (exit code 23, which the launcher answers by starting Cairn again): every window, part and cached record of
 * this person goes with it, and the next person gets their own layout.
 */
public class SignOutHandler {

	@CanExecute
	public boolean canExecute(@Optional Session session) {
		return session != null;
	}

	@Execute
	public void execute(IWorkbench workbench, EPartService partService) {
		if (partService.saveAll(true)) {
			workbench.restart();
		}
	}
}
