package org.cairn.clinical.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cairn.clinical.Charts;
import org.cairn.clinical.EpisodeRules;
import org.cairn.clinical.Episodes;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Episodes} on the record store. */
@Component(service = Episodes.class)
public class EpisodesService implements Episodes {

	@Reference
	RecordStore store;

	@Reference
	Charts charts;

	private final Clock clock;

	public EpisodesService() {
		this.clock = Clock.systemDefaultZone();
	}

	/** For tests and hosts without Declarative Services. */
	public EpisodesService(RecordStore store, Charts charts, Clock clock) {
		this.store = store;
		this.charts = charts;
		this.clock = clock;
	}

	@Override
	public StoredRecord<EpisodeOfCare> changePhase(Session session, EpisodeOfCare episode, int basedOnVersion, Phase to, LocalDate on, String reason,
			Instant lastUse) {
		guard(session, "episode.phase", episode.getPatientId());
		refuseIf(EpisodeRules.checkPhaseChange(episode, to, on, reason, lastUse, LocalDate.now(clock), clock.instant()));
		EpisodeOfCare changed = EcoreUtil.copy(episode);
		EpisodeRules.changePhase(changed, to, on, reason, lastUse);
		return store.save(changed, basedOnVersion, session.userId(), "phase: " + to.name());
	}

	@Override
	public StoredRecord<EpisodeOfCare> discharge(Session session, EpisodeOfCare episode, int basedOnVersion, EpisodeRules.Discharge discharge) {
		guard(session, "episode.discharge", episode.getPatientId());
		refuseIf(EpisodeRules.checkDischarge(episode, discharge, LocalDate.now(clock)));
		EpisodeOfCare changed = EcoreUtil.copy(episode);
		EpisodeRules.discharge(changed, discharge);
		return store.save(changed, basedOnVersion, session.userId(), "discharge");
	}

	@Override
	public StoredRecord<EpisodeOfCare> readmit(Session session, String patientId, Programme programme, Phase phase, LocalDate on, String counsellor,
			String reason) {
		guard(session, "episode.readmit", patientId);
		List<EpisodeOfCare> episodes = store.timeline(patientId, Set.of("EpisodeOfCare")).stream()
				.flatMap(entry -> store.read(entry.recordId()).stream()).map(StoredRecord::record).filter(EpisodeOfCare.class::isInstance)
				.map(EpisodeOfCare.class::cast).toList();
		refuseIf(EpisodeRules.checkReadmission(episodes, programme, phase, on, LocalDate.now(clock)));
		EpisodeOfCare episode = EpisodeRules.newEpisode(patientId, programme, phase, on, counsellor, reason);
		Guard.requireNotMerged(store, session, episode, "episode.readmit");
		store.saveAll(List.of(episode), session.userId(), EpisodeRules.READMISSION);
		StoredRecord<org.cairn.model.ClinicalRecord> stored = store.read(episode.getId()).orElseThrow();
		return new StoredRecord<>((EpisodeOfCare) stored.record(), stored.version(), stored.savedAt(), stored.savedBy(), stored.reason(), stored.sha256());
	}

	private void guard(Session session, String action, String patientId) {
		Guard.requireChart(store, charts, session, Permission.PLAN_WRITE, action, patientId);
	}

	private static void refuseIf(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
	}
}
