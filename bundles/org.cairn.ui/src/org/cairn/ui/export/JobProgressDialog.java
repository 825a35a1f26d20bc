package org.cairn.ui.export;

import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;

/**
 * Follows one long job (an export, a print, a report): what it is doing, how far it is, and Cancel; Run in Background
 * closes the window and the job goes on (the status bar shows it). It closes itself when the job is done. It does not
 * block the workbench.
 */
public class JobProgressDialog extends Dialog {

	private static final int BACKGROUND_ID = IDialogConstants.CLIENT_ID + 1;

	private final String title;
	private Job job;
	private Label task;
	private ProgressBar bar;
	private volatile int total = 100;
	private volatile double worked;
	private volatile String taskName = "";
	private volatile boolean pending;

	public JobProgressDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
		setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
		setBlockOnOpen(false);
	}

	/** Opens the window on {@code job} (scheduled by the caller afterwards) and closes it when the job is done. */
	public void follow(Job job) {
		this.job = job;
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display display = getParentShell() == null ? Display.getDefault() : getParentShell().getDisplay();
				if (!display.isDisposed()) {
					display.asyncExec(() -> close());
				}
			}
		});
		open();
	}

	/** The job's monitor, reporting to this window as well. */
	public IProgressMonitor monitor(IProgressMonitor jobMonitor) {
		return new ProgressMonitorWrapper(jobMonitor) {
			@Override
			public void beginTask(String name, int totalWork) {
				super.beginTask(name, totalWork);
				total = totalWork <= 0 ? 100 : totalWork;
				worked = 0;
				if (name != null && !name.isBlank()) {
					taskName = name;
				}
				refresh();
			}

			@Override
			public void internalWorked(double work) {
				super.internalWorked(work);
				worked += work;
				refresh();
			}

			@Override
			public void worked(int work) {
				internalWorked(work);
			}

			@Override
			public void setTaskName(String name) {
				super.setTaskName(name);
				taskName = name == null ? "" : name;
				refresh();
			}

			@Override
			public void subTask(String name) {
				super.subTask(name);
				if (name != null && !name.isBlank()) {
					taskName = name;
					refresh();
				}
			}
		};
	}

	/** Shows the progress on the UI thread, at most one update waiting at a time. */
	private void refresh() {
		if (pending) {
			return;
		}
		pending = true;
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			pending = false;
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			pending = false;
			if (bar != null && !bar.isDisposed()) {
				bar.setSelection((int) Math.min(1000, Math.round(1000 * worked / total)));
				task.setText(taskName);
			}
		});
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		shell.setData(CairnUi.WIDGET_ID, "progress.shell");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN);
		layout.marginHeight = convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN);
		layout.verticalSpacing = convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_SPACING);
		area.setLayout(layout);
		task = new Label(area, SWT.WRAP);
		task.setText(job == null ? "" : job.getName());
		task.setData(CairnUi.WIDGET_ID, "progress.task");
		GridData taskData = new GridData(SWT.FILL, SWT.TOP, true, false);
		taskData.widthHint = convertWidthInCharsToPixels(60);
		task.setLayoutData(taskData);
		bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
		bar.setMaximum(1000);
		bar.setData(CairnUi.WIDGET_ID, "progress.bar");
		GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
		barData.heightHint = convertVerticalDLUsToPixels(8);
		bar.setLayoutData(barData);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// Enter and Esc send the work to the background; only the Cancel button stops it
		createButton(parent, BACKGROUND_ID, Messages.get("progress.background"), true).setData(CairnUi.WIDGET_ID, "progress.background");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false).setData(CairnUi.WIDGET_ID, "progress.cancel");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CANCEL_ID && job != null) {
			job.cancel();
			task.setText(Messages.get("progress.cancelling"));
			getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
			return;
		}
		close();
	}

	@Override
	protected void handleShellCloseEvent() {
		// closing the window leaves the job running, as Run in Background does
		close();
	}
}
