package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.cairn.model.AnalyteResult;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.MissedDoseReason;
import org.cairn.model.NaloxoneDispense;
import org.cairn.model.TaperSchedule;
import org.cairn.model.TaperStatus;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chart › Medications on Avery Quill (opioid treatment programme): a buprenorphine/naloxone order, a missed dose
 * that needs its reason, a drug screen whose buprenorphine is expected and whose fentanyl is not, which the chart
 * then flags, a naloxone kit, a taper, and the order stopped with its taper.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(6)
class MedicationsPartTest {

	static {
		TestCharts.seed();
	}

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	@Test
	@Order(1)
	void anOrderIsEnteredAndChecked(UiBot bot) {
		TestCharts.openChart(bot, "quill", "Quill");
		bot.press(SWT.MOD1 | SWT.SHIFT, 'm');
		bot.waitUntil("the medications are read", () -> bot.textOf(bot.byId(Label.class, "meds.state")).startsWith("Select an order"));

		PatientListAndChartTest.push(bot, "meds.newOrder");
		bot.shell("New Medication Order");
		Button ok = bot.byId(Button.class, "meds.order.ok");
		assertFalse(bot.call(ok::isEnabled), "an empty order cannot be stored");
		set(bot, "meds.order.medication", "Buprenorphine/naloxone sublingual film");
		set(bot, "meds.order.dose", "16");
		choose(bot, "meds.order.route", "Sublingual");
		bot.waitUntil("the order can be stored", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the order is listed: 16 mg, sublingual, active", () -> {
			List<List<String>> rows = rows(bot, "meds.orders.table");
			return rows.size() == 1 && rows.get(0).get(0).equals("Buprenorphine/naloxone sublingual film") && rows.get(0).get(1).equals("16 mg")
					&& rows.get(0).get(2).equals("Sublingual") && rows.get(0).get(5).equals("Test " + TestLogin.USER)
					&& rows.get(0).get(6).equals("Active");
		});
	}

	@Test
	@Order(2)
	void aMissedDoseNeedsItsReason(UiBot bot) {
		PatientListAndChartTest.push(bot, "meds.recordDose");
		bot.shell("Record a Dose");
		Button ok = bot.byId(Button.class, "meds.dose.ok");
		choose(bot, "meds.dose.outcome", "Missed");
		bot.waitUntil("the reason is asked for", () -> !bot.call(ok::isEnabled));
		choose(bot, "meds.dose.missedReason", "Did not come");
		bot.waitUntil("the dose can be stored", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the missed dose is listed", () -> {
			List<List<String>> rows = rows(bot, "meds.doses.table");
			return rows.size() == 1 && rows.get(0).get(2).equals("Missed");
		});
		RecordStore store = TestCharts.store();
		DoseAdministration stored = (DoseAdministration) store.read(store.timeline("t-p-quill", Set.of("DoseAdministration")).get(0).recordId())
				.orElseThrow().record();
		assertEquals(DoseOutcome.MISSED, stored.getOutcome());
		assertEquals(MissedDoseReason.NO_SHOW, stored.getMissedReason());
	}

	/**
	 * An observed dose with doses to take home keeps them (they were dropped when the outcome was not "take-home"),
	 * and a dose is given only once the identity check is ticked: it starts empty.
	 */
	@Test
	@Order(3)
	void anObservedDoseKeepsItsTakeHomesAndWaitsForTheIdentityCheck(UiBot bot) {
		PatientListAndChartTest.push(bot, "meds.recordDose");
		bot.shell("Record a Dose");
		Button ok = bot.byId(Button.class, "meds.dose.ok");
		Button identity = bot.byId(Button.class, "meds.dose.identity");
		assertFalse(bot.call(identity::getSelection), "an attestation starts empty");
		choose(bot, "meds.dose.outcome", "Observed");
		set(bot, "meds.dose.takeHomes", "2");
		bot.waitUntil("the identity check is asked for", () -> !bot.call(ok::isEnabled));
		choose(bot, "meds.dose.outcome", "Missed");
		choose(bot, "meds.dose.missedReason", "Did not come");
		bot.waitUntil("take-homes with a missed dose are refused in words",
				() -> !bot.call(ok::isEnabled) && shows(bot, "doses go home only with a dose given today"));
		choose(bot, "meds.dose.outcome", "Observed");
		bot.run(() -> {
			identity.setSelection(true);
			identity.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("the dose can be stored", () -> bot.call(ok::isEnabled));
		assertTrue(shows(bot, "in treatment.") && !shows(bot, "Methadone take-homes"), "no methadone limits are quoted for a buprenorphine order");
		// 24 mg against a 16 mg order: a warning that takes a reason to go past
		set(bot, "meds.dose.mg", "24");
		bot.waitUntil("a dose other than ordered asks for a reason", () -> !bot.call(ok::isEnabled)
				&& shows(bot, "24 mg differs from the 16 mg that Buprenorphine/naloxone sublingual film orders."));
		bot.screenshot("dose-differs-from-order");
		set(bot, "meds.dose.override", "Prescriber raised the dose by phone after COWS 14; order to follow");
		bot.waitUntil("the dose can be stored with its reason", () -> bot.call(ok::isEnabled));
		bot.screenshot("dose-with-take-homes");
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the dose is listed with its two take-homes",
				() -> rows(bot, "meds.doses.table").stream().anyMatch(row -> row.get(2).equals("Observed") && row.get(4).equals("2")));
		RecordStore store = TestCharts.store();
		DoseAdministration stored = store.timeline("t-p-quill", Set.of("DoseAdministration")).stream()
				.map(entry -> (DoseAdministration) store.read(entry.recordId()).orElseThrow().record()).filter(d -> d.getOutcome() == DoseOutcome.OBSERVED)
				.findFirst().orElseThrow();
		assertEquals(2, stored.getTakeHomeDoses());
		assertTrue(stored.isIdentityChecked());
		assertEquals(0, new java.math.BigDecimal("24").compareTo(stored.getDoseMg()));
		assertEquals("dose recorded; past meds.warn.doseDiffers: Prescriber raised the dose by phone after COWS 14; order to follow",
				store.read(stored.getId()).orElseThrow().reason(), "the version says which warning was gone past and why");
	}

	/** A dose recorded in error is marked so from the dose log, with why: it leaves the log and stays in the record. */
	@Test
	@Order(4)
	void aDoseEnteredInErrorIsMarkedFromTheLogAndLeavesIt(UiBot bot) {
		// The part rebuilds its tables whenever the chart reads itself again (after the last test's save): the missed
		// dose is chosen in the table shown now, and chosen again if a rebuild took the choice away.
		bot.waitUntil("the log lists the missed dose", () -> rows(bot, "meds.doses.table").stream().anyMatch(row -> row.get(2).equals("Missed")));
		for (int attempt = 0; attempt < 5 && !windowOpen(bot, "Dose entered in error"); attempt++) {
			bot.waitForJobs();
			bot.waitUntil("the missed dose is chosen in the log shown now", () -> {
				Table log = bot.byId(Table.class, "meds.doses.table");
				return bot.call(() -> {
					if (log.isDisposed()) {
						return false;
					}
					for (int i = 0; i < log.getItemCount(); i++) {
						if (log.getItem(i).getText(2).equals("Missed")) {
							log.setSelection(i);
							log.notifyListeners(SWT.Selection, new Event());
							return true;
						}
					}
					return false;
				});
			});
			PatientListAndChartTest.push(bot, "meds.doseInError");
			bot.waitUntil("the window opens, or the part says the choice was lost to a rebuild", () -> windowOpen(bot, "Dose entered in error")
					|| bot.textOf(bot.byId(Label.class, "meds.state")).equals("Choose the dose in the log first."));
		}
		bot.shell("Dose entered in error");
		Text why = bot.byId(Text.class, "meds.doseInError.why");
		bot.run(() -> why.setText("The patient came; recorded against the wrong day"));
		bot.click(bot.byId(Button.class, "meds.doseInError.why.ok"));
		bot.waitUntil("the missed dose leaves the log", () -> rows(bot, "meds.doses.table").stream().noneMatch(row -> row.get(2).equals("Missed")));
		RecordStore store = TestCharts.store();
		DoseAdministration marked = store.timeline("t-p-quill", Set.of("DoseAdministration")).stream()
				.map(entry -> (DoseAdministration) store.read(entry.recordId()).orElseThrow().record()).filter(d -> d.getOutcome() == DoseOutcome.MISSED)
				.findFirst().orElseThrow();
		assertEquals("The patient came; recorded against the wrong day", marked.getEnteredInError().getReason(), "it stays in the record, marked");
	}

	private static boolean windowOpen(UiBot bot, String title) {
		return bot.call(() -> java.util.Arrays.stream(bot.display().getShells()).anyMatch(shell -> shell.isVisible() && title.equals(shell.getText())));
	}

	/** Whether a label of the open dialog shows {@code text}. */
	private static boolean shows(UiBot bot, String text) {
		return bot.findAll(Label.class).stream().anyMatch(label -> bot.textOf(label).contains(text))
				|| bot.findAll(Text.class).stream().anyMatch(field -> bot.textOf(field).contains(text));
	}

	@Test
	@Order(5)
	void aDrugScreenMarksWhatTheOrdersExplainAndTheHeaderFlagsFentanyl(UiBot bot) {
		PatientListAndChartTest.push(bot, "meds.newScreen");
		bot.shell("New Urine Drug Screen");
		Button ok = bot.byId(Button.class, "meds.screen.ok");
		for (String id : List.of("meds.screen.temperature", "meds.screen.random", "meds.screen.observed")) {
			assertFalse(bot.call(bot.byId(Button.class, id)::getSelection), id + ": an attestation starts empty");
		}
		assertEquals("", bot.call(bot.byId(Combo.class, "meds.screen.result.19359-9")::getText), "no result is chosen in advance");
		choose(bot, "meds.screen.result.93494-3", "Positive");
		choose(bot, "meds.screen.result.59673-4", "Positive");
		bot.waitUntil("the unanswered analytes are named and block storing",
				() -> !bot.call(ok::isEnabled) && shows(bot, "choose a result for Opiates, 6-MAM (heroin), Methadone"));
		for (org.cairn.clinical.Analytes.Analyte analyte : org.cairn.clinical.Analytes.PANEL) {
			if (!List.of("93494-3", "59673-4").contains(analyte.loinc())) {
				choose(bot, "meds.screen.result." + analyte.loinc(), analyte.loinc().equals("18282-4") ? "Not tested" : "Negative");
			}
		}
		bot.waitUntil("the screen can be stored", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the screen is listed, fentanyl unexpected and buprenorphine expected", () -> {
			List<List<String>> rows = rows(bot, "meds.screens.table");
			return rows.size() == 1 && rows.get(0).get(2).equals("Fentanyl (UNEXPECTED), Buprenorphine (expected)");
		});
		RecordStore store = TestCharts.store();
		UrineDrugScreen stored = (UrineDrugScreen) store.read(store.timeline("t-p-quill", Set.of("UrineDrugScreen")).get(0).recordId())
				.orElseThrow().record();
		List<String> unexpected = stored.getResults().stream().filter(result -> !result.isExpected()).map(AnalyteResult::getAnalyte)
				.map(code -> code.getCode()).toList();
		assertEquals(List.of("59673-4", "18282-4"), unexpected, "fentanyl is unexpected, and THC was not tested; every negative is as expected");
		assertEquals(org.cairn.model.ScreenResult.NOT_TESTED, stored.getResults().stream().filter(r -> r.getAnalyte().getCode().equals("18282-4"))
				.findFirst().orElseThrow().getResult(), "not tested is stored as such");
		bot.withTimeout(java.time.Duration.ofSeconds(45)).waitUntil("the chart flags the fentanyl", () -> bot.findAll(Label.class).stream()
				.anyMatch(label -> bot.textOf(label).startsWith("Unexpected fentanyl")));
		bot.screenshot("medications");
	}

	@Test
	@Order(6)
	void aNaloxoneKitIsDispensedWithItsExpiry(UiBot bot) {
		PatientListAndChartTest.push(bot, "meds.dispenseNaloxone");
		bot.shell("Dispense a Naloxone Kit");
		Button ok = bot.byId(Button.class, "meds.kit.ok");
		set(bot, "meds.kit.expires", TestCharts.TODAY.minusDays(1).toString());
		bot.waitUntil("an expired kit is refused", () -> !bot.call(ok::isEnabled));
		set(bot, "meds.kit.lot", "LOT-4417");
		set(bot, "meds.kit.expires", TestCharts.TODAY.plusYears(2).toString());
		bot.waitUntil("the kit can be recorded", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the kit is listed", () -> {
			List<List<String>> rows = rows(bot, "meds.naloxone.table");
			return rows.size() == 1 && rows.get(0).get(1).equals("Patient") && rows.get(0).get(3).equals("1");
		});
		RecordStore store = TestCharts.store();
		NaloxoneDispense kit = (NaloxoneDispense) store.read(store.timeline("t-p-quill", Set.of("NaloxoneDispense")).get(0).recordId())
				.orElseThrow().record();
		assertEquals("LOT-4417", kit.getLot());
		assertEquals(TestCharts.TODAY.plusYears(2), kit.getExpiresOn());
		assertEquals(TestLogin.USER, kit.getDispensedBy());
		assertFalse(kit.isTrainingGiven(), "training was not ticked, so none is recorded");
		assertFalse(kit.isOverdosePlanReviewed());
	}

	@Test
	@Order(7)
	void aTaperIsPlannedInStepsThatReachTheTarget(UiBot bot) {
		PatientListAndChartTest.push(bot, "meds.taper");
		bot.shell("Plan a Taper");
		Button ok = bot.byId(Button.class, "meds.taperForm.ok");
		set(bot, "meds.taperForm.step", "4");
		set(bot, "meds.taperForm.reason", "Patient request after 6 months stable");
		bot.waitUntil("the taper can be planned", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the taper is listed, planned, from 16 mg down to 0 mg", () -> taperLine(bot).contains("(Planned)")
				&& taperLine(bot).contains(" 12 mg") && taperLine(bot).endsWith(" 0 mg"));
		TaperSchedule stored = taper();
		assertEquals(TaperStatus.PLANNED, stored.getStatus());
		assertEquals(List.of("12", "8", "4", "0"), stored.getSteps().stream().map(step -> step.getDoseMg().stripTrailingZeros().toPlainString()).toList());
		assertEquals(TestCharts.TODAY.plusDays(1), stored.getSteps().get(0).getFromDate());
		assertEquals(TestCharts.TODAY.plusDays(8), stored.getSteps().get(1).getFromDate(), "a step every 7 days");
	}

	/** Stopping the order ends its taper in the same save: both change, or neither. */
	@Test
	@Order(8)
	void stoppingTheOrderAbandonsItsTaperInTheSameSave(UiBot bot) {
		PatientListAndChartTest.push(bot, "meds.stopOrder");
		bot.shell("Stop an Order");
		Button ok = bot.byId(Button.class, "meds.stop.ok");
		bot.waitUntil("a stop needs its reason", () -> !bot.call(ok::isEnabled));
		set(bot, "meds.stop.reason", "Transferred to another programme");
		bot.waitUntil("the order can be stopped", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the order is discontinued and its taper abandoned", () -> {
			List<List<String>> rows = rows(bot, "meds.orders.table");
			return rows.size() == 1 && rows.get(0).get(6).equals("Discontinued") && taperLine(bot).contains("(Abandoned)");
		});
		RecordStore store = TestCharts.store();
		String orderId = taper().getOrderId();
		assertEquals(2, store.read(orderId).orElseThrow().version());
		assertEquals(TaperStatus.ABANDONED, taper().getStatus());
		assertEquals("order discontinued", store.read(orderId).orElseThrow().reason(), "the order's new version says why");
		assertEquals("taper abandoned with its order", store.read(taper().getId()).orElseThrow().reason());
		bot.screenshot("medications-stopped");
	}

	private static TaperSchedule taper() {
		RecordStore store = TestCharts.store();
		return (TaperSchedule) store.read(store.timeline("t-p-quill", Set.of("TaperSchedule")).get(0).recordId()).orElseThrow().record();
	}

	/** The taper's line under the orders, or "" while the part is rebuilt. */
	private static String taperLine(UiBot bot) {
		return bot.call(() -> bot.findAll(Label.class).stream().filter(label -> "meds.taper".equals(label.getData(CairnUi.WIDGET_ID)))
				.map(Label::getText).findFirst().orElse(""));
	}

	/** The rows of table {@code id} as texts; the part rebuilds its tables after each save, so it is found anew. */
	static List<List<String>> rows(UiBot bot, String id) {
		Table table = bot.byId(Table.class, id);
		return bot.call(() -> {
			List<List<String>> rows = new java.util.ArrayList<>();
			if (table.isDisposed()) {
				return rows;
			}
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				List<String> cells = new java.util.ArrayList<>();
				for (int i = 0; i < table.getColumnCount(); i++) {
					cells.add(item.getText(i));
				}
				rows.add(cells);
			}
			return rows;
		});
	}

	static void set(UiBot bot, String id, String text) {
		Control field = bot.byId(Control.class, id);
		bot.run(() -> {
			if (field instanceof Combo combo) {
				combo.setText(text);
			} else {
				((Text) field).setText(text);
			}
		});
	}

	static void choose(UiBot bot, String id, String item) {
		Combo combo = bot.byId(Combo.class, id);
		bot.run(() -> {
			combo.select(combo.indexOf(item));
			if (combo.getSelectionIndex() < 0) {
				throw new AssertionError("No item '" + item + "' in " + List.of(combo.getItems()));
			}
			combo.notifyListeners(SWT.Selection, new Event());
		});
	}
}
