package org.cairn.forms;

/**
 * A form's own scoring rules, for what its definition cannot say (a contribution's {@code scorer} class). It is
 * given the engine's result for the answers and returns the final result: it may change scores, the band or the
 * flags. It must not keep state between calls; it may be called from any thread.
 */
public interface FormScorer {

	Scoring.Result score(FormDefinition form, Scoring.Result computed, Scoring.Patient patient);
}
