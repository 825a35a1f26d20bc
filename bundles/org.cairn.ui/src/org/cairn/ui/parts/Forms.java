package org.cairn.ui.parts;

import java.math.BigDecimal;

import org.cairn.ui.Messages;

/**
 * Names and totals of assessment forms as the workbench shows them. Until the form registry exists, names come
 * from messages.properties ({@code form.<id>}); an unknown form shows its id.
 */
public final class Forms {

	private Forms() {
	}

	/** A form's name as the workbench shows it ("PHQ-9"), or its id when it has none. */
	public static String name(String formId) {
		String label = Messages.get("form." + formId);
		return label.startsWith("!") ? formId : label;
	}

	/** A total without trailing zeros ("12", "2.5"), or a dash when there is none. */
	static String total(BigDecimal total) {
		return total == null ? "\u2013" : total.stripTrailingZeros().toPlainString();
	}
}
