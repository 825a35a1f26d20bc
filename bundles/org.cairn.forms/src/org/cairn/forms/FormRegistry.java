package org.cairn.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment forms installed: every contribution to {@code org.cairn.forms.assessments}, with where it comes
 * from and its state. It follows bundles installed and removed while Cairn runs. A broken contribution is listed
 * with its faults and never stops the others.
 */
public interface FormRegistry {

	/** The point facilities and Cairn contribute forms to. */
	String EXTENSION_POINT = "org.cairn.forms.assessments";

	enum State {
		/** Can be given. */
		ACTIVE,
		/** Shipped disabled (a licence not confirmed); listed, not given. */
		DISABLED,
		/** Another contribution has the same id with a higher version. */
		REPLACED,
		/** Its definition or scorer has a fault; listed with the faults. */
		BROKEN
	}

	/**
	 * One contribution.
	 *
	 * @param bundle     the contributing bundle's symbolic name and version
	 * @param definition the definition, null when broken
	 * @param problems   the faults, each naming the bundle, file and place
	 */
	record Entry(String id, String version, String name, String category, String licence, String bundle, String definitionPath, State state,
			FormDefinition definition, List<String> problems, boolean hasScorer, boolean hasRenderer) {
	}

	/** Every contribution, active or not, sorted by name. */
	List<Entry> forms();

	/** The active form {@code id}. */
	Optional<Entry> form(String id);

	/** The definition of form {@code id} at {@code version}, when that version is installed (active or replaced). */
	Optional<FormDefinition> definition(String id, String version);

	/**
	 * Scores {@code answers} with the active form {@code id}: the engine, then the form's scorer when it has one. A
	 * scorer that throws leaves the engine's result, and the fault is logged.
	 *
	 * @throws IllegalArgumentException when no active form has that id
	 */
	default Scoring.Result score(String id, Map<String, ?> answers, Scoring.Patient patient) {
		return score(id, answers, patient, warning -> {
		});
	}

	/**
	 * As {@link #score(String, Map, Scoring.Patient)}, and tells {@code warnings} what went wrong on the way that the
	 * result does not show: a form's scorer that threw or returned nothing, so that the engine's scores stand.
	 *
	 * @throws IllegalArgumentException when no active form has that id
	 */
	Scoring.Result score(String id, Map<String, ?> answers, Scoring.Patient patient, java.util.function.Consumer<String> warnings);

	/**
	 * The renderer object a contribution names (a facility's own SWT page), created by its bundle; empty when it
	 * names none. org.cairn.forms.ui casts it to its renderer interface.
	 */
	Optional<Object> createRenderer(String id);

	/**
	 * Logs a fault of a form's own code met outside the registry (its renderer failing to draw its page), naming the
	 * form and the bundle it comes from, so that the facility that wrote it can be told.
	 */
	void reportFault(String id, String what, Throwable cause);

	/** Called after forms were added or removed, on the thread that changed them. */
	void addListener(Runnable listener);

	void removeListener(Runnable listener);
}
