package org.cairn.forms.ui;

import java.util.Map;

import org.cairn.forms.Scoring;
import org.eclipse.swt.widgets.Control;

/** A rendered form: its control, its answers as they stand, and their score. */
public interface FormPage {

	Control control();

	/**
	 * The answers given so far, by item id: only items that are asked. The scorer refuses an answer to an item its
	 * condition turns off, so a page clears such an answer (Cairn's page does when the condition changes).
	 */
	Map<String, Object> answers();

	/** The score of {@link #answers()}: total, band, flags, and what is still missing. */
	Scoring.Result result();

	/** Called after every change of an answer, on the UI thread. */
	void addChangeListener(Runnable listener);

	/** Puts the keyboard focus on the first item still needing an answer. */
	void setFocus();
}
