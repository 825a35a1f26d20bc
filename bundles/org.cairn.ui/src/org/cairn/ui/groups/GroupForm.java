package org.cairn.ui.groups;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

import org.cairn.model.GroupSession;
import org.cairn.model.Modality;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.Values;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * What a group session says of everyone in it: topic, modality, place, times, facilitators and the content shared.
 * It shows a group ({@link #show}) and copies what is on screen into one ({@link #collect}); what is typed is pending
 * until the field is left or a choice is made, then the editor ({@link GroupSessionPart}) makes it one undoable
 * change. The roster is the editor's.
 */
final class GroupForm {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Composite body;
	private final Runnable typed;
	private final Runnable committed;
	private final Text topic;
	private final Combo modality;
	private final Text location;
	private final Text startedAt;
	private final Text endedAt;
	private final Text facilitators;
	private final Text content;
	private boolean showing;
	private boolean pending;

	/**
	 * The fields, in {@code body} (a GridLayout of four columns); {@code typed} runs when something is typed,
	 * {@code committed} when a field is left or a choice made.
	 */
	GroupForm(Composite body, Runnable typed, Runnable committed) {
		this.body = body;
		this.typed = typed;
		this.committed = committed;
		topic = text("group.topic", 3);
		new Label(body, SWT.NONE).setText(Messages.get("group.modality"));
		modality = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		modality.setData(CairnUi.WIDGET_ID, "group.modality");
		Arrays.stream(Modality.values()).forEach(value -> modality.add(Values.text(value)));
		modality.addListener(SWT.Selection, event -> {
			typed();
			committed();
		});
		location = text("group.location", 1);
		startedAt = text("group.startedAt", 1);
		startedAt.setMessage(Messages.get("note.when.hint"));
		endedAt = text("group.endedAt", 1);
		endedAt.setMessage(Messages.get("note.when.hint"));
		facilitators = text("group.facilitators", 3);
		new Label(body, SWT.NONE).setText(Messages.get("group.content"));
		content = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		org.cairn.ui.Editors.tabMovesOn(content);
		content.setData(CairnUi.WIDGET_ID, "group.content");
		GridData contentData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		contentData.heightHint = 70;
		content.setLayoutData(contentData);
		listen(content);
	}

	private Text text(String id, int span) {
		new Label(body, SWT.NONE).setText(Messages.get(id));
		Text text = new Text(body, SWT.BORDER);
		text.setData(CairnUi.WIDGET_ID, id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		listen(text);
		return text;
	}

	private void listen(Text text) {
		text.addModifyListener(event -> typed());
		text.addListener(SWT.FocusOut, event -> committed());
	}

	private void typed() {
		if (!showing) {
			pending = true;
			typed.run();
		}
	}

	private void committed() {
		if (!showing && pending) {
			committed.run();
		}
	}

	/** Whether something typed is not yet a change of the group. */
	boolean pending() {
		return pending;
	}

	/** What is on screen became a change of the group (or was found the same). */
	void committedNow() {
		pending = false;
	}

	/** Shows {@code group}'s fields, its facilitators by {@code staffName}. */
	void show(GroupSession group, Function<String, String> staffName) {
		showing = true;
		try {
			set(topic, group.getTopic());
			modality.select(group.getModality() == null ? -1 : group.getModality().ordinal());
			set(location, group.getLocation());
			set(startedAt, when(group.getStartedAt()));
			set(endedAt, when(group.getEndedAt()));
			set(facilitators, String.join(", ", group.getFacilitatorIds().stream().map(staffName).toList()));
			set(content, group.getContent());
			pending = false;
		} finally {
			showing = false;
		}
	}

	private static void set(Text text, String value) {
		String shown = value == null ? "" : value;
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
	}

	private static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
	}

	private static Instant parse(String text) {
		try {
			return text.isBlank() ? null : LocalDateTime.parse(text.strip(), WHEN).atZone(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Copies the fields into {@code group} (the roster is the editor's). */
	void collect(GroupSession group) {
		group.setTopic(topic.getText().isBlank() ? null : topic.getText().strip());
		group.setModality(modality.getSelectionIndex() < 0 ? null : Modality.values()[modality.getSelectionIndex()]);
		group.setLocation(location.getText().isBlank() ? null : location.getText().strip());
		group.setStartedAt(parse(startedAt.getText()));
		group.setEndedAt(parse(endedAt.getText()));
		java.util.List<String> ids = Arrays.stream(facilitators.getText().split(",")).map(String::strip).filter(id -> !id.isEmpty())
				.map(org.cairn.ui.data.People::id).toList();
		if (!group.getFacilitatorIds().equals(ids)) {
			group.getFacilitatorIds().clear();
			group.getFacilitatorIds().addAll(ids);
		}
		group.setContent(content.getText().isBlank() ? null : content.getText().strip());
	}

	/** Whether the fields are still there (not while the editor closes). */
	boolean isLive() {
		return !topic.isDisposed();
	}

	void setFocus() {
		topic.setFocus();
	}
}
