package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.Operator;
import org.cairn.admin.UsageException;
import org.cairn.export.FhirExport;
import org.cairn.export.internal.ExportCommand;
import org.cairn.security.internal.CommandLineSignIn;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditQuery;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code cairn admin export} on a real H2 database: one record to PDF and FHIR, every patient to a folder, a report
 * to CSV; the reason is audited, existing files are not overwritten and bad arguments are named.
 */
class ExportCommandTest extends OnAChart {

	ExportCommand command;
	JdbcAccounts accounts;
	Operator operator;
	String out;
	String err;

	@BeforeEach
	void command() {
		JdbcAccounts accounts = new JdbcAccounts(store, CLOCK);
		accounts.setUp("Harbour Light Recovery Centre", "records-officer", "Robin Records", "a long test passphrase".toCharArray());
		// an administrator releases no records: the records officer is a supervisor too
		accounts.setRoles("records-officer", java.util.Set.of("administrator", "supervisor"), "records-officer");
		accounts.create("front-desk", "Frankie Desk", java.util.Set.of("intake"), "another long passphrase".toCharArray(), "records-officer");
		this.accounts = accounts;
		org.cairn.clinical.internal.ChartsService charts = new org.cairn.clinical.internal.ChartsService(store, accounts);
		command = new ExportCommand(store, new org.cairn.export.internal.ReleasesService(store, accounts, charts,
				new org.cairn.clinical.internal.ConsentsService(store, charts, CLOCK), null, CLOCK));
		operator = CommandLineSignIn.operator(accounts, "records-officer");
	}

