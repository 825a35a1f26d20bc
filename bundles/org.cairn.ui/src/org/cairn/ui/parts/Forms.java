package org.cairn.ui.parts;

import java.math.BigDecimal;

import org.cairn.forms.FormRegistry;
import org.cairn.ui.Messages;

/**
 * Names and totals of assessment forms as the workbench shows them: the standard instruments by their short names
 * from messages.properties ({@code form.<id>}, "PHQ-9"), a facility's form by the name its plugin gives it, and a
 * form whose plugin is gone by its id.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * A form's name as the workbench shows it ("PHQ-9", "Overdose risk at discharge"), or its id when it has none;
	 * {@code forms} are the installed forms (the parts' injected registry), or null when the forms bundle did not start.
	 */
	public static String name(FormRegistry forms, String formId) {
		String label = Messages.get("form." + formId);
		if (!label.startsWith("!")) {
			return label;
		}
		if (forms != null) {
			for (FormRegistry.Entry entry : forms.forms()) {
				if (entry.id().equals(formId) && entry.name() != null && !entry.name().isBlank()) {
					return entry.name();
				}
			}
		}
		return formId;
	}

	/** A total without trailing zeros ("12", "2.5"), or a dash when there is none. */
	static String total(BigDecimal total) {
		return total == null ? "\u2013" : total.stripTrailingZeros().toPlainString();
	}
}
