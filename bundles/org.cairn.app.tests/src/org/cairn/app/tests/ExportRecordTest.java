package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.export.FhirExport;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditQuery;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.export.ExportRecordDialog.Output;
import org.cairn.ui.handlers.ExportRecordHandler;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart › Export Record in the running workbench: the whole record to PDF through the job and its progress window,
 * chosen records to FHIR R4, a bad date range refused in words, and the export audited; Print Record lays out the same
 * pages (printed to a file by GTK's file printer).
 */
@Order(40)
class ExportRecordTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@TempDir
	Path folder;

	/** The handler with the file or printer chosen by the test instead of the platform's dialogs. */
	static final class Chosen extends ExportRecordHandler {
		private final Path file;
		private final Output initial;

		Chosen(Path file, Output initial) {
			this.file = file;
			this.initial = initial;
		}

		@Override
		protected Output initialOutput() {
			return initial;
		}

		@Override
		protected Path chooseFile(Shell shell, Output output) {
			return file;
		}

		@Override
		protected PrinterData choosePrinter(Shell shell) {
			PrinterData data = new PrinterData();
			for (PrinterData printer : org.eclipse.swt.printing.Printer.getPrinterList()) {
				if (printer.name != null && printer.name.toLowerCase().contains("file")) {
					data = printer;
				}
			}
			data.printToFile = true;
			data.fileName = file.toString();
			return data;
		}
	}

	private static void export(UiBot bot, RunningWorkbench workbench, Chosen handler) {
		bot.display().asyncExec(() -> ContextInjectionFactory.invoke(handler, Execute.class, workbench.application().getContext().getActiveLeaf()));
		bot.shell("Export or Print Record");
	}

	/** Waits for the message that begins with {@code start} and returns it. */
	private static String said(UiBot bot, String start) {
		bot.waitUntil("the message \"" + start + "...\"", () -> bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf)
				.anyMatch(t -> t.startsWith(start)));
		return bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf).filter(t -> t.startsWith(start)).findFirst().orElseThrow();
	}

	@Test
	void theWholeRecordToPdfThroughAJobThatIsAudited(UiBot bot, RunningWorkbench workbench) throws IOException {
		TestCharts.seed();
		TestCharts.openChart(bot, "nunez", "Núñez");
		Path file = folder.resolve("nunez.pdf");
		export(bot, workbench, new Chosen(file, Output.PDF));
		bot.screenshot("export-dialog");
		bot.click(bot.byId(Button.class, "export.ok"));
		bot.shell("Export or Print Record");
		said(bot, "The record was written to nunez.pdf");
		bot.click(bot.button("OK"));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("José María Núñez"), "the patient, as written");
			assertTrue(text.contains("T-0001"));
			int notes = TestCharts.store().timeline("t-p-nunez", java.util.Set.of("SessionNote")).size();
			assertTrue(notes >= 2 && text.contains("Session notes (" + notes + ")"), "every note of the chart: " + notes);
			assertTrue(text.contains("Fentanyl"), "the screen");
			assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()));
		}
		List<AuditEntry> exports = TestCharts.store().auditEntries(new AuditQuery("t-p-nunez", null, Action.EXPORT, null, null, 10));
		assertFalse(exports.isEmpty(), "the export is audited");
		assertTrue(exports.get(0).event().detail().startsWith("PDF"), exports.get(0).event().detail());
	}

	@Test
	void chosenRecordsToFhirAndABadRangeRefusedInWords(UiBot bot, RunningWorkbench workbench) throws IOException {
		TestCharts.seed();
		TestCharts.openChart(bot, "nunez", "Núñez");
		Path file = folder.resolve("nunez.fhir.json");
		export(bot, workbench, new Chosen(file, Output.FHIR));
		bot.click(bot.byId(Button.class, "export.records.range"));
		Text from = bot.byId(Text.class, "export.from");
		bot.run(() -> from.setText("last week"));
		bot.click(bot.byId(Button.class, "export.ok"));
		bot.waitUntil("the bad date is named", () -> bot.findAll(Text.class).stream().map(bot::textOf)
				.anyMatch(t -> t.contains("From: \"last week\" is not a date")));
		bot.run(() -> from.setText(""));

		Table records = bot.byId(Table.class, "export.recordList");
		int screen = bot.call(() -> {
			for (int i = 0; i < records.getItemCount(); i++) {
				if (records.getItem(i).getText(1).equals("Urine drug screen")) {
					return i;
				}
			}
			return -1;
		});
		assertTrue(screen >= 0, "the screen is listed");
		bot.run(() -> {
			records.getItem(screen).setChecked(true);
			Event event = new Event();
			event.detail = SWT.CHECK;
			event.item = records.getItem(screen);
			records.notifyListeners(SWT.Selection, event);
		});
		assertTrue(bot.call(() -> bot.byId(Button.class, "export.records.chosen").getSelection()), "ticking a record chooses records");
		bot.click(bot.byId(Button.class, "export.ok"));
		said(bot, "The record was written to nunez.fhir.json");
		bot.click(bot.button("OK"));
		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, Files.readString(file));
		List<String> types = bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
		assertEquals(List.of("Patient", "Observation"), types, "the patient and the chosen screen's one result");
		assertEquals("Núñez", ((Patient) bundle.getEntryFirstRep().getResource()).getNameFirstRep().getFamily());
	}

	@Test
	void printingLaysOutTheSamePagesAsThePdf(UiBot bot, RunningWorkbench workbench) throws IOException {
		TestCharts.seed();
		TestCharts.openChart(bot, "nunez", "Núñez");
		Path printed = folder.resolve("printed.pdf");
		export(bot, workbench, new Chosen(printed, Output.PRINTER));
		assertTrue(bot.call(() -> bot.byId(Button.class, "export.output.printer").getSelection()), "Print Record starts with the printer");
		bot.click(bot.byId(Button.class, "export.ok"));
		String said = said(bot, "Printed ");
		bot.click(bot.button("OK"));
		bot.waitUntil("the printer wrote its file", () -> Files.exists(printed) && printed.toFile().length() > 0);
		try (PDDocument pdf = Loader.loadPDF(printed.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Núñez"), "the printed pages name the patient");
			java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 80), "png",
					Path.of("target", "screenshots", "printed-page-1.png").toFile());
			assertTrue(said.startsWith("Printed " + pdf.getNumberOfPages() + " page(s)"), said + " / " + pdf.getNumberOfPages() + " pages");
		}
		assertFalse(TestCharts.store().auditEntries(new AuditQuery("t-p-nunez", null, Action.PRINT, null, null, 10)).isEmpty(), "the print is audited");
	}
}
