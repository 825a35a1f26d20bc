package org.cairn.ui.handlers;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cairn.export.Layout;
import org.cairn.export.RecordExport;
import org.cairn.export.Selection;
import org.cairn.export.WholeFile;
import org.cairn.security.Permission;
import org.cairn.store.RecordStore;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.export.ExportRecordDialog;
import org.cairn.ui.export.ExportRecordDialog.Output;
import org.cairn.ui.export.Exports;
import org.cairn.ui.export.JobProgressDialog;
import org.cairn.ui.export.Printing;
import org.cairn.ui.security.Access;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
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
	public void execute(@Named("activeShell") Shell shell, @Named(CairnUi.ACTIVE_CHART) ChartSummary chart, StoreAccess store) {
		String patientId = chart.patient().getId();
		if (!Access.check(shell, Permission.RECORDS_RELEASE, Messages.get("export.action"), patientId)) {
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
		String user = CairnUi.currentUser();
		JobProgressDialog progress = new JobProgressDialog(shell, Messages.get("export.progress"));
		Path target = file;
		PrinterData where = printer;
		Job job = store.job(Messages.get("export.job"), (records, monitor) -> {
			IProgressMonitor followed = progress.monitor(monitor);
			RecordExport.Producer producer = Exports.producer(user); // reads the accounts: in the job, not on the UI thread
			return switch (output) {
			case PDF -> writeFile(target, out -> Exports.records(records).writePdf(patientId, selection, producer, out, followed));
			case FHIR -> writeFile(target, out -> {
				Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
				Exports.fhir(records).write(patientId, selection, producer.userId(), writer, followed);
			});
			case PRINTER -> print(records, patientId, selection, producer, where, followed);
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

	private static String print(RecordStore records, String patientId, Selection selection, RecordExport.Producer producer, PrinterData printer,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		RecordExport export = Exports.records(records);
		Layout layout = export.layout(patientId, selection, producer, null, progress.split(4));
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		int pages = Printing.print(layout, printer, progress.split(6));
		export.printed(patientId, selection, producer, pages);
		return Messages.format("export.printed", pages, printer.name == null ? "" : printer.name);
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
