package org.cairn.ui.careplan;

import java.util.ArrayList;
import java.util.List;

import org.cairn.model.CairnPackage;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.Goal;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.Problem;
import org.cairn.ui.CairnUi;
import org.cairn.ui.careplan.PlanField.Kind;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The fields of the care-plan editor: the plan's status and dates above the tree, and beside it the fields of the
 * element selected in the tree ({@link PlanField}s, each reporting to the editor). Which fields an element has is
 * decided here; what a change does is the editor's ({@link CarePlanEditorPart}).
 */
final class PlanDetails {

	private final PlanField.Owner owner;
	private final Composite headerFields;
	private ScrolledComposite scroller;
	private Composite details;
	private final List<PlanField> fields = new ArrayList<>();
	private final List<PlanField> header = new ArrayList<>();
	private java.util.Map<String, String> staff = java.util.Map.of();

	/** The header's fields in {@code headerParent}; the element's follow with {@link #createFields}. */
	PlanDetails(Composite headerParent, PlanField.Owner owner) {
		this.owner = owner;
		headerFields = new Composite(headerParent, SWT.NONE);
		headerFields.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		headerFields.setLayout(new GridLayout(6, false));
	}

	/** Where the selected element's fields go: beside the tree, in {@code sash}. */
	void createFields(Composite sash) {
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		details = new Composite(scroller, SWT.NONE);
		details.setData(CairnUi.WIDGET_ID, "plan.details");
		details.setLayout(new GridLayout(1, false));
		scroller.setContent(details);
		scroller.addListener(SWT.Resize, event -> layout());
	}

	/** The plan's status, in force from and next review, above the tree; {@code staff} (names by user id) are offered for responsibility. */
	void showHeader(CarePlan plan, java.util.Map<String, String> staff) {
		this.staff = staff;
		for (Control child : headerFields.getChildren()) {
			child.dispose();
		}
		header.clear();
		header.add(new PlanField(headerFields, owner, plan, CairnPackage.Literals.CARE_PLAN__STATUS, Kind.CHOICE, staff, 0, 0, false));
		header.add(new PlanField(headerFields, owner, plan, CairnPackage.Literals.CARE_PLAN__EFFECTIVE_FROM, Kind.DATE, staff, 0, 0, false));
		header.add(new PlanField(headerFields, owner, plan, CairnPackage.Literals.CARE_PLAN__REVIEW_DUE, Kind.DATE, staff, 0, 0, false));
	}

