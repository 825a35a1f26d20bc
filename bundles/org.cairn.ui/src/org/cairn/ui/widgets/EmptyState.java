package org.cairn.ui.widgets;

import org.cairn.ui.CairnUi;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What an area shows when it has nothing to show: a title that says what is missing, a sentence on what will
 * appear here and, optionally, a hint on how to get there (usually a key). Styled by the theme through the CSS
 * classes {@code EmptyState}, {@code EmptyStateTitle}, {@code EmptyStateMessage} and {@code EmptyStateHint}.
 */
public class EmptyState extends Composite {

	private final Label title;
	private final Label message;
	private final Label hint;

	/**
	 * @param parent the area's composite
	 * @param id     widget id, e.g. "patients.empty"; the labels get id + ".title", ".message" and ".hint"
	 */
	public EmptyState(Composite parent, String id, String titleText, String messageText, String hintText) {
		super(parent, SWT.NONE);
		setData(CairnUi.WIDGET_ID, id);
		setData(CairnUi.CSS_CLASS, "EmptyState");
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 32;
		layout.verticalSpacing = 10;
		setLayout(layout);

		Label spacerTop = new Label(this, SWT.NONE);
		spacerTop.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		title = label(id + ".title", "EmptyStateTitle", titleText);
		message = label(id + ".message", "EmptyStateMessage", messageText);
		hint = label(id + ".hint", "EmptyStateHint", hintText == null ? "" : hintText);
		hint.setVisible(hintText != null);

		// Equal free space above and below centres the text in the area.
		Label spacerBottom = new Label(this, SWT.NONE);
		spacerBottom.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	private Label label(String id, String cssClass, String text) {
		Label label = new Label(this, SWT.WRAP | SWT.CENTER);
		label.setText(text);
		label.setData(CairnUi.WIDGET_ID, id);
		label.setData(CairnUi.CSS_CLASS, cssClass);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	/** Adds a button below the text (widget id {@code id}), which runs {@code action}. */
	public org.eclipse.swt.widgets.Button addButton(String text, String id, Runnable action) {
		org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(this, SWT.PUSH);
		button.setText(text);
		button.setData(CairnUi.WIDGET_ID, id);
		button.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, false));
		button.moveBelow(hint);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	public String getTitle() {
		return title.getText();
	}

	public String getMessage() {
		return message.getText();
	}

	public void setMessage(String text) {
		message.setText(text == null ? "" : text);
		layout(true);
	}

	/** Changes the hint line; null hides it. */
	public void setHint(String text) {
		hint.setText(text == null ? "" : text);
		hint.setVisible(text != null);
		layout(true);
	}

	public String getHint() {
		return hint.getText();
	}
}
