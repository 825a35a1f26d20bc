package org.example.harbour.forms;

import java.math.BigDecimal;
import java.util.List;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormScorer;
import org.cairn.forms.Scoring;

/**
 * Harbour Light's rule that the form's data cannot say: two or more overdoses in the past year put a patient in the
 * higher band whatever the other answers, because the facility's protocol says so. Everything else is the engine's
 * result, from the definition.
 */
public class OverdoseRiskScorer implements FormScorer {

	@Override
	public Scoring.Result score(FormDefinition form, Scoring.Result computed, Scoring.Patient patient) {
		Object count = computed.answers().get("overdose-count");
		if (!(count instanceof BigDecimal overdoses) || overdoses.intValue() < 2) {
			return computed;
		}
		FormDefinition.Band higher = form.total().orElseThrow().bands().stream().filter(band -> band.code().equals("higher")).findFirst()
				.orElseThrow();
		return new Scoring.Result(computed.answers(), computed.enabled(), computed.itemScores(), computed.scores(), computed.emptyScores(), higher,
				computed.flags(), List.copyOf(computed.problems()));
	}
}
