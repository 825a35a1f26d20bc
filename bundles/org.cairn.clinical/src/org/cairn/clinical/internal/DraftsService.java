package org.cairn.clinical.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cairn.clinical.Charts;
import org.cairn.clinical.Drafts;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.CarePlan;
import org.cairn.model.ClinicalRecord;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.Draft;
import org.cairn.store.DraftEntry;
import org.cairn.store.RecordStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Drafts} on the record store. */
@Component(service = Drafts.class)
public class DraftsService implements Drafts {

	@Reference
	RecordStore store;

	@Reference
	Charts charts;

	private final Clock clock;

	public DraftsService() {
		this.clock = Clock.systemUTC();
	}

	/** For tests and hosts without Declarative Services. */
	public DraftsService(RecordStore store, Charts charts, Clock clock) {
		this.store = store;
		this.charts = charts;
		this.clock = clock;
	}

	@Override
	public Instant save(Session session, ClinicalRecord record, int basedOnVersion) {
		Permission needed = record instanceof CarePlan ? Permission.PLAN_WRITE : Permission.NOTE_WRITE;
		Guard.requireChart(store, charts, session, needed, "draft.save", ChartsService.patientOf(record));
		Optional<Draft<ClinicalRecord>> kept = store.draft(record.getId());
		if (kept.isPresent() && kept.get().savedBy() != null && !kept.get().savedBy().equals(session.userId())) {
			throw new RefusedException(Problem.of("draft.someone-elses"));
		}
		store.saveDraft(record, basedOnVersion, session.userId());
		return clock.instant();
	}

	@Override
	public Optional<Draft<ClinicalRecord>> draft(Session session, String recordId) {
		if (session == null) {
			return Optional.empty();
		}
		return store.draft(recordId).filter(draft -> draft.savedBy() == null || draft.savedBy().equals(session.userId()));
	}

	@Override
	public List<DraftEntry> mine(Session session) {
		return session == null ? List.of() : store.drafts(session.userId());
	}
}
