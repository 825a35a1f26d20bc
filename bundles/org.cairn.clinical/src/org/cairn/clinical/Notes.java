package org.cairn.clinical;

import org.cairn.model.SessionNote;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;

/**
 * Session notes, for every caller: who may write and sign them, the rules a saved and a signed note meet
 * ({@link NoteRules}), and the signature itself, made here from the signed-in person and stored with its audit event
 * in one transaction.
 */
public interface Notes {

	/**
	 * Stores a draft note as a new version.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to write notes; {@code note.signed} for a
	 *                          note that is signed already (it changes by addenda); the first of
	 *                          {@link NoteRules#forSaving}'s problems (all of them in {@link RefusedException#problems()})
	 */
	StoredRecord<SessionNote> save(Session session, SessionNote note, int basedOnVersion, String reason);

	/**
	 * Signs a draft note as {@code session}'s person, now: checks the permission and {@link NoteRules#forSigning} at
	 * this moment (the session must have ended), adds the signature (signer, role, time, meaning, the hash of the signed
	 * content), and stores the signed version with a {@code SIGN} audit event in the same transaction. The note given
	 * is not changed.
	 *
	 * @param meaning what the signature attests, in the person's words ("I attest that this note is accurate")
	 * @throws RefusedException {@code access.denied}; {@code note.signed}; the problems of {@link NoteRules#forSigning}
	 */
	StoredRecord<SessionNote> sign(Session session, SessionNote note, int basedOnVersion, String meaning, String reason);

	/**
	 * Adds a signed addendum to a signed note, written and signed by {@code session}'s person now; the signed text does
	 * not change. Stored with a {@code SIGN} audit event in the same transaction.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to sign notes; {@code note.unsigned} when
	 *                          the note is not signed; {@code note.addendum} when the text is empty
	 */
	StoredRecord<SessionNote> addAddendum(Session session, SessionNote note, int basedOnVersion, String text, String meaning, String reason);

	/**
	 * Marks a note entered in error, with the reason: it stays readable in the chart and no longer counts.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to write notes; {@code note.errorReason};
	 *                          {@code note.inError} when it is marked already
	 */
	StoredRecord<SessionNote> markEnteredInError(Session session, SessionNote note, int basedOnVersion, String why, String reason);

	/**
	 * A supervisor's co-signature on a signed note that needs one, by {@code session}'s person now; never on their own
	 * note. Stored with a {@code SIGN} audit event in the same transaction.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to co-sign; {@code note.cosign.own};
	 *                          {@code note.cosign.notNeeded} when the note is not signed, needs no co-signature or has
	 *                          one
	 */
	StoredRecord<SessionNote> coSign(Session session, SessionNote note, int basedOnVersion, String meaning, String reason);

	/**
	 * A note waiting for a co-signature, as the worklist shows it.
	 *
	 * @param patientName "Family, Given"
	 */
	record Awaiting(org.cairn.store.WorkItem item, String patientName, org.cairn.model.ServiceType service) {
	}

	/**
	 * The signed notes awaiting a co-signature in the charts open to {@code session}'s person (caseload, programme,
	 * supervision, emergency access), newest first, at most {@code limit}.
	 *
	 * @throws RefusedException {@code access.denied} without the permission to read clinical records
	 */
	java.util.List<Awaiting> awaitingCoSignature(Session session, int limit);
}
