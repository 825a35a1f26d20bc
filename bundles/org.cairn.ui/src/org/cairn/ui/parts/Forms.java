package org.cairn.ui.parts;

import java.math.BigDecimal;

import org.cairn.forms.FormRegistry;
import org.cairn.ui.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Names and totals of assessment forms as the workbench shows them: the standard instruments by their short names
 * from messages.properties ({@code form.<id>}, "PHQ-9"), a facility's form by the name its plugin gives it, and a
 * form whose plugin is gone by its id.
 */
public final class Forms {

	private static ServiceTracker<FormRegistry, FormRegistry> registry;

	private Forms() {
	}

	/** A form's name as the workbench shows it ("PHQ-9", "Overdose risk at discharge"), or its id when it has none. */
	public static String name(String formId) {
		String label = Messages.get("form." + formId);
		if (!label.startsWith("!")) {
			return label;
		}
		FormRegistry forms = registry();
		if (forms != null) {
			for (FormRegistry.Entry entry : forms.forms()) {
				if (entry.id().equals(formId) && entry.name() != null && !entry.name().isBlank()) {
					return entry.name();
				}
			}
		}
		return formId;
	}

	/** The definition a response of form {@code formId} at {@code version} was given with ({@link org.cairn.export.FormLookup}). */
	public static java.util.Optional<org.cairn.forms.FormDefinition> definition(String formId, String version) {
		FormRegistry forms = registry();
		return forms == null ? java.util.Optional.empty() : org.cairn.export.FormLookup.of(forms).definition(formId, version);
	}

	private static synchronized FormRegistry registry() {
		if (registry == null) {
			Bundle bundle = FrameworkUtil.getBundle(Forms.class);
			if (bundle == null || bundle.getBundleContext() == null) {
				return null;
			}
			registry = new ServiceTracker<>(bundle.getBundleContext(), FormRegistry.class, null);
			registry.open();
		}
		return registry.getService();
	}

	/** A total without trailing zeros ("12", "2.5"), or a dash when there is none. */
	static String total(BigDecimal total) {
		return total == null ? "\u2013" : total.stripTrailingZeros().toPlainString();
	}
}
