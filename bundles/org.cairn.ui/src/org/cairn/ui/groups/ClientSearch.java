package org.cairn.ui.groups;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.model.Attendance;
import org.cairn.model.CairnFactory;
import org.cairn.model.GroupAttendee;
import org.cairn.store.PatientMatch;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Finding clients for {@link GroupSessionPart}'s roster: a search of names and MRNs through the chart service, and only
 * the clients whose charts are open to the person may be added (the groups service decides; a group writes into each
 * client's chart).
 */
final class ClientSearch {

	private final GroupSessionPart part;
	/** The patients of the last search whose charts are open to the person, so that they may be added. */
	private java.util.Set<String> addable = java.util.Set.of();
	private List<PatientMatch> matches = List.of();
	private Text search;
	private Table results;

	ClientSearch(GroupSessionPart part) {
		this.part = part;
	}

	/** The search field and its results, in the editor's four-column grid. */
	void create(Composite parent) {
		new Label(parent, SWT.NONE).setText(Messages.get("group.add"));
		search = new Text(parent, SWT.BORDER | SWT.SEARCH);
		search.setData(CairnUi.WIDGET_ID, "group.search");
		search.setMessage(Messages.get("group.search.hint"));
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		search.addListener(SWT.DefaultSelection, event -> find());
		new Label(parent, SWT.NONE);
		results = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		results.setData(CairnUi.WIDGET_ID, "group.results");
		GridData resultsData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		resultsData.heightHint = 70;
		results.setLayoutData(resultsData);
		results.addListener(SWT.DefaultSelection, event -> addSelected());
	}

	private void find() {
		String query = search.getText().strip();
		if (query.isEmpty()) {
			return;
		}
		org.cairn.security.Session searcher = part.session;
		org.cairn.clinical.Groups rules = part.groups;
		part.store.call(Messages.get("group.job.find"), () -> {
			// a duplicate merged into another chart is not a client of its own: the kept chart is found instead
			List<PatientMatch> found = part.charts.find(searcher, query, 10).stream().filter(match -> !"MERGED".equals(match.status())).toList();
			java.util.Set<String> open = new java.util.HashSet<>();
			for (PatientMatch match : found) {
				if (rules.mayAdd(searcher, match.id())) {
					open.add(match.id());
				}
			}
			return java.util.Map.entry(found, open);
		}, result -> {
			if (results.isDisposed()) {
				return;
			}
			List<PatientMatch> found = result.getKey();
			addable = result.getValue();
			matches = found;
			results.removeAll();
			for (PatientMatch match : found) {
				new TableItem(results, SWT.NONE).setText(match.familyName() + ", " + match.givenName() + "  (" + match.mrn() + ")");
			}
			if (!found.isEmpty()) {
				results.setSelection(0);
				results.setFocus();
			}
		}, failure -> part.state.setText(failure.message()));
	}

	private void addSelected() {
		int index = results.getSelectionIndex();
		if (index < 0 || index >= matches.size()) {
			return;
		}
		PatientMatch match = matches.get(index);
		if (!addable.contains(match.id())) {
			// the service decided: a group writes into each client's chart, so only charts open to the person
			part.state.setText(Messages.format("group.state.notAddable", match.familyName() + ", " + match.givenName()));
			return;
		}
		if (part.group.getRoster().stream().anyMatch(attendee -> attendee.getPatientId().equals(match.id()))) {
			part.state.setText(Messages.format("group.state.already", match.familyName() + ", " + match.givenName()));
			return;
		}
		GroupAttendee attendee = CairnFactory.eINSTANCE.createGroupAttendee();
		attendee.setPatientId(match.id());
		attendee.setAttendance(Attendance.PRESENT);
		part.names.put(match.id(), match.familyName() + ", " + match.givenName());
		part.change(group -> group.getRoster().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(attendee)));
		part.roster.setSelection(part.group.getRoster().size() - 1);
		part.showAttendee();
		results.removeAll();
		matches = List.of();
		search.setText("");
		search.setFocus();
	}
}
