package org.cairn.ui.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cairn.core.Branding;
import org.cairn.store.BackupEvents;
import org.cairn.ui.CairnUi;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status bar at the bottom of the window: the latest message on the left, the background work in progress
 * (user jobs, by name) and the product version on the right. Neither messages nor job names may contain patient
 * data; the bar is readable across the room.
 */
public class StatusBar {

	/** Shown when there is nothing else to say. */
	public static final String READY = org.cairn.ui.Messages.get("statusbar.ready");

	private final Set<Job> running = new LinkedHashSet<>();
	private final IJobManager jobManager = Job.getJobManager();
	private final IJobChangeListener jobListener = new JobChangeAdapter() {
		@Override
		public void running(IJobChangeEvent event) {
			changed(event.getJob(), true);
		}

		@Override
		public void done(IJobChangeEvent event) {
			changed(event.getJob(), false);
		}
	};

	/** Who is signed in, from the workbench's context. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private org.cairn.security.Session session;
	@Inject
	UISynchronize sync;

	/*
	 * Subscribed through this window's event broker, which delivers on this window's display. (An @UIEventTopic
	 * method would go through E4's one shared event supplier, which keeps the display of the first workbench a
	 * process started.)
	 */
	@Inject
	IEventBroker events;

	private final EventHandler messageHandler = event -> {
		Object data = event.getProperty(IEventBroker.DATA);
		showMessage(data == null ? null : data.toString());
	};

	/** The workstation's scheduled backup: when it runs, when it is done, and above all when it failed. */
	private final EventHandler backupHandler = event -> {
		Object outcome = event.getProperty(BackupEvents.OUTCOME);
		Object time = event.getProperty(BackupEvents.TIME);
		String text;
		if (BackupEvents.STARTED.equals(outcome)) {
			text = org.cairn.ui.Messages.get("statusbar.backup.started");
		} else if (BackupEvents.DONE.equals(outcome)) {
			String at = time instanceof Instant instant
					? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).format(instant.atZone(ZoneId.systemDefault()))
					: "";
			text = org.cairn.ui.Messages.format("statusbar.backup.done", at);
		} else if (BackupEvents.FAILED.equals(outcome)) {
			text = org.cairn.ui.Messages.get("statusbar.backup.failed");
		} else {
			return;
		}
		showMessage(text);
	};

	private Composite bar;
	private Label message;
	private Label work;
	private ProgressBar progress;

	@PostConstruct
	public void createControls(Composite parent) {
		bar = new Composite(parent, SWT.NONE);
		bar.setData(CairnUi.WIDGET_ID, "statusbar");
		bar.setData(CairnUi.CSS_CLASS, "StatusBar");
		GridLayout layout = new GridLayout(5, false);
		layout.marginHeight = 3;
		layout.marginWidth = 10;
		layout.horizontalSpacing = 12;
		bar.setLayout(layout);

		message = new Label(bar, SWT.NONE);
		message.setText(READY);
		message.setData(CairnUi.WIDGET_ID, "statusbar.message");
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		work = new Label(bar, SWT.RIGHT);
		work.setData(CairnUi.WIDGET_ID, "statusbar.work");
		work.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

		progress = new ProgressBar(bar, SWT.INDETERMINATE | SWT.SMOOTH);
		GridData progressData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
		progressData.widthHint = 90;
		progressData.heightHint = 10;
		progressData.exclude = true;
		progress.setLayoutData(progressData);
		progress.setVisible(false);

		// Who is signed in (a member of staff, never a patient): the person at the desk sees it is their session.
		Label user = new Label(bar, SWT.RIGHT);
		user.setText(session == null ? "" : org.cairn.ui.Messages.format("statusbar.user", session.displayName()));
		user.setData(CairnUi.WIDGET_ID, "statusbar.user");
		user.setData(CairnUi.CSS_CLASS, "StatusBarVersion");
		user.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

		Label version = new Label(bar, SWT.RIGHT);
		version.setText(versionText());
		version.setData(CairnUi.WIDGET_ID, "statusbar.version");
		version.setData(CairnUi.CSS_CLASS, "StatusBarVersion");
		version.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

		jobManager.addJobChangeListener(jobListener);
		events.subscribe(CairnUi.TOPIC_STATUS_MESSAGE, null, messageHandler, false);
		events.subscribe(BackupEvents.TOPIC, null, backupHandler, false);
	}

	private static String versionText() {
		try {
			Branding branding = Branding.current();
			return branding.name() + " " + branding.shortVersion();
		} catch (IllegalStateException e) {
			return "";
		}
	}

	/**
	 * Shows {@code text} (never patient data); an empty message restores "Ready". Call on the UI thread; other
	 * code posts on {@link CairnUi#TOPIC_STATUS_MESSAGE} instead.
	 */
	public void showMessage(String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text == null || text.isBlank() ? READY : text);
			bar.layout(true);
		}
	}

	private void changed(Job job, boolean isRunning) {
		if (job.isSystem()) {
			return;
		}
		synchronized (running) {
			if (isRunning) {
				running.add(job);
			} else {
				running.remove(job);
			}
		}
		sync.asyncExec(this::refreshWork);
	}

	private void refreshWork() {
		if (bar == null || bar.isDisposed()) {
			return;
		}
		String text;
		int count;
		synchronized (running) {
			count = running.size();
			text = count == 0 ? "" : running.iterator().next().getName();
		}
		if (count > 1) {
			text = text + " (+" + (count - 1) + " more)";
		}
		work.setText(text);
		((GridData) progress.getLayoutData()).exclude = count == 0;
		progress.setVisible(count > 0);
		bar.layout(true);
	}

	@PreDestroy
	public void dispose() {
		events.unsubscribe(messageHandler);
		events.unsubscribe(backupHandler);
		jobManager.removeJobChangeListener(jobListener);
	}
}
