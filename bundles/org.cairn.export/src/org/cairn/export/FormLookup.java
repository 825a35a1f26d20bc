package org.cairn.export;

import java.util.Optional;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormRegistry;

/**
 * The definition a stored response was given with, for its item texts, option labels and score names: the form's
 * definition at the response's version when that version is installed, else the active one.
 */
@FunctionalInterface
public interface FormLookup {

	/** No forms installed: responses are printed by item id. */
	FormLookup NONE = (id, version) -> Optional.empty();

	/** @param version the version the response was given with; null for the active one */
	Optional<FormDefinition> definition(String id, String version);

	/** The lookup through {@code registry} ({@link FormRegistry#definition}, then {@link FormRegistry#form}). */
	static FormLookup of(FormRegistry registry) {
		return (id, version) -> (version == null ? Optional.<FormDefinition>empty() : registry.definition(id, version))
				.or(() -> registry.form(id).map(FormRegistry.Entry::definition));
	}
}
