package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.model.CairnFactory;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.clinical.ConsentRules;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.consent.ConsentsDialog;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart › Consents and Disclosures: a disclosure to someone the consent does not name is refused and audited; one
 * to the named recipient writes the records with the 42 CFR Part 2 notice on each, and is in the disclosure log.
 */
@Order(19)
class ConsentsDialogTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static final String RECIPIENT = "Dr Ada Ruiz, Eastside Family Practice";

	@TempDir
	Path folder;

	/** The dialog with the file chosen by the test. */
	static final class Chosen extends ConsentsDialog {
		private final Path file;

		Chosen(Shell parent, StoreAccess store, RunningWorkbench workbench, ChartSummary chart, Path file) {
			super(parent, store, TestLogin.service(org.cairn.clinical.Consents.class), TestLogin.service(org.cairn.export.Releases.class),
					workbench.context().get(org.cairn.security.Session.class), chart);
			this.file = file;
		}

		@Override
		protected Path chooseFile() {
			return file;
		}
	}

	private static void push(UiBot bot, String id) {
		Button button = bot.byId(Button.class, id);
		bot.waitUntil(id + " is enabled", () -> bot.call(button::isEnabled));
		bot.display().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	private static void disclose(UiBot bot, String recipient) {
		push(bot, "consents.disclose");
		bot.shell("Disclose records");
		Combo to = bot.byId(Combo.class, "disclose.recipient");
		bot.run(() -> {
			to.setText(recipient);
			to.notifyListeners(SWT.Modify, new Event());
		});
		push(bot, "disclose.ok");
	}

	@Test
	void aDisclosureNeedsAConsentNamingTheRecipientAndCarriesTheNotice(UiBot bot, RunningWorkbench workbench) throws Exception {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		if (store.read("t-consent-quill").isEmpty()) {
			Consent consent = CairnFactory.eINSTANCE.createConsent();
			consent.setId("t-consent-quill");
			consent.setPatientId("t-p-quill");
			consent.setDiscloser("Test Recovery Centre");
			consent.setInformation("Medication doses and urine drug screen results since admission");
			consent.getRecipients().add(RECIPIENT);
			consent.setPurpose("Continuity of care");
			consent.setRevocationExplained(true);
			consent.setRefusalConsequencesStated(true);
			consent.setExpiresOn(LocalDate.now().plusMonths(6));
			consent.setSignedBy("the patient");
			consent.setSignedOn(LocalDate.now().minusDays(1));
			consent.setStatus(ConsentStatus.ACTIVE);
			store.save(consent, 0, "t-intake", "consent signed");
		}
		TestCharts.openChart(bot, "quill", "Quill");
		ChartSummary chart = bot.call(() -> (ChartSummary) workbench.context().get(CairnUi.ACTIVE_CHART));
		StoreAccess access = bot.call(() -> ContextInjectionFactory.make(StoreAccess.class, workbench.context()));
		Path file = folder.resolve("to-dr-ruiz.pdf");
		bot.display().asyncExec(() -> new Chosen(bot.mainShell(), access, workbench, chart, file).open());
		bot.shell("Consents and Disclosures");
		Table consents = bot.byId(Table.class, "consents.table");
		bot.waitUntil("the consent is listed as valid", () -> bot.call(() -> consents.getItemCount() == 1 && consents.getItem(0).getText(4).equals("Valid")));

		disclose(bot, "County Court");
		bot.shell("Disclose records");
		bot.waitUntil("the refusal is said", () -> bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf)
				.anyMatch(t -> t.equals("Not disclosed: That consent does not name County Court as a recipient (it names " + RECIPIENT + ").")));
		bot.click(bot.button("OK"));
		assertTrue(Files.notExists(file), "nothing was written");
		// the newest DISCLOSE event (reading the consents again after it is an event too)
		AuditEvent refused = lastDisclosure(store);
		assertEquals(Outcome.DENIED, refused.outcome());

		disclose(bot, RECIPIENT);
		bot.waitUntil("the disclosure is reported", () -> bot.findAll(org.eclipse.swt.widgets.Label.class).stream().map(bot::textOf)
				.anyMatch(t -> t.startsWith("Disclosed ") && t.contains(RECIPIENT)));
		bot.screenshot("disclosure-done");
		bot.click(bot.button("OK"));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Disclosed to " + RECIPIENT), "the disclosure page names the recipient");
			assertTrue(text.contains("Disclosure of substance use disorder treatment records"));
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertTrue(stripper.getText(pdf).contains(ConsentRules.NOTICE), "the notice on page " + page + " of the PDF");
			}
		}
		Table log = bot.byId(Table.class, "disclosures.table");
		bot.waitUntil("the disclosure is in the log", () -> bot.call(() -> log.getItemCount() == 1 && log.getItem(0).getText(1).equals(RECIPIENT)));
		AuditEvent disclosed = lastDisclosure(store);
		assertEquals(Outcome.SUCCESS, disclosed.outcome());
		bot.screenshot("consents-dialog");
		bot.click(bot.button("Close"));
	}

	private static AuditEvent lastDisclosure(RecordStore store) {
		return store.auditTrail("t-p-quill", 20).stream().filter(event -> event.action() == Action.DISCLOSE).findFirst()
				.orElseThrow(() -> new AssertionError("no DISCLOSE event"));
	}
}