	private int run(String... args) throws Exception {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int status = command.run(new CommandInvocation(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8), operator));
		out = output.toString(StandardCharsets.UTF_8);
		err = errors.toString(StandardCharsets.UTF_8);
		return status;
	}

	@Test
	void oneRecordToPdfAndFhirWithTheReasonAudited() throws Exception {
		Path pdf = folder.resolve("zoe.pdf");
		assertEquals(AdminCommand.OK, run("record", "--patient", "TEST-0042", "--format", "pdf", "--out", pdf.toString(), "--reason",
				"records request from the patient"));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("Zoë Łukasiewicz-Ortega"));
			assertTrue(text.contains("Harbour Light Recovery Centre"), "the facility from the settings");
		}
		Path json = folder.resolve("zoe.fhir.json");
		assertEquals(AdminCommand.OK, run("record", "--patient", "TEST-0042", "--format", "fhir", "--out", json.toString(), "--reason", "transfer",
				"--from", "2026-09-10", "--to", "2026-09-30"));
		Bundle bundle = FhirExport.context().newJsonParser().parseResource(Bundle.class, Files.readString(json));
		assertTrue(bundle.getEntry().stream().anyMatch(e -> e.getResource().fhirType().equals("Observation")), "the screen of 15 September");
		assertFalse(bundle.getEntry().stream().anyMatch(e -> e.getResource().fhirType().equals("QuestionnaireResponse")), "not the PHQ-9 of 2 September");
		List<AuditEntry> exports = store.auditEntries(new AuditQuery(Chart.PATIENT, "records-officer", Action.EXPORT, null, null, 10));
		assertTrue(exports.stream().anyMatch(e -> e.event().detail().endsWith("; reason: records request from the patient")), "the reason is audited");
		assertEquals(2, exports.size(), "one event an export: " + exports);

		assertEquals(AdminCommand.FAILED, run("record", "--patient", "TEST-0042", "--format", "pdf", "--out", pdf.toString(), "--reason", "again"));
		assertEquals("cairn admin export: " + pdf + " exists; remove it or choose another file.\n", err);
		assertEquals(AdminCommand.FAILED, run("record", "--patient", "NOPE-1", "--format", "pdf", "--out", folder.resolve("x.pdf").toString(), "--reason", "r"));
		assertEquals("cairn admin export: no patient has the MRN NOPE-1.\n", err);
	}

	@Test
	void everyPatientToAFolderAndAReportToCsv() throws Exception {
		Path all = folder.resolve("closure");
		assertEquals(AdminCommand.OK, run("all", "--format", "pdf", "--out", all.toString(), "--reason", "the programme closes"));
		assertTrue(Files.exists(all.resolve("TEST-0042.pdf")));
		assertTrue(out.contains("Exported 1 patients' records to " + all), out);
		try (var files = Files.list(all)) {
			assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "no half-written files");
		}
		assertEquals(AdminCommand.FAILED, run("all", "--format", "fhir", "--out", all.toString(), "--reason", "again"));
		assertTrue(err.contains("is not an empty folder"), err);

		Path csv = folder.resolve("census.csv");
		assertEquals(AdminCommand.OK, run("report", "census", "--out", csv.toString()));
		List<String> lines = Files.readAllLines(csv);
		assertEquals("Opioid treatment programme,0,0,1,0,0,0,1", lines.get(1), "Zoë's open episode, in stabilisation");
		Path detox = folder.resolve("detox.csv");
		assertEquals(AdminCommand.OK, run("report", "census", "--programme", "detox", "--out", detox.toString()));
		assertEquals(List.of("All programmes,0,0,0,0,0,0,0"), Files.readAllLines(detox).subList(1, 2), "no open detox episode");
		assertEquals("Invalid value for option '--programme': rehab is not a programme; say one of [Detox, Residential, IOP, OTP, OBOT, Outpatient]",
				assertThrows(UsageException.class, () -> run("report", "census", "--programme", "rehab", "--out", "x.csv")).getMessage());
	}

	@Test
	void onlyAnAccountThatMayReleaseRecordsExportsThem() throws Exception {
		operator = CommandLineSignIn.operator(accounts, "front-desk");
		Path pdf = folder.resolve("refused.pdf");
		assertEquals(AdminCommand.FAILED, run("record", "--patient", "TEST-0042", "--format", "pdf", "--out", pdf.toString(), "--reason", "asked"));
		assertEquals("cairn admin export: the account front-desk may not print and export patients' records; exporting records needs an"
				+ " account whose role does.\n", err);
		assertFalse(Files.exists(pdf));
		assertEquals(AdminCommand.FAILED, run("report", "census", "--out", folder.resolve("census.csv").toString()));
		assertTrue(err.contains("may not see the programme's reports"), err);
		operator = null;
		assertEquals(AdminCommand.FAILED, run("report", "census", "--out", folder.resolve("census.csv").toString()));
		assertTrue(err.contains("nobody signed in"), "a caller that signed nobody in is refused too: " + err);
	}

	@Test
	void badArgumentsAreNamed() {
		assertEquals("Missing required option: '--reason=TEXT'",
				assertThrows(UsageException.class, () -> run("record", "--patient", "TEST-0042", "--format", "pdf", "--out", "x.pdf")).getMessage());
		assertEquals("Invalid value for option '--format': 'docx' is not one of pdf, fhir", assertThrows(UsageException.class,
				() -> run("record", "--patient", "TEST-0042", "--format", "docx", "--out", "x", "--reason", "r")).getMessage());
		assertEquals("Invalid value for option '--from': '1 March' is not a date (yyyy-mm-dd)", assertThrows(UsageException.class,
				() -> run("record", "--patient", "TEST-0042", "--format", "pdf", "--out", "x", "--reason", "r", "--from", "1 March")).getMessage());
		assertEquals("--reason must not be empty", assertThrows(UsageException.class,
				() -> run("record", "--patient", "TEST-0042", "--format=FHIR", "--out=x", "--reason= ")).getMessage());
		assertEquals("Invalid value for positional parameter at index 0 (REPORT): 'income' is not one of census, caseload, retention,"
				+ " scores, screens",
				assertThrows(UsageException.class, () -> run("report", "income", "--out", "x.csv")).getMessage());
	}
}
