package org.cairn.ui.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cairn.export.Releases;
import org.cairn.export.Selection;
import org.cairn.export.WholeFile;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.export.ExportRecordDialog;
import org.cairn.ui.export.ExportRecordDialog.Output;
import org.cairn.ui.export.JobProgressDialog;
import org.cairn.ui.export.Printing;
import org.cairn.ui.security.Access;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Chart › Export Record: the open chart's records, all or some, to a PDF file, a FHIR R4 file or a printer, in a job
 * the person can follow, cancel or send to the background. A release of information: it needs
 * {@link Permission#RECORDS_RELEASE} and is audited (EXPORT or PRINT). A cancelled or failed export leaves no file.
 */
public class ExportRecordHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(CairnUi.ACTIVE_CHART) ChartSummary chart) {
		return chart != null;
	}

	@Execute
	public void execute(@org.eclipse.e4.core.di.extensions.Service org.cairn.security.Accounts accounts, @Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store, @Service Releases releases,
			Session session) {
		String patientId = chart.patient().getId();
		if (!Access.check(shell, accounts, session, Permission.RECORDS_RELEASE, Messages.get("export.action"), patientId)) {
			return;
		}
		ExportRecordDialog dialog = new ExportRecordDialog(shell, chart.timeline(), initialOutput());
		if (dialog.open() != Window.OK) {
			return;
		}
		Output output = dialog.choice().output();
		Selection selection = dialog.choice().selection();
		Path file = null;
		PrinterData printer = null;
		if (output == Output.PRINTER) {
			printer = choosePrinter(shell);
			if (printer == null) {
				return;
			}
		} else {
			file = chooseFile(shell, output);
			if (file == null) {
				return;
			}
		}
		JobProgressDialog progress = new JobProgressDialog(shell, Messages.get("export.progress"));
		Path target = file;
		PrinterData where = printer;
		Job job = store.callJob(Messages.get("export.job"), monitor -> {
			IProgressMonitor followed = progress.monitor(monitor);
			return switch (output) {
			case PDF -> writeFile(target, out -> releases.writePdf(session, patientId, selection, null, out, followed));
			case FHIR -> writeFile(target, out -> releases.writeFhir(session, patientId, selection, null,
					new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), followed));
			case PRINTER -> {
				int pages = releases.print(session, patientId, selection, (layout, printing) -> Printing.print(layout, where, printing), followed);
				yield Messages.format("export.printed", pages, where.name == null ? "" : where.name);
			}
			};
		}, done -> MessageDialog.openInformation(shell.isDisposed() ? null : shell, Messages.get("export.title"), done),
				failure -> MessageDialog.openError(shell.isDisposed() ? null : shell, Messages.get("export.title"),
						Messages.format("export.failed", failure.message())));
		progress.follow(job);
		job.schedule();
	}

	/** Which output the dialog starts with. */
	protected Output initialOutput() {
		return Output.PDF;
	}

	/** Writes {@code file} whole or not at all ({@link WholeFile}) and says where it went. */
	private static String writeFile(Path file, WholeFile.Content writing) throws IOException {
		WholeFile.write(file, writing);
		return Messages.format("export.done", file.getFileName().toString());
	}

	/** Where the file goes; null when the person cancels. */
	protected Path chooseFile(Shell shell, Output output) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.get("export.file"));
		boolean pdf = output == Output.PDF;
		dialog.setFilterExtensions(new String[] { pdf ? "*.pdf" : "*.json", "*" });
		dialog.setFileName(pdf ? "clinical-record.pdf" : "clinical-record.fhir.json");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** The printer; null when the person cancels. */
	protected PrinterData choosePrinter(Shell shell) {
		PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
		dialog.setText(Messages.get("export.print"));
		return dialog.open();
	}
}
