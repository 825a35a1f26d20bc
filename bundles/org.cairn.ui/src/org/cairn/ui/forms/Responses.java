package org.cairn.ui.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormDefinition.Score;
import org.cairn.forms.Scoring;
import org.cairn.model.Answer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.ItemScore;
import org.cairn.model.ResponseStatus;
import org.cairn.model.SubscaleScore;

/**
 * The record a completed form becomes: the raw answers and the form's id and version (so that scores can be
 * recomputed and the response opens when the form has changed), the item scores, total, subscales, band and
 * flags as scored, who gave it and when, and for a withdrawal scale the hours since last use.
 */
public final class Responses {

	private Responses() {
	}

	/**
	 * @param lastUse the episode's last use, or null; when given, the response records the hours since it
	 */
	public static AssessmentResponse build(FormDefinition form, Scoring.Result result, String patientId, String episodeId, String user,
			Instant administeredAt, Instant lastUse) {
		CairnFactory make = CairnFactory.eINSTANCE;
		AssessmentResponse response = make.createAssessmentResponse();
		response.setId("ar-" + UUID.randomUUID());
		response.setPatientId(patientId);
		response.setEpisodeId(episodeId);
		response.setFormId(form.id());
		response.setFormVersion(form.version());
		response.setAdministeredAt(administeredAt);
		response.setAdministeredBy(user);
		response.setStatus(ResponseStatus.COMPLETED);
		for (Map.Entry<String, Object> entry : result.answers().entrySet()) {
			Answer answer = make.createAnswer();
			answer.setItemId(entry.getKey());
			Object value = entry.getValue();
			answer.setValue(value instanceof BigDecimal number ? number.toPlainString() : value instanceof LocalDate date ? date.toString()
					: String.valueOf(value));
			response.getAnswers().add(answer);
		}
		for (Map.Entry<String, BigDecimal> entry : result.itemScores().entrySet()) {
			ItemScore score = make.createItemScore();
			score.setItemId(entry.getKey());
			score.setScore(entry.getValue());
			response.getItemScores().add(score);
		}
		response.setTotal(result.total());
		response.setBand(result.band() == null ? null : result.band().code());
		for (Score rule : form.scores()) {
			BigDecimal value = result.scores().get(rule.id());
			if (!rule.id().equals("total") && rule.shown() && value != null) {
				SubscaleScore subscale = make.createSubscaleScore();
				subscale.setSubscaleId(rule.id());
				subscale.setScore(value);
				subscale.setBand(rule.band(value).map(FormDefinition.Band::code).orElse(null));
				response.getSubscales().add(subscale);
			}
		}
		result.flags().forEach(flag -> response.getFlags().add(flag.id()));
		if (lastUse != null && administeredAt != null && !administeredAt.isBefore(lastUse)) {
			double hours = Duration.between(lastUse, administeredAt).toMinutes() / 60.0;
			response.setHoursSinceLastUse(BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP));
		}
		return response;
	}
}
