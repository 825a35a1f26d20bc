package org.cairn.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens record editors in the chart area, one editor per record, found again by the record's id. */
public final class Editors {

	/** The part stack of the chart area, where editors open beside the chart. */
	public static final String CHART_STACK = "org.cairn.app.partstack.chart";
	/** Persisted-state keys every record editor has: its patient and episode. */
	public static final String PATIENT = "cairn.patient";
	public static final String EPISODE = "cairn.episode";

	private Editors() {
	}

	/** Shows the chart area's view {@code id} (one per window: Trends, Medications), creating it the first time. */
	public static MPart showView(EPartService parts, EModelService model, MApplication application, String id) {
		MPart part = parts.findPart(id);
		if (part == null) {
			part = parts.createPart(id);
			((MPartStack) model.find(CHART_STACK, application)).getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	/**
	 * Shows the editor from {@code descriptor} whose persisted state {@code recordKey} is {@code recordId}, creating
	 * it when it is not open (with {@code recordId} null: a new record; {@code patientId} null: a record of no
	 * single chart, such as a group session).
	 */
	public static MPart open(EPartService parts, EModelService model, MApplication application, String descriptor, String recordKey,
			String recordId, String patientId, String episodeId) {
		if (recordId != null) {
			for (MPart open : parts.getParts()) {
				if (descriptor.equals(open.getElementId()) && recordId.equals(open.getPersistedState().get(recordKey))) {
					parts.showPart(open, PartState.ACTIVATE);
					return open;
				}
			}
		}
		MPart part = parts.createPart(descriptor);
		if (recordId != null) {
			part.getPersistedState().put(recordKey, recordId);
		}
		if (patientId != null) {
			part.getPersistedState().put(PATIENT, patientId);
		}
		if (episodeId != null) {
			part.getPersistedState().put(EPISODE, episodeId);
		}
		MPartStack stack = (MPartStack) model.find(CHART_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	/** The patient of {@code chart} as the editors' tabs name them ("Ashby, Omar"); null without a chart. */
	public static String patientName(org.cairn.clinical.ChartView chart) {
		org.cairn.model.Patient patient = chart == null ? null : chart.patient();
		return patient == null ? null : patient.getFamilyName() + ", " + patient.getGivenName();
	}

	/**
	 * An editor's tab: what it edits and whose chart it is ("DAP note · Ashby, Omar"), so that an editor of another
	 * patient's chart never looks like the chart in front; what it edits alone while the patient is not known yet.
	 */
	public static String tab(String record, String patientName) {
		return patientName == null ? record : Messages.format("editor.tab", record, patientName);
	}

	/**
	 * Makes Tab and Shift+Tab move to the next and previous field from a multi-line text, as in every other field,
	 * rather than type a tab character into clinical text; Ctrl+Tab moves on too, as SWT has it.
	 */
	public static void tabMovesOn(org.eclipse.swt.widgets.Text text) {
		text.addListener(org.eclipse.swt.SWT.Traverse, event -> {
			if (event.detail == org.eclipse.swt.SWT.TRAVERSE_TAB_NEXT || event.detail == org.eclipse.swt.SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
	}
}
