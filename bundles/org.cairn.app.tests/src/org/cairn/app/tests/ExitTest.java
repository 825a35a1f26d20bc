package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/** Leaving the workstation: the key binding and the menu both end the application cleanly. */
class ExitTest {

	@Test
	void ctrlQClosesTheWorkstation() {
		try (RunningWorkbench workbench = RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, TestLogin.arguments())) {
			workbench.bot().press(SWT.MOD1, 'q');
			assertEquals(IApplication.EXIT_OK, workbench.awaitExit(Duration.ofSeconds(30)));
		}
	}

	/**
	 * File › Sign Out ends the session (a LOGOUT event) and asks for a restart (exit code 23): the launcher then shows the
	 * sign-in for the next person in a new workbench, as the launch test of the product shows.
	 */
	@Test
	void fileSignOutEndsTheSessionAndRestartsForTheNextPerson() {
		org.cairn.store.AuditQuery logouts = new org.cairn.store.AuditQuery(null, TestLogin.USER, org.cairn.store.AuditEvent.Action.LOGOUT, null, null, 1000);
		try (RunningWorkbench workbench = RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, TestLogin.arguments())) {
			int before = TestCharts.store().auditEntries(logouts).size();
			workbench.bot().menu("File", "Sign Out");
			assertEquals(IApplication.EXIT_RESTART, workbench.awaitExit(Duration.ofSeconds(30)));
			assertEquals(before + 1, TestCharts.store().auditEntries(logouts).size(), "the sign-out is audited in the person's name");
		}
	}

	@Test
	void fileExitClosesTheWorkstation() {
		try (RunningWorkbench workbench = RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, TestLogin.arguments())) {
			workbench.bot().menu("File", "Exit");
			assertEquals(IApplication.EXIT_OK, workbench.awaitExit(Duration.ofSeconds(30)));
		}
	}
}
