package org.cairn.forms.tests;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormScorer;
import org.cairn.forms.Scoring;

/** A form's own scorer, as a facility would write one: here it doubles the total, and refuses a total of 7. */
public class DoublingScorer implements FormScorer {

	@Override
	public Scoring.Result score(FormDefinition form, Scoring.Result computed, Scoring.Patient patient) {
		if (computed.total() != null && computed.total().intValue() == 7) {
			throw new IllegalStateException("a scorer that fails");
		}
		Map<String, BigDecimal> scores = new LinkedHashMap<>(computed.scores());
		scores.computeIfPresent("total", (id, total) -> total.multiply(BigDecimal.valueOf(2)));
		return new Scoring.Result(computed.answers(), computed.enabled(), computed.itemScores(), scores, computed.emptyScores(), computed.band(),
				computed.flags(), computed.problems());
	}
}
