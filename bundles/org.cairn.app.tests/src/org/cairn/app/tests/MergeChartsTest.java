package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Patient;
import org.cairn.model.PatientStatus;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person registered twice: intake merges the duplicate into the chart to keep from File › Merge Duplicate Chart…;
 * the kept chart then shows both histories, and the duplicate, looked up by its own MRN, opens the kept chart.
 */
@Order(43)
class MergeChartsTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static final LocalDate BORN = LocalDate.of(1979, 7, 14);

	/** Two charts of one person, each with a discharged episode (the census of the other tests stays as it is). */
	private static void twoChartsOfOnePerson() {
		RecordStore store = TestCharts.store();
		if (store.read("t-p-merrow-1").isPresent()) {
			return;
		}
		EpisodeOfCare first = TestCharts.episode("t-e-merrow-1", "t-p-merrow-1", Programme.OUTPATIENT, Phase.THERAPY, LocalDate.of(2024, 1, 8), "t-counsellor-a");
		first.setStatus(EpisodeStatus.DISCHARGED);
		first.setDischargedOn(LocalDate.of(2024, 6, 1));
		EpisodeOfCare second = TestCharts.episode("t-e-merrow-2", "t-p-merrow-2", Programme.OUTPATIENT, Phase.INTAKE, LocalDate.of(2025, 2, 3), "t-counsellor-a");
		second.setStatus(EpisodeStatus.DISCHARGED);
		second.setDischargedOn(LocalDate.of(2025, 2, 20));
		store.saveAll(List.of(TestCharts.patient("t-p-merrow-1", "Quinn", "Merrow", "T-M001", BORN), first,
				TestCharts.patient("t-p-merrow-2", "Quinn", "Merrow", "T-M002", BORN), second), "t-intake", "test facility");
	}

	@Test
	void intakeMergesADuplicateAndTheDuplicatesMrnOpensTheKeptChart(UiBot bot) {
		twoChartsOfOnePerson();
		RecordStore store = TestCharts.store();
		TestCharts.openChart(bot, "T-M002", "Merrow");

		bot.menu("File", "Merge Duplicate Chart...");
		bot.shell("Merge Duplicate Chart");
		Label duplicate = bot.byId(Label.class, "merge.duplicate.found");
		bot.waitUntil("the chart in front is offered as the duplicate",
				() -> bot.textOf(duplicate).equals("Merrow, Quinn, born " + org.cairn.ui.Messages.date(BORN)));
		Button ok = bot.byId(Button.class, "merge.ok");
		MedicationsPartTest.set(bot, "merge.kept", "T-M001");
		Label kept = bot.byId(Label.class, "merge.kept.found");
		bot.waitUntil("the chart to keep is found", () -> bot.textOf(kept).startsWith("Merrow, Quinn"));
		assertFalse(bot.call(ok::isEnabled), "no merge without a reason");
		MedicationsPartTest.set(bot, "merge.reason", "Same person: registered again in 2025 under a new MRN");
		bot.waitUntil("the merge can be made", () -> bot.call(ok::isEnabled));
		bot.screenshot("merge-duplicate-chart");
		bot.display().asyncExec(() -> ok.notifyListeners(SWT.Selection, new Event()));

		Label details = bot.byId(Label.class, "chart.details");
		bot.waitUntil("the kept chart is open", () -> bot.textOf(details).contains("MRN T-M001"));
		Patient merged = (Patient) store.read("t-p-merrow-2").orElseThrow().record();
		assertEquals(PatientStatus.MERGED, merged.getStatus());
		assertEquals("t-p-merrow-1", merged.getMergedInto());
		assertEquals(Set.of("t-e-merrow-1", "t-e-merrow-2"), store.timeline("t-p-merrow-1", Set.of("EpisodeOfCare")).stream().map(e -> e.recordId())
				.collect(java.util.stream.Collectors.toSet()), "both histories in the kept chart");
		Label episode = bot.byId(Label.class, "chart.episode");
		assertTrue(bot.textOf(episode).contains("2 episodes"), bot.textOf(episode));

		// the duplicate's own MRN still finds the person, and opens the kept chart
		org.eclipse.swt.widgets.Text search = bot.byId(org.eclipse.swt.widgets.Text.class, "patients.search");
		bot.run(() -> search.setText(""));
		bot.click(search);
		bot.type("T-M002");
		org.eclipse.swt.widgets.Table patients = bot.byId(org.eclipse.swt.widgets.Table.class, "patients.table");
		bot.waitUntil("the duplicate is found", () -> bot.call(patients::getItemCount) == 1);
		bot.press(0, SWT.CR);
		bot.waitUntil("the kept chart opens in its place", () -> bot.textOf(details).contains("MRN T-M001")
				&& bot.textOf(bot.byId(Label.class, "statusbar.message")).startsWith("That chart was a duplicate"));
	}
}
