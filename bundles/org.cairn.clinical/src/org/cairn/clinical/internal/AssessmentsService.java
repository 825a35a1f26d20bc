package org.cairn.clinical.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cairn.clinical.Charts;
import org.cairn.clinical.Assessments;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.Answer;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.VitalSigns;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Assessments} on the record store: the response, the episode's last use and a COWS pulse in one transaction. */
@Component(service = Assessments.class)
public class AssessmentsService implements Assessments {

	@Reference
	RecordStore store;

	/** Decides whether the chart is open to the person (caseload, programme, supervision, emergency access). */
	@Reference
	Charts charts;

	public AssessmentsService() {
	}

	/** For tests and hosts without Declarative Services. */
	public AssessmentsService(RecordStore store, Charts charts) {
		this.store = store;
		this.charts = charts;
	}

	@Override
	@SuppressWarnings("unchecked")
	public StoredRecord<AssessmentResponse> give(Session session, AssessmentResponse response, boolean withdrawal, Instant lastUse, String reason) {
		Guard.requireChart(store, charts, session, Permission.ASSESSMENT_GIVE, "assessment.give", response.getPatientId());
		Instant at = response.getAdministeredAt();
		if (lastUse != null && at != null && lastUse.isAfter(at)) {
			throw new RefusedException(Problem.of("assessment.lastUse.future"));
		}
		List<RecordStore.Change> changes = new ArrayList<>();
		Instant since = null;
		if (withdrawal && response.getEpisodeId() != null) {
			StoredRecord<ClinicalRecord> stored = store.read(response.getEpisodeId()).orElse(null);
			if (stored != null && stored.record() instanceof EpisodeOfCare episode) {
				since = lastUse != null ? lastUse : episode.getLastUseAt();
				if (lastUse != null && !lastUse.equals(episode.getLastUseAt())) {
					EpisodeOfCare changed = EcoreUtil.copy(episode);
					changed.setLastUseAt(lastUse);
					changes.add(new RecordStore.Change(changed, stored.version(), "time of last use, told at " + response.getFormId()));
				}
			}
		}
		response.setHoursSinceLastUse(since == null || at == null ? null
				: BigDecimal.valueOf(Duration.between(since, at).toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
		changes.add(0, new RecordStore.Change(response, 0, reason));
		Integer pulse = COWS.equals(response.getFormId()) ? pulse(response) : null;
		if (pulse != null) {
			VitalSigns vitals = CairnFactory.eINSTANCE.createVitalSigns();
			vitals.setId("vs-" + UUID.randomUUID());
			vitals.setPatientId(response.getPatientId());
			vitals.setEpisodeId(response.getEpisodeId());
			vitals.setTakenAt(at);
			vitals.setTakenBy(session.userId());
			vitals.setPulseBpm(pulse);
			changes.add(new RecordStore.Change(vitals, 0, "resting pulse from the COWS"));
		}
		List<StoredRecord<ClinicalRecord>> stored = store.saveTogether(changes, session.userId());
		return (StoredRecord<AssessmentResponse>) (StoredRecord<?>) stored.get(0);
	}

	@Override
	@SuppressWarnings("unchecked")
	public StoredRecord<AssessmentResponse> acknowledgeFlag(Session session, String responseId, String flag, String note) {
		StoredRecord<ClinicalRecord> stored = store.read(responseId).filter(found -> found.record() instanceof AssessmentResponse)
				.orElseThrow(() -> new RefusedException(Problem.of("assessment.unknown")));
		AssessmentResponse response = (AssessmentResponse) stored.record();
		Guard.requireChart(store, charts, session, Permission.ASSESSMENT_GIVE, "assessment.acknowledge", response.getPatientId());
		if (flag == null || !response.getFlags().contains(flag)) {
			throw new RefusedException(Problem.of("assessment.flag.unknown", flag));
		}
		if (response.getAcknowledgements().stream().anyMatch(done -> flag.equals(done.getFlag()))) {
			throw new RefusedException(Problem.of("assessment.flag.acknowledged", flag));
		}
		String what = note == null ? "" : note.strip();
		if (what.length() < ACKNOWLEDGEMENT_MIN) {
			throw new RefusedException(Problem.of("assessment.flag.note", ACKNOWLEDGEMENT_MIN));
		}
		AssessmentResponse changed = EcoreUtil.copy(response);
		org.cairn.model.FlagAcknowledgement acknowledgement = CairnFactory.eINSTANCE.createFlagAcknowledgement();
		acknowledgement.setFlag(flag);
		acknowledgement.setAcknowledgedBy(session.userId());
		acknowledgement.setAcknowledgedAt(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		acknowledgement.setNote(what);
		changed.getAcknowledgements().add(acknowledgement);
		return (StoredRecord<AssessmentResponse>) (StoredRecord<?>) store.save(changed, stored.version(), session.userId(), "flag " + flag + " acknowledged");
	}

	/** The COWS resting pulse in beats per minute, when it was answered as a whole number. */
	private static Integer pulse(AssessmentResponse response) {
		for (Answer answer : response.getAnswers()) {
			if (COWS_PULSE.equals(answer.getItemId()) && answer.getValue() != null) {
				try {
					return new BigDecimal(answer.getValue().strip()).intValueExact();
				} catch (NumberFormatException | ArithmeticException e) {
					return null;
				}
			}
		}
		return null;
	}
}