	/** The fields of {@code element} of {@code plan}, built anew (editable unless the plan is entered in error). */
	void show(EObject element, CarePlan plan) {
		for (Control child : details.getChildren()) {
			child.dispose();
		}
		fields.clear();
		if (element == null) {
			return;
		}
		Label title = new Label(details, SWT.NONE);
		title.setData(CairnUi.WIDGET_ID, "plan.details.title");
		title.setData(CairnUi.CSS_CLASS, "ChartName");
		title.setText(PlanWords.place(element));
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		switch (element) {
		case CarePlan p -> {
			field(p, CairnPackage.Literals.CARE_PLAN__STRENGTHS, Kind.LINES);
			field(p, CairnPackage.Literals.CARE_PLAN__BARRIERS, Kind.LINES);
			field(p, CairnPackage.Literals.CARE_PLAN__PREFERENCES, Kind.LINES);
			field(p, CairnPackage.Literals.CARE_PLAN__DISCHARGE_CRITERIA, Kind.LONG);
			field(p, CairnPackage.Literals.CARE_PLAN__CRISIS_PLAN, Kind.LONG);
		}
		case Problem p -> {
			field(p, CairnPackage.Literals.PROBLEM__STATEMENT, Kind.LONG);
			field(p, CairnPackage.Literals.PROBLEM__EVIDENCE, Kind.LONG);
			number(p, CairnPackage.Literals.PROBLEM__PRIORITY, 1, 99);
			field(p, CairnPackage.Literals.PROBLEM__STATUS, Kind.CHOICE);
		}
		case Goal g -> field(g, CairnPackage.Literals.GOAL__STATEMENT, Kind.LONG);
		case Objective o -> {
			field(o, CairnPackage.Literals.OBJECTIVE__STATEMENT, Kind.LONG);
			field(o, CairnPackage.Literals.OBJECTIVE__MEASURE, Kind.TEXT);
			field(o, CairnPackage.Literals.OBJECTIVE__BASELINE, Kind.TEXT);
			field(o, CairnPackage.Literals.OBJECTIVE__TARGET, Kind.TEXT);
			field(o, CairnPackage.Literals.OBJECTIVE__START_ON, Kind.DATE);
			field(o, CairnPackage.Literals.OBJECTIVE__TARGET_ON, Kind.DATE);
			field(o, CairnPackage.Literals.OBJECTIVE__STATUS, Kind.CHOICE);
			number(o, CairnPackage.Literals.OBJECTIVE__PROGRESS_RATING, 0, 10);
		}
		case Intervention i -> {
			field(i, CairnPackage.Literals.INTERVENTION__DESCRIPTION, Kind.LONG);
			field(i, CairnPackage.Literals.INTERVENTION__MODALITY, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__FREQUENCY, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__DURATION, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__RESPONSIBLE_STAFF_ID, Kind.STAFF);
			field(i, CairnPackage.Literals.INTERVENTION__LOCATION, Kind.TEXT);
			field(i, CairnPackage.Literals.INTERVENTION__EVIDENCE_BASED_PRACTICE, Kind.TEXT);
		}
		default -> {
		}
		}
		boolean editable = plan.getStatus() != CarePlanStatus.ENTERED_IN_ERROR;
		fields.forEach(field -> field.control().setEnabled(editable));
		layout();
	}

	private void field(EObject element, EAttribute attribute, Kind kind) {
		fields.add(new PlanField(details, owner, element, attribute, kind, staff, 0, 0, true));
	}

	private void number(EObject element, EAttribute attribute, int min, int max) {
		fields.add(new PlanField(details, owner, element, attribute, Kind.NUMBER, staff, min, max, true));
	}

	/**
	 * Whether the fields shown are not those of {@code selected} any more (another element, or one removed by an undo),
	 * so that they must be built anew.
	 */
	boolean stale(EObject selected) {
		return fields.isEmpty() || fields.get(0).element != selected
				|| fields.stream().anyMatch(field -> field.element.eContainer() == null && !(field.element instanceof CarePlan));
	}

	/** Every field shows its element's value again (after a change made, undone or redone). */
	void refresh() {
		fields.forEach(PlanField::show);
		header.forEach(PlanField::show);
	}

	void layout() {
		details.layout(true, true);
		scroller.setMinSize(details.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}

	/** The cursor to the element's first field. */
	void focus() {
		if (!fields.isEmpty()) {
			fields.get(0).control().setFocus();
		}
	}

	/** What is typed and not yet a change becomes one. */
	void commitPending() {
		for (PlanField field : new ArrayList<>(fields)) {
			field.commit();
		}
		for (PlanField field : new ArrayList<>(header)) {
			field.commit();
		}
	}

	/** Whether anything typed is not yet a change. */
	boolean anyPending() {
		return fields.stream().anyMatch(PlanField::pending) || header.stream().anyMatch(PlanField::pending);
	}

	/** Puts what is typed and not yet committed into the copy {@code copier} made, for a draft. */
	void copyPending(EcoreUtil.Copier copier) {
		for (PlanField field : fields) {
			if (field.pending() && copier.get(field.element) != null) {
				try {
					copier.get(field.element).eSet(field.attribute, field.value());
				} catch (IllegalArgumentException e) {
					// Not readable yet: the committed value stays in the draft, the text on screen.
				}
			}
		}
	}
}
