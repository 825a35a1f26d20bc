package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.Objective;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A care plan written from nothing in the editor, on a real store: the tree, the supervisor's findings as they are
 * fixed, undo and redo, an unreadable date named and kept, autosave, save, sign, a review as the next revision,
 * the side-by-side comparison, the next review in the census, and a conflicting save from elsewhere resolved
 * without losing either version.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3)
class CarePlanEditorTest {

	static {
		TestCharts.seed();
		// the counsellor on Núñez's care team has an account, so that the plan offers them by name
		if (TestLogin.accounts().find("t-counsellor-a").isEmpty()) {
			TestLogin.accounts().create(TestLogin.admin(), "t-counsellor-a", "Dana Whitlock", java.util.Set.of("clinician"),
					"a counsellor's passphrase".toCharArray());
		}
	}

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static String planId;

	/** Whatever happened here, the test classes after this one start without unsaved work to reopen. */
	@org.junit.jupiter.api.AfterAll
	static void discardLeftoverDrafts() {
		RecordStore store = TestCharts.store();
		store.drafts(TestLogin.USER).forEach(draft -> store.discardDraft(draft.recordId()));
	}

	@Test
	@Order(1)
	void aNewPlanIsBuiltAsATreeUntilNothingIsLeftToFix(UiBot bot) {
		TestCharts.openChart(bot, "nunez", "Núñez");

		bot.press(SWT.MOD1 | SWT.SHIFT, 'p');
		Label state = bot.byId(Label.class, "plan.state");
		bot.waitUntil("a new plan is open", () -> bot.textOf(state).startsWith("New care plan"));
		assertEquals(List.of("Care plan: the next review date is missing", "Care plan: add at least one problem"), findings(bot));

		bot.click(bot.byId(Button.class, "plan.addProblem"));
		bot.waitUntil("the problem's fields are shown", () -> "Problem 1".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		enter(bot, "plan.field.statement", "Opioid use disorder, daily fentanyl use before admission");
		assertEquals(List.of("Care plan: the next review date is missing", "Goal of problem 1: the statement is missing",
				"Goal of problem 1: add at least one short-term objective"), findings(bot));

		// Enter on a finding goes to the element it is about.
		Table findingTable = bot.byId(Table.class, "plan.findings");
		bot.run(() -> {
			findingTable.setFocus();
			findingTable.setSelection(1);
		});
		bot.press(0, SWT.CR);
		bot.waitUntil("the goal is selected", () -> "Goal of problem 1".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		enter(bot, "plan.field.statement", "\"Stay off fentanyl and get my kids back.\"");

		bot.click(bot.byId(Button.class, "plan.addObjective"));
		bot.waitUntil("objective 1.1 is added", () -> "Objective 1.1".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		assertEquals(TestCharts.TODAY.toString(), bot.textOf(bot.byId(Text.class, "plan.field.startOn")), "starts today");
		enter(bot, "plan.field.statement", "Negative screens for non-prescribed opioids");
		enter(bot, "plan.field.measure", "Weekly urine drug screen");
		assertTrue(findings(bot).contains("Objective 1.1: not measurable: the target value is missing"), findings(bot).toString());
		enter(bot, "plan.field.target", "4 consecutive negative screens");

		// A date that is not a date is named, and kept on screen; nothing is committed from it.
		enter(bot, "plan.field.targetOn", "2027-02-30");
		bot.waitUntil("the wrong date is named", () -> bot.textOf(state).contains("\"2027-02-30\" is not a date"));
		assertEquals("2027-02-30", bot.textOf(bot.byId(Text.class, "plan.field.targetOn")));
		assertTrue(findings(bot).contains("Objective 1.1: not time-bound: the target date is missing"));
		enter(bot, "plan.field.targetOn", TestCharts.TODAY.plusDays(60).toString());

		bot.click(bot.byId(Button.class, "plan.addIntervention"));
		bot.waitUntil("intervention 1.1.a is added", () -> "Intervention 1.1.a".equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
		enter(bot, "plan.field.description", "Individual counselling, motivational interviewing");
		enter(bot, "plan.field.frequency", "1x/week, 50 min");
		Combo staff = bot.byId(Combo.class, "plan.field.responsibleStaffId");
		assertTrue(bot.call(() -> List.of(staff.getItems())).contains("Dana Whitlock (t-counsellor-a)"), "the care teams' staff are offered by name");
		bot.run(() -> {
			staff.setFocus();
			staff.select(staff.indexOf("Dana Whitlock (t-counsellor-a)"));
			staff.notifyListeners(SWT.Selection, new Event());
		});
		enter(bot, "plan.field.reviewDue", TestCharts.TODAY.plusDays(30).toString());
		bot.waitUntil("nothing is left to fix", () -> findings(bot).isEmpty());
		assertEquals("Nothing to fix: the plan can be made active, signed and reviewed.",
				bot.textOf(bot.byId(Label.class, "plan.findings.summary")));
		assertEquals(List.of("Care plan", "Problem 1: Opioid use disorder, daily fentanyl use before admission",
				"Goal of problem 1: \"Stay off fentanyl and get my kids back.\"", "Objective 1.1: Negative screens for non-prescribed opioids",
				"Intervention 1.1.a: Individual counselling, motivational interviewing"), treeLabels(bot));
		bot.screenshot("care-plan-editor");
	}

	@Test
	@Order(2)
	void undoAndRedoWalkThroughTheChanges(UiBot bot) {
		bot.run(() -> bot.byId(Tree.class, "plan.tree").setFocus());
		bot.press(SWT.MOD1, 'z');
		bot.waitUntil("the review date is undone", () -> findings(bot).equals(List.of("Care plan: the next review date is missing")));
		assertEquals("", bot.textOf(bot.byId(Text.class, "plan.field.reviewDue")));
		bot.press(SWT.MOD1, 'z');
		bot.waitUntil("the responsible staff member is undone",
				() -> findings(bot).contains("Intervention 1.1.a: no staff member is responsible"));
		bot.press(SWT.MOD1, 'y');
		bot.press(SWT.MOD1, 'y');
		bot.waitUntil("both are redone", () -> findings(bot).isEmpty());
		assertEquals(TestCharts.TODAY.plusDays(30).toString(), bot.textOf(bot.byId(Text.class, "plan.field.reviewDue")));
	}

	@Test
	@Order(3)
	void unsavedWorkIsAutosavedThenSavedSignedAndReviewed(UiBot bot) {
		RecordStore store = TestCharts.store();
		bot.waitUntil("the plan is autosaved as a draft", () -> store.drafts(TestLogin.USER).stream()
				.anyMatch(draft -> "CarePlan".equals(draft.kind())));
		planId = store.drafts(TestLogin.USER).stream().filter(draft -> "CarePlan".equals(draft.kind())).findFirst().orElseThrow()
				.recordId();
		assertTrue(store.read(planId).isEmpty(), "a draft is not in the chart yet");
		assertTrue(editor(bot).isDirty(), "unsaved work marks the editor dirty");
		assertEquals("Care plan \u00b7 N\u00fa\u00f1ez, Jos\u00e9 Mar\u00eda", editor(bot).getLocalizedLabel(), "the tab names whose plan it is");

		bot.run(() -> bot.byId(Tree.class, "plan.tree").setFocus());
		bot.press(SWT.MOD1, 's');
		Label state = bot.byId(Label.class, "plan.state");
		bot.waitUntil("the plan is saved as version 1", () -> bot.textOf(state).startsWith("Saved as version 1"));
		assertTrue(!editor(bot).isDirty(), "saved: not dirty");
		CarePlan saved = (CarePlan) store.read(planId).orElseThrow().record();
		assertEquals(CarePlanStatus.DRAFT, saved.getStatus());
		Objective objective = saved.getProblems().get(0).getGoal().getObjectives().get(0);
		assertEquals("1.1", objective.getId());
		assertEquals(TestCharts.TODAY.plusDays(60), objective.getTargetOn());
		assertEquals("t-counsellor-a", objective.getInterventions().get(0).getResponsibleStaffId());
		assertTrue(store.draft(planId).isEmpty(), "the version replaced the draft");

		bot.click(bot.byId(Button.class, "plan.sign"));
		TestLogin.confirm(bot, "Sign the care plan");
		bot.waitUntil("the signed plan is saved as version 2", () -> bot.textOf(state).startsWith("Saved as version 2"));
		saved = (CarePlan) store.read(planId).orElseThrow().record();
		assertEquals(CarePlanStatus.ACTIVE, saved.getStatus(), "signing a complete draft puts it in force");
		assertEquals(TestLogin.USER, saved.getSignatures().get(0).getSignerId());

		bot.click(bot.byId(Button.class, "plan.review"));
		bot.shell("Review the Care Plan");
		assertEquals(TestCharts.TODAY.plusDays(30).toString(), bot.textOf(bot.byId(Text.class, "plan.review.next")),
				"detox: the next review in 30 days");
		Button ok = bot.byId(Button.class, "plan.review.ok");
		assertTrue(!bot.call(ok::isEnabled), "a review says what it found");
		Text summary = bot.byId(Text.class, "plan.review.summary");
		bot.run(summary::setFocus);
		bot.type("Withdrawal resolved; counselling started.");
		bot.waitUntil("the review can be stored", () -> bot.call(ok::isEnabled));
		bot.run(() -> ok.notifyListeners(SWT.Selection, new Event()));
		bot.waitUntil("the review is saved as version 3", () -> bot.textOf(state).startsWith("Saved as version 3"));
		assertEquals("Revision 2, version 3", bot.textOf(bot.byId(Label.class, "plan.revision")));
		List<StoredRecord<org.cairn.model.ClinicalRecord>> history = store.history(planId);
		assertEquals(3, history.size());
		CarePlan reviewed = (CarePlan) history.get(2).record();
		assertEquals(2, reviewed.getRevision());
		assertEquals("Withdrawal resolved; counselling started.", reviewed.getReviews().get(0).getSummary());
		assertEquals(0, reviewed.getSignatures().size(), "the new revision is signed again");
		assertEquals(1, ((CarePlan) history.get(1).record()).getRevision(), "the earlier revision stays readable");
	}

	@Test
	@Order(4)
	void twoVersionsAreComparedSideBySide(UiBot bot) {
		bot.click(bot.byId(Button.class, "plan.compare"));
		bot.shell("Care Plan: Compare Versions");
		Table rows = bot.byId(Table.class, "plan.compare.table");
		bot.waitUntil("the differences are listed", () -> bot.call(rows::getItemCount) > 0);
		List<String> changes = bot.call(() -> {
			List<String> texts = new java.util.ArrayList<>();
			for (TableItem item : rows.getItems()) {
				texts.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3) + " | " + item.getText(4));
			}
			return texts;
		});
		assertTrue(changes.contains("Care plan | Revision | 1 | 2 | changed"), changes.toString());
		assertTrue(changes.stream().anyMatch(row -> row.startsWith("Care plan | Plan review 1 |  | Reviewed on") && row.endsWith("| added")),
				changes.toString());
		assertTrue(changes.stream().anyMatch(row -> row.startsWith("Care plan | Signature 1 | ") && row.endsWith("| removed")), changes.toString());
		assertTrue(changes.stream().anyMatch(row -> row.startsWith("Care plan | Signature 1 | Signer: Test " + TestLogin.USER + ",")),
				"the signer by name, not login id: " + changes);
		assertTrue(bot.textOf(bot.byId(Label.class, "plan.compare.summary")).endsWith("differences"));
		org.eclipse.swt.widgets.Combo version = bot.byId(org.eclipse.swt.widgets.Combo.class, "plan.compare.left");
		String first = bot.call(() -> version.getItem(0));
		assertTrue(first.startsWith("Version 1, revision 1 (Test " + TestLogin.USER + ", "), "who saved a version, by name: " + first);
		bot.screenshot("care-plan-compare");
		bot.click(bot.button("Close"));
	}

	@Test
	@Order(5)
	void theCensusShowsTheNextReview(UiBot bot) {
		Text search = bot.byId(Text.class, "patients.search");
		bot.run(() -> search.setText(""));
		Table patients = bot.byId(Table.class, "patients.table");
		int column = bot.call(() -> {
			for (int i = 0; i < patients.getColumnCount(); i++) {
				if (patients.getColumn(i).getText().startsWith("Plan review")) {
					return i;
				}
			}
			throw new AssertionError("no Plan review column");
		});
		String due = org.cairn.ui.Messages.date(TestCharts.TODAY.plusDays(30));
		bot.waitUntil("the census row shows the next review", () -> bot.call(() -> {
			for (TableItem item : patients.getItems()) {
				if (item.getText(0).startsWith("Núñez") && item.getText(column).equals(due)) {
					return true;
				}
			}
			return false;
		}));
	}

	@Test
	@Order(6)
	void aConflictingSaveIsAChoiceAndLosesNeither(UiBot bot) {
		RecordStore store = TestCharts.store();
		// Another workstation saves the plan meanwhile.
		StoredRecord<org.cairn.model.ClinicalRecord> current = store.read(planId).orElseThrow();
		CarePlan theirs = (CarePlan) EcoreUtil.copy(current.record());
		theirs.getStrengths().add("Supportive sister");
		store.save(theirs, current.version(), "t-supervisor", "saved");

		// Here, the client's preferences are typed in.
		selectTreeItem(bot, "Care plan");
		enter(bot, "plan.field.preferences", "Evening sessions");
		bot.run(() -> bot.byId(Tree.class, "plan.tree").setFocus());
		bot.press(SWT.MOD1, 's');
		bot.shell("Someone else saved this care plan");
		bot.run(() -> bot.button("Save Mine as Newest").notifyListeners(SWT.Selection, new Event()));
		Label state = bot.byId(Label.class, "plan.state");
		bot.waitUntil("mine is saved as version 5", () -> bot.textOf(state).startsWith("Saved as version 5"));
		List<StoredRecord<org.cairn.model.ClinicalRecord>> history = store.history(planId);
		assertEquals(List.of("Supportive sister"), ((CarePlan) history.get(3).record()).getStrengths(), "theirs stays in the history");
		assertEquals(List.of("Evening sessions"), ((CarePlan) history.get(4).record()).getPreferences(), "mine is the newest");
		assertEquals(List.of(), store.drafts(TestLogin.USER), "no unsaved work is left");
	}

	static void enter(UiBot bot, String id, String text) {
		Control field = bot.byId(Control.class, id);
		bot.run(() -> {
			field.setFocus();
			if (field instanceof Text t) {
				t.selectAll();
			}
		});
		bot.type(text);
		bot.waitUntil(id + " holds what was typed", () -> bot.textOf(field).equals(text));
		bot.press(0, SWT.TAB);
		bot.waitUntil("focus left " + id, () -> bot.focusControl() != field);
	}

	/** The findings listed, none when the editor says there is nothing to fix (the list is hidden then). */
	static List<String> findings(UiBot bot) {
		if (bot.textOf(bot.byId(Label.class, "plan.findings.summary")).startsWith("Nothing to fix")) {
			return List.of();
		}
		Table table = bot.byId(Table.class, "plan.findings");
		return bot.call(() -> {
			List<String> texts = new java.util.ArrayList<>();
			if (table.isVisible()) {
				for (TableItem item : table.getItems()) {
					texts.add(item.getText());
				}
			}
			return texts;
		});
	}

	private static List<String> treeLabels(UiBot bot) {
		Tree tree = bot.byId(Tree.class, "plan.tree");
		return bot.call(() -> {
			List<String> labels = new java.util.ArrayList<>();
			collect(tree.getItems(), labels);
			return labels;
		});
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	private static void selectTreeItem(UiBot bot, String label) {
		Tree tree = bot.byId(Tree.class, "plan.tree");
		bot.run(() -> {
			for (TreeItem item : tree.getItems()) {
				if (item.getText().equals(label)) {
					tree.setSelection(item);
					Event event = new Event();
					event.item = item;
					tree.notifyListeners(SWT.Selection, event);
				}
			}
		});
		bot.waitUntil(label + " is selected", () -> label.equals(bot.textOf(bot.byId(Label.class, "plan.details.title"))));
	}

	/**
	 * The editor's part in the workbench model. Its dirty flag and label are asserted on the model: in a second
	 * workbench started in the same JVM (this class runs after others), E4's tab renderer no longer follows label
	 * and dirty changes, which PatientListAndChartTest checks on the tab itself in the JVM's first workbench.
	 */
	private static org.eclipse.e4.ui.model.application.ui.basic.MPart editor(UiBot bot) {
		org.eclipse.swt.widgets.Composite body = bot.byId(org.eclipse.swt.widgets.Composite.class, "plan");
		return bot.call(() -> {
			for (Control control = body; control != null; control = control.getParent()) {
				if (control.getData("modelElement") instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart part) {
					return part;
				}
			}
			throw new AssertionError("the care-plan editor is not in a part");
		});
	}
}
