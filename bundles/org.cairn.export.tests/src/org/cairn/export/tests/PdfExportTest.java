package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.export.RecordExport;
import org.cairn.export.Selection;
import org.cairn.model.DisclosureMethod;
import org.cairn.clinical.ConsentRules;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditQuery;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A patient's record as PDF, on a real H2 database: the text PDFBox extracts from the file says what the records
 * say (sections, signatures, addenda, item texts, versions), pages are numbered, the selection is respected, and a
 * disclosure carries the 42 CFR Part 2 notice on every page.
 */
class PdfExportTest extends OnAChart {

	private static final RecordExport.Producer PRODUCER = new RecordExport.Producer("Harbour Light Recovery Centre", "counsellor-1", "Sam Rivera");

	RecordExport export;

	@BeforeEach
	void export() {
		export = new RecordExport(store, Chart::staff, Chart::form, CLOCK);
	}

	@Test
	void theWholeRecordReadsAsTheRecordsSay() throws IOException {
		byte[] bytes = pdf(Selection.all());
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PageImages.render(pdf, "chart", 3);
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Zoë Łukasiewicz-Ortega"), "the name as written, in any script");
			assertTrue(text.contains("TEST-0042"));
			assertTrue(text.contains("14 Mar 1991"), "born");
			assertTrue(text.contains("Opioid treatment programme"), "the episode on the cover");
			assertTrue(text.contains("Client reports sleeping six hours; no use since admission."), "a note's section");
			assertTrue(text.contains("Paragraph 120: the client described cravings"), "the end of a long section, on a later page");
			assertTrue(text.contains("Signed by Sam Rivera, LCADC (clinician) on 10 Sep 2026 15:05"), "the note's signature");
			assertTrue(text.contains("Client called to say the evening group time suits her."), "its addendum");
			assertTrue(text.contains("Little interest or pleasure in doing things"), "a PHQ-9 item's text from its definition");
			assertTrue(text.contains("Patient Health Questionnaire") || text.contains("PHQ-9"), "the form's title");
			assertTrue(text.contains("11 — Moderate"), "the total and band");
			assertTrue(text.contains("Four consecutive weekly screens negative for non-prescribed opioids"), "a care plan's objective");
			assertTrue(text.contains("Relapse prevention counselling"), "its intervention");
			assertTrue(text.contains("Expected (prescribed)"), "the buprenorphine on the screen was expected");
			assertTrue(text.contains("Record " + Chart.NOTE + ", version 1 of 1, saved"), "the version line");
			assertTrue(text.contains("Missed Intoxicated"), "a missed dose with its reason in the dosing record");
			assertTrue(text.contains("Observed 16 mg"), "a given dose");
			assertFalse(text.contains("Discharge reason"), "an open episode has none (the model's default reason is not printed)");
			int pages = pdf.getNumberOfPages();
			assertTrue(pages >= 4, "the cover, the long note and the sections take several pages: " + pages);
			for (int page = 1; page <= pages; page++) {
				String onPage = page(pdf, page);
				assertTrue(onPage.contains("Page " + page + " of " + pages), "page " + page + " is numbered");
				assertTrue(onPage.contains("Zoë Łukasiewicz-Ortega · MRN TEST-0042"), "page " + page + " names whose record it is");
				assertFalse(onPage.contains(ConsentRules.NOTICE), "a chart export for the facility is not a disclosure: page " + page);
			}
		}
		List<AuditEntry> exports = exports();
		assertEquals(1, exports.size(), "the export is audited");
		assertEquals(Chart.PATIENT, exports.get(0).event().patientId());
		assertEquals("counsellor-1", exports.get(0).event().user());
	}

	@Test
	void chosenRecordsAndDateRangesLeaveTheRestOut() throws IOException {
		String chosen = text(pdf(Selection.only(Set.of(Chart.SCREEN))));
		assertTrue(chosen.contains("Fentanyl"));
		assertTrue(chosen.contains("1 chosen record"));
		assertFalse(chosen.contains("Client reports sleeping"), "the note was not chosen");
		String september = text(pdf(Selection.between(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 30))));
		assertTrue(september.contains("Client reports sleeping"), "the note of 10 September");
		assertTrue(september.contains("Fentanyl"), "the screen of 15 September");
		assertFalse(september.contains("Little interest or pleasure"), "the PHQ-9 of 2 September is before the range");
	}

	/** The release service on this chart's store, and a clinician signed in to use it. */
	private record Release(org.cairn.export.Releases releases, org.cairn.clinical.Consents consents, org.cairn.security.Session session) {
	}

	private Release release() {
		org.cairn.security.internal.JdbcAccounts accounts = new org.cairn.security.internal.JdbcAccounts(store, CLOCK);
		accounts.setUp("Harbour Light Recovery Centre", "site.admin", "Sam Admin", "a long test passphrase".toCharArray());
		accounts.create("counsellor-1", "Sam Rivera", Set.of("clinician"), "a long test passphrase".toCharArray(), "site.admin");
		org.cairn.security.Session session = new org.cairn.security.Session(
				(org.cairn.security.Authentication.Success) accounts.authenticate("counsellor-1", "a long test passphrase".toCharArray()), NOW);
		org.cairn.clinical.internal.ChartsService charts = new org.cairn.clinical.internal.ChartsService(store, accounts);
		org.cairn.clinical.Consents consents = new org.cairn.clinical.internal.ConsentsService(store, charts, CLOCK);
		return new Release(new org.cairn.export.internal.ReleasesService(store, accounts, charts, consents, null, CLOCK), consents, session);
	}

	@Test
	void aDisclosureHasTheNoticeOnEveryPage() throws Exception {
		Release release = release();
		Path file = folder.resolve("disclosure.pdf");
		org.cairn.clinical.Consents.Request request = new org.cairn.clinical.Consents.Request(Chart.PATIENT, Chart.CONSENT, Chart.RECIPIENT, null, null,
				DisclosureMethod.PRINT, List.of(Chart.NOTE, Chart.SCREEN));
		release.releases().disclose(release.session(), request, file, new NullProgressMonitor());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			PageImages.render(pdf, "disclosure", 2);
			int pages = pdf.getNumberOfPages();
			assertTrue(pages >= 3, "the long note runs over pages: " + pages);
			for (int page = 1; page <= pages; page++) {
				String onPage = page(pdf, page).replaceAll("\\s+", " ");
				assertTrue(onPage.contains(ConsentRules.NOTICE), "the notice on page " + page + " of " + pages);
			}
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains(Chart.RECIPIENT));
			assertTrue(text.contains("Continuity of care"), "the purpose, from the consent");
			assertTrue(text.contains("Client reports sleeping"));
			assertFalse(text.contains("Little interest or pleasure"), "only the records disclosed");
		}
		assertEquals(1, release.consents().disclosures(release.session(), Chart.PATIENT).size(), "logged as a disclosure");
	}

	@Test
	void aRefusedDisclosureWritesNothing() {
		Release release = release();
		Path file = folder.resolve("refused.pdf");
		org.cairn.clinical.Consents.Request request = new org.cairn.clinical.Consents.Request(Chart.PATIENT, Chart.CONSENT,
				"Someone the consent does not name", null, null, DisclosureMethod.PRINT, List.of(Chart.NOTE));
		assertEquals("disclose.recipient-not-named", assertThrows(org.cairn.clinical.RefusedException.class,
				() -> release.releases().disclose(release.session(), request, file, new NullProgressMonitor())).problem().code());
		assertFalse(Files.exists(file), "nothing written");
		assertTrue(release.consents().disclosures(release.session(), Chart.PATIENT).isEmpty());
	}

	@Test
	void aReleaseNeedsThePermissionToReleaseRecordsAndSaysWhyItWent() throws IOException {
		Release release = release();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		release.releases().writePdf(release.session(), Chart.PATIENT, Selection.all(), "transfer to Eastside", out, new NullProgressMonitor());
		assertTrue(out.size() > 0);
		assertTrue(exports().get(0).event().detail().endsWith("; reason: transfer to Eastside"), exports().get(0).event().detail());

		org.cairn.security.internal.JdbcAccounts accounts = new org.cairn.security.internal.JdbcAccounts(store, CLOCK);
		accounts.create("front-desk", "Pat", Set.of("intake"), "a long test passphrase".toCharArray(), "site.admin");
		org.cairn.security.Session intake = new org.cairn.security.Session(
				(org.cairn.security.Authentication.Success) accounts.authenticate("front-desk", "a long test passphrase".toCharArray()), NOW);
		ByteArrayOutputStream refused = new ByteArrayOutputStream();
		assertEquals("access.denied", assertThrows(org.cairn.clinical.RefusedException.class,
				() -> release.releases().writePdf(intake, Chart.PATIENT, Selection.all(), null, refused, new NullProgressMonitor())).problem().code());
		assertEquals(0, refused.size(), "nothing written");
		assertEquals("access.denied", assertThrows(org.cairn.clinical.RefusedException.class, () -> release.releases().reports(intake, null))
				.problem().code());
		assertEquals(2, store.auditEntries(new AuditQuery(null, "front-desk", Action.PERMISSION_DENIED, null, null, 10)).size(), "both refusals audited");
		assertEquals(1, exports().size(), "the refused export is not an export");
	}

	@Test
	void aCancelledExportWritesAndAuditsNothing() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThrows(OperationCanceledException.class, () -> export.writePdf(Chart.PATIENT, Selection.all(), PRODUCER, out, cancelled));
		assertEquals(0, out.size());
		assertTrue(exports().isEmpty());
	}

	private List<AuditEntry> exports() {
		return store.auditEntries(new AuditQuery(null, null, Action.EXPORT, null, null, 100));
	}

	private byte[] pdf(Selection selection) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.writePdf(Chart.PATIENT, selection, PRODUCER, out, new NullProgressMonitor());
		return out.toByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String page(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}
}
