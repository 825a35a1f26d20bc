package org.cairn.clinical.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cairn.clinical.Charts;
import org.cairn.clinical.NoteRules;
import org.cairn.clinical.Notes;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.CairnFactory;
import org.cairn.model.NoteStatus;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.SignedContent;
import org.cairn.store.StoredRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Notes} on the record store. */
@Component(service = Notes.class)
public class NotesService implements Notes {

	@Reference
	RecordStore store;

	/** Decides whether the chart is open to the person (caseload, programme, supervision, emergency access). */
	@Reference
	Charts charts;

	private final Clock clock;

	public NotesService() {
		this.clock = Clock.systemUTC();
	}

	/** For tests and hosts without Declarative Services. */
	public NotesService(RecordStore store, Charts charts, Clock clock) {
		this.store = store;
		this.charts = charts;
		this.clock = clock;
	}

	@Override
	public StoredRecord<SessionNote> save(Session session, SessionNote note, int basedOnVersion, String reason) {
		Guard.requireChart(store, charts, session, Permission.NOTE_WRITE, "note.save", note.getPatientId());
		Guard.requireNotMerged(store, session, note, "note.save");
		if (note.getStatus() != NoteStatus.DRAFT) {
			throw new RefusedException(Problem.of("note.signed"));
		}
		// nor over a note that is signed in the store: a draft saved on a signed note would take its signature away
		if (note.getId() != null && store.read(note.getId()).map(stored -> stored.record() instanceof SessionNote kept && kept.getStatus() != NoteStatus.DRAFT)
				.orElse(false)) {
			throw new RefusedException(Problem.of("note.signed"));
		}
		List<Problem> problems = NoteRules.forSaving(note);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		return store.save(note, basedOnVersion, session.userId(), reason);
	}

	@Override
	public StoredRecord<SessionNote> sign(Session session, SessionNote note, int basedOnVersion, String meaning, String reason) {
		Guard.requireChart(store, charts, session, Permission.NOTE_SIGN, "note.sign", note.getPatientId());
		Guard.requireNotMerged(store, session, note, "note.sign");
		if (note.getStatus() != NoteStatus.DRAFT) {
			throw new RefusedException(Problem.of("note.signed"));
		}
		java.time.Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		List<Problem> problems = NoteRules.forSigning(note, now);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		SessionNote signed = EcoreUtil.copy(note);
		Signature signature = signature(session, SignerRole.CLINICIAN, meaning, now);
		// the hash of what is signed, so that a change made outside Cairn afterwards shows
		signature.setContentHash(SignedContent.of(signed));
		signed.setSignature(signature);
		signed.setStatus(NoteStatus.SIGNED);
		return store.save(signed, basedOnVersion, session.userId(), reason, signed(session, signed, reason));
	}

	@Override
	public StoredRecord<SessionNote> addAddendum(Session session, SessionNote note, int basedOnVersion, String text, String meaning, String reason) {
		Guard.requireChart(store, charts, session, Permission.NOTE_SIGN, "note.addendum", note.getPatientId());
		if (note.getStatus() != NoteStatus.SIGNED) {
			throw new RefusedException(Problem.of("note.unsigned"));
		}
		List<Problem> problems = NoteRules.forAddendum(text);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		java.time.Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		SessionNote changed = EcoreUtil.copy(note);
		org.cairn.model.Addendum entry = CairnFactory.eINSTANCE.createAddendum();
		entry.setText(text);
		entry.setAuthorId(session.userId());
		entry.setWrittenAt(now);
		entry.setSignature(signature(session, SignerRole.CLINICIAN, meaning, now));
		changed.getAddenda().add(entry);
		return store.save(changed, basedOnVersion, session.userId(), reason, signed(session, changed, reason));
	}

	@Override
	public StoredRecord<SessionNote> markEnteredInError(Session session, SessionNote note, int basedOnVersion, String why, String reason) {
		Guard.requireChart(store, charts, session, Permission.NOTE_WRITE, "note.errorMark", note.getPatientId());
		if (note.getStatus() == NoteStatus.ENTERED_IN_ERROR) {
			throw new RefusedException(Problem.of("note.inError"));
		}
		List<Problem> problems = NoteRules.forErrorMark(why);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		SessionNote changed = EcoreUtil.copy(note);
		org.cairn.model.ErrorMark mark = CairnFactory.eINSTANCE.createErrorMark();
		mark.setReason(why.strip());
		mark.setMarkedBy(session.userId());
		mark.setMarkedAt(clock.instant().truncatedTo(ChronoUnit.SECONDS));
		changed.setEnteredInError(mark);
		changed.setStatus(NoteStatus.ENTERED_IN_ERROR);
		return store.save(changed, basedOnVersion, session.userId(), reason);
	}

	@Override
	public StoredRecord<SessionNote> coSign(Session session, SessionNote note, int basedOnVersion, String meaning, String reason) {
		Guard.requireChart(store, charts, session, Permission.NOTE_COSIGN, "note.cosign", note.getPatientId());
		String user = session.userId();
		if (user.equals(note.getAuthorId()) || note.getSignature() != null && user.equals(note.getSignature().getSignerId())) {
			throw new RefusedException(Problem.of("note.cosign.own"));
		}
		if (note.getStatus() != NoteStatus.SIGNED || !note.isCoSignatureRequired() || note.getCoSignature() != null) {
			throw new RefusedException(Problem.of("note.cosign.notNeeded"));
		}
		SessionNote changed = EcoreUtil.copy(note);
		changed.setCoSignature(signature(session, SignerRole.SUPERVISOR, meaning, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		return store.save(changed, basedOnVersion, user, reason, signed(session, changed, reason));
	}

	private static Signature signature(Session session, SignerRole role, String meaning, java.time.Instant at) {
		Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId(session.userId());
		signature.setRole(role);
		signature.setSignedAt(at);
		signature.setMeaning(meaning);
		return signature;
	}

	private static AuditEvent signed(Session session, SessionNote note, String reason) {
		return AuditEvent.of(session.userId(), AuditEvent.Action.SIGN, note.getPatientId(), note.getId()).with(AuditEvent.Outcome.SUCCESS, reason);
	}

	@Override
	public java.util.List<Awaiting> awaitingCoSignature(Session session, int limit) {
		Guard.require(store, session, Permission.CLINICAL_READ, "note.cosign-queue", null);
		java.util.List<Awaiting> waiting = new java.util.ArrayList<>();
		java.util.Map<String, String> names = new java.util.HashMap<>();
		java.util.Map<String, Boolean> open = new java.util.HashMap<>();
		for (org.cairn.store.WorkItem item : store.worklist("SessionNote", "AWAITING_COSIGNATURE", limit)) {
			if (!open.computeIfAbsent(item.patientId(), patient -> charts.mayOpen(session, patient))) {
				continue;
			}
			String name = names.computeIfAbsent(item.patientId(), id -> store.read(id)
					.map(stored -> stored.record() instanceof org.cairn.model.Patient patient ? patient.getFamilyName() + ", " + patient.getGivenName() : id)
					.orElse(id));
			org.cairn.model.ServiceType service = store.read(item.recordId())
					.map(stored -> stored.record() instanceof SessionNote note ? note.getServiceType() : null).orElse(null);
			waiting.add(new Awaiting(item, name, service));
		}
		return waiting;
	}
}
