package org.cairn.clinical.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.cairn.clinical.Intake;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.Patient;
import org.cairn.model.PatientStatus;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.DuplicateMrnException;
import org.cairn.store.PatientMatch;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Intake} on the record store: the patient and the first episode in one transaction. */
@Component(service = Intake.class)
public class IntakeService implements Intake {

	/** The reason stored with the first version of a registered patient and episode. */
	static final String REASON = "intake";

	@Reference
	RecordStore store;

	public IntakeService() {
	}

	/** For tests and hosts without Declarative Services. */
	public IntakeService(RecordStore store) {
		this.store = store;
	}

	@Override
	public void register(Session session, Patient patient, EpisodeOfCare episode, boolean differentPerson) {
		Guard.require(store, session, Permission.PATIENT_REGISTER, "intake.register", null);
		if (patient.getMrn() == null || patient.getMrn().isBlank()) {
			throw new RefusedException(Problem.of("intake.mrn-missing"));
		}
		if (episode == null || !patient.getId().equals(episode.getPatientId())) {
			throw new RefusedException(Problem.of("intake.episode-mismatch"));
		}
		// A taken MRN is said first, whoever else resembles the patient; the store's unique key is what guarantees it
		// (this look-up only chooses the message).
		String mrn = patient.getMrn().strip();
		java.util.Optional<PatientMatch> holder = holderOf(mrn).filter(match -> !match.id().equals(patient.getId()));
		if (holder.isPresent()) {
			store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.SAVE, patient.getId(), patient.getId()).with(AuditEvent.Outcome.FAILURE,
					"refused: the MRN is held by record " + holder.get().id()));
			throw new RefusedException(Problem.of("intake.mrn-taken", mrn, holder.get().id(), holder.get().familyName() + ", " + holder.get().givenName()));
		}
		List<PatientMatch> same = sameAs(patient);
		if (!same.isEmpty() && !differentPerson) {
			PatientMatch first = same.get(0);
			throw new RefusedException(Problem.of("intake.possible-duplicate", first.familyName() + ", " + first.givenName(), first.mrn(), first.id(),
					first.birthDate()));
		}
		try {
			store.saveAll(List.of(patient, episode), session.userId(), REASON);
		} catch (DuplicateMrnException e) {
			throw new RefusedException(Problem.of("intake.mrn-taken", e.mrn(), e.holderId(), e.holderName()));
		}
		if (!same.isEmpty()) {
			// ids only: the audit log never holds names
			store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.SAVE, patient.getId(), patient.getId()).with(AuditEvent.Outcome.SUCCESS,
					"registered as a different person from " + String.join(", ", same.stream().map(PatientMatch::id).toList())
							+ " (same name and date of birth)"));
		}
	}

	@Override
	public java.util.Optional<PatientMatch> chartWithMrn(Session session, String mrn) {
		Guard.require(store, session, Permission.PATIENT_REGISTER, "intake.find", null);
		return mrn == null || mrn.isBlank() ? java.util.Optional.empty() : holderOf(mrn.strip());
	}

	/** The patient who holds {@code mrn} (case ignored, as the store's unique key does). */
	private java.util.Optional<PatientMatch> holderOf(String mrn) {
		return java.util.stream.Stream.of(mrn, mrn.toUpperCase(Locale.ROOT)).distinct().flatMap(query -> store.findPatients(query, 5).stream())
				.filter(match -> mrn.equalsIgnoreCase(match.mrn())).findFirst();
	}

	@Override
	public List<PatientMatch> sameNameAndBirthDate(Session session, Patient patient) {
		Guard.require(store, session, Permission.PATIENT_REGISTER, "intake.duplicates", null);
		return sameAs(patient);
	}

	@Override
	public void merge(Session session, String keptId, String duplicateId, String reason) {
		Guard.require(store, session, Permission.PATIENT_REGISTER, "intake.merge", duplicateId);
		if (keptId == null || keptId.equals(duplicateId)) {
			throw new RefusedException(Problem.of("merge.same"));
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new RefusedException(Problem.of("merge.reason"));
		}
		StoredRecord<Patient> kept = patient(keptId);
		StoredRecord<Patient> duplicate = patient(duplicateId);
		for (StoredRecord<Patient> chart : List.of(kept, duplicate)) {
			if (chart.record().getStatus() == PatientStatus.MERGED) {
				throw new RefusedException(Problem.of("merge.already-merged", chart.record().getMrn()));
			}
		}
		String stored = "merged into " + keptId + ": " + (why.length() > 900 ? why.substring(0, 900) : why);
		List<RecordStore.Change> changes = new java.util.ArrayList<>();
		Patient merged = org.eclipse.emf.ecore.util.EcoreUtil.copy(duplicate.record());
		merged.setStatus(PatientStatus.MERGED);
		merged.setMergedInto(keptId);
		changes.add(new RecordStore.Change(merged, duplicate.version(), stored));
		// charts merged into the duplicate before follow it, so that one look-up finds every record of the person
		for (String earlier : store.mergedInto(duplicateId)) {
			StoredRecord<Patient> before = patient(earlier);
			Patient moved = org.eclipse.emf.ecore.util.EcoreUtil.copy(before.record());
			moved.setMergedInto(keptId);
			changes.add(new RecordStore.Change(moved, before.version(), stored));
		}
		if (!openEpisodes(keptId).isEmpty()) {
			for (StoredRecord<EpisodeOfCare> open : openEpisodes(duplicateId)) {
				EpisodeOfCare ended = org.eclipse.emf.ecore.util.EcoreUtil.copy(open.record());
				ended.setStatus(EpisodeStatus.ENTERED_IN_ERROR);
				changes.add(new RecordStore.Change(ended, open.version(), "entered in error: duplicate chart " + stored));
			}
		}
		store.saveTogether(changes, session.userId());
		// ids only: the audit log never holds names
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.SAVE, keptId, keptId).with(AuditEvent.Outcome.SUCCESS,
				"chart " + duplicateId + " merged into this chart: " + (why.length() > 900 ? why.substring(0, 900) : why)));
	}

	private StoredRecord<Patient> patient(String id) {
		return store.read(id).filter(found -> found.record() instanceof Patient).map(found -> {
			@SuppressWarnings("unchecked")
			StoredRecord<Patient> patient = (StoredRecord<Patient>) (StoredRecord<?>) found;
			return patient;
		}).orElseThrow(() -> new RefusedException(Problem.of("merge.not-found", id)));
	}

	/** The planned or active episodes of care stored under {@code patientId} itself (not those of charts merged into it). */
	private List<StoredRecord<EpisodeOfCare>> openEpisodes(String patientId) {
		List<StoredRecord<EpisodeOfCare>> open = new java.util.ArrayList<>();
		for (var entry : store.timeline(patientId, java.util.Set.of("EpisodeOfCare"))) {
			store.read(entry.recordId()).ifPresent(found -> {
				if (found.record() instanceof EpisodeOfCare episode && patientId.equals(episode.getPatientId())
						&& (episode.getStatus() == EpisodeStatus.ACTIVE || episode.getStatus() == EpisodeStatus.PLANNED)) {
					@SuppressWarnings("unchecked")
					StoredRecord<EpisodeOfCare> typed = (StoredRecord<EpisodeOfCare>) (StoredRecord<?>) found;
					open.add(typed);
				}
			});
		}
		return open;
	}

	private List<PatientMatch> sameAs(Patient patient) {
		if (patient.getBirthDate() == null || patient.getFamilyName() == null || patient.getGivenName() == null) {
			return List.of();
		}
		String family = fold(patient.getFamilyName());
		String given = firstWord(fold(patient.getGivenName()));
		return store.findPatients(patient.getBirthDate().toString(), 500).stream()
				.filter(match -> patient.getBirthDate().equals(match.birthDate()) && !match.id().equals(patient.getId()))
				.filter(match -> family.equals(fold(match.familyName())) && given.equals(firstWord(fold(match.givenName())))).toList();
	}

	/** Lower case, accents and punctuation removed, spaces single: "Núñez-Díaz " and "nunez diaz" fold alike. */
	static String fold(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String firstWord(String folded) {
		int space = folded.indexOf(' ');
		return space < 0 ? folded : folded.substring(0, space);
	}
}
