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

	@Test
	void fileExitClosesTheWorkstation() {
		try (RunningWorkbench workbench = RunningWorkbench.start(WorkbenchExtension.CAIRN_PRODUCT, TestLogin.arguments())) {
			workbench.bot().menu("File", "Exit");
			assertEquals(IApplication.EXIT_OK, workbench.awaitExit(Duration.ofSeconds(30)));
		}
	}
}
