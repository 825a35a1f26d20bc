package org.cairn.clinical.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.cairn.clinical.ChartOpening;
import org.cairn.clinical.ChartView;
import org.cairn.clinical.Charts;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.CareTeamMember;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link Charts} on the record store. Emergency access is kept per {@link Session} (a sign-in): it ends when the
 * person signs out, because the next sign-in is a new session.
 */
@Component(service = Charts.class)
public class ChartsService implements Charts {

	/** {@link Accounts#CHART_ACCESS}: charts to their care team; others by emergency access. */
	static final String CASELOAD = "caseload";

	@Reference
	RecordStore store;

	@Reference
	Accounts accounts;

	private final Map<Session, Set<String>> emergency = Collections.synchronizedMap(new WeakHashMap<>());

	public ChartsService() {
	}

	/** For tests and hosts without Declarative Services. */
	public ChartsService(RecordStore store, Accounts accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	@Override
	public ChartOpening open(Session session, String asked) {
		Guard.require(store, session, Permission.CLINICAL_READ, "chart.open", asked);
		// a duplicate merged into the chart of the same person opens that chart
		String patientId = store.chartOf(asked);
		boolean byEmergency = hasEmergency(session, patientId);
		if (!byEmergency && !withinCaseload(session, patientId)) {
			return new ChartOpening.OutsideCaseload(patientId, session.has(Permission.BREAK_GLASS));
		}
		// written before anything of the chart is read: a chart whose opening cannot be audited is not shown
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.CHART_OPEN, patientId, null).with(AuditEvent.Outcome.SUCCESS,
				byEmergency ? "emergency access" : null));
		return new ChartOpening.Opened(patientId, byEmergency, patientId.equals(asked) ? null : asked);
	}

	@Override
	public void grantEmergencyAccess(Session session, String asked, String reason) {
		Guard.require(store, session, Permission.BREAK_GLASS, "chart.emergency", asked);
		String patientId = store.chartOf(asked);
		String given = reason == null ? "" : reason.strip();
		if (given.length() < EMERGENCY_REASON_MIN) {
			throw new RefusedException(Problem.of("chart.emergency-reason-short", EMERGENCY_REASON_MIN));
		}
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.BREAK_GLASS, patientId, null).with(AuditEvent.Outcome.SUCCESS,
				given.length() > 1000 ? given.substring(0, 1000) : given));
		emergency.computeIfAbsent(session, key -> ConcurrentHashMap.newKeySet()).add(patientId);
	}

	@Override
	public void require(Session session, Permission permission, AuditEvent.Action act, String action, String patientId) {
		Guard.requireChart(store, this, session, permission, act, action, patientId);
	}

	@Override
	public boolean mayOpen(Session session, String asked) {
		if (session == null || !session.has(Permission.CLINICAL_READ)) {
			return false;
		}
		if (!caseloadsKept()) {
			return true; // every write asks: no look-up of the chart where charts are open to all who read them
		}
		String patientId = asked == null ? null : store.chartOf(asked);
		return hasEmergency(session, patientId) || withinCaseload(session, patientId);
	}

	private boolean caseloadsKept() {
		return CASELOAD.equals(accounts.setting(Accounts.CHART_ACCESS).orElse("all"));
	}

	@Override
	public ChartView view(Session session, String patientId) {
		Guard.requireReadable(store, this, session, "chart.read", patientId);
		String chart = store.chartOf(patientId);
		return new StoreChartView(store, chart);
	}

	@Override
	public Optional<StoredRecord<ClinicalRecord>> read(Session session, String recordId) {
		Optional<StoredRecord<ClinicalRecord>> stored = readable(session, recordId);
		stored.ifPresent(found -> store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.READ, patientOf(found.record()), recordId)));
		return stored;
	}

	@Override
	public List<StoredRecord<ClinicalRecord>> history(Session session, String recordId) {
		Optional<StoredRecord<ClinicalRecord>> current = readable(session, recordId);
		if (current.isEmpty()) {
			return List.of();
		}
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.READ, patientOf(current.get().record()), recordId).with(AuditEvent.Outcome.SUCCESS,
				"every version"));
		return store.history(recordId);
	}

	/** The record when the person may read it; refused (and audited) when not. */
	private Optional<StoredRecord<ClinicalRecord>> readable(Session session, String recordId) {
		Guard.require(store, session, Permission.CLINICAL_READ, "record.read", null);
		Optional<StoredRecord<ClinicalRecord>> stored = store.read(recordId);
		if (stored.isEmpty()) {
			return stored;
		}
		String patientId = store.chartOf(patientOf(stored.get().record()));
		if (patientId != null && !hasEmergency(session, patientId) && !withinCaseload(session, patientId)) {
			store.audit(new AuditEvent(null, session.userId(), AuditEvent.thisWorkstation(), patientId, recordId, AuditEvent.Action.READ,
					AuditEvent.Outcome.DENIED, "outside the caseload"));
			throw new RefusedException(Problem.of("chart.outside-caseload", patientId));
		}
		return stored;
	}

	private boolean hasEmergency(Session session, String patientId) {
		Set<String> granted = emergency.get(session);
		return granted != null && granted.contains(patientId);
	}

	/**
	 * Whether charts are open to everyone who reads clinical records here, or the patient is in this person's
	 * caseload: they are on the care team of one of the patient's episodes; or they give or order medication and work
	 * in the programme of an open episode (the programme's nurses and prescribers); or they co-sign and supervise a
	 * member of an episode's care team.
	 */
	private boolean withinCaseload(Session session, String patientId) {
		if (!caseloadsKept()) {
			return true;
		}
		String user = session.userId();
		boolean medicationStaff = session.has(Permission.MEDICATION_ADMINISTER) || session.has(Permission.MEDICATION_ORDER);
		boolean supervisor = session.has(Permission.NOTE_COSIGN);
		Set<String> programmes = medicationStaff ? accounts.programmes(user) : Set.of();
		Set<String> supervisees = supervisor ? accounts.supervisees(user) : Set.of();
		for (TimelineEntry entry : store.timeline(patientId, Set.of("EpisodeOfCare"))) {
			if (!(store.read(entry.recordId()).map(StoredRecord::record).orElse(null) instanceof EpisodeOfCare episode)) {
				continue;
			}
			List<String> team = episode.getCareTeam().stream().map(CareTeamMember::getStaffId).toList();
			if (team.contains(user)) {
				return true;
			}
			if (episode.getStatus() == org.cairn.model.EpisodeStatus.ACTIVE && episode.getProgramme() != null
					&& programmes.contains(episode.getProgramme().name())) {
				return true;
			}
			if (team.stream().anyMatch(supervisees::contains)) {
				return true;
			}
		}
		return false;
	}

	static String patientOf(ClinicalRecord record) {
		if (record instanceof Patient patient) {
			return patient.getId();
		}
		return record instanceof PatientRecord ofPatient ? ofPatient.getPatientId() : null;
	}

	@Override
	public List<org.cairn.store.PatientMatch> find(Session session, String query, int limit) {
		Guard.require(store, session, Permission.DEMOGRAPHICS_READ, "patients.find", null);
		return store.findPatients(query, limit);
	}

	@Override
	public List<org.cairn.store.CensusEntry> census(Session session, org.cairn.store.CensusFilter filter) {
		Guard.require(store, session, Permission.DEMOGRAPHICS_READ, "patients.census", null);
		return store.census(filter);
	}

	@Override
	public List<String> careTeamStaff(Session session) {
		Guard.require(store, session, Permission.DEMOGRAPHICS_READ, "patients.staff", null);
		return store.careTeamStaff();
	}
}
