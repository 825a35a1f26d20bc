package org.cairn.store;

import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.NoteStatus;
import org.cairn.model.Signature;
import org.cairn.model.SessionNote;
import org.cairn.store.internal.RecordCodec;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a signature on a session note or a care plan attests, as a SHA-256: the note as stored, without what signing and later steps
 * add (its signature and co-signature, addenda, status, error mark, whether a co-signature is required). Signing
 * stores this hash in the signature; showing a signed note computes it again, and a note whose content no longer
 * matches was changed outside Cairn after it was signed.
 */
public final class SignedContent {

	private SignedContent() {
	}

	/** The SHA-256 (hex) of what signing {@code note} attests. */
	public static String of(SessionNote note) {
		SessionNote copy = EcoreUtil.copy(note);
		copy.setSignature(null);
		copy.setCoSignature(null);
		copy.getAddenda().clear();
		copy.setEnteredInError(null);
		copy.setStatus(NoteStatus.DRAFT);
		copy.setCoSignatureRequired(false);
		return RecordCodec.sha256(RecordCodec.encode(copy));
	}

	/**
	 * Whether {@code note}'s content is what its signature attests. True for a note without a signature or whose
	 * signature holds no hash (signed before hashes were kept): there is nothing to compare.
	 */
	public static boolean matches(SessionNote note) {
		if (note.getSignature() == null || note.getSignature().getContentHash() == null || note.getSignature().getContentHash().isBlank()) {
			return true;
		}
		return note.getSignature().getContentHash().equals(of(note));
	}

	/**
	 * The SHA-256 (hex) of what signing {@code plan} attests: the plan as it stands, without its signatures and status
	 * (signing puts a draft in force).
	 */
	public static String of(CarePlan plan) {
		CarePlan copy = EcoreUtil.copy(plan);
		copy.getSignatures().clear();
		copy.setStatus(CarePlanStatus.DRAFT);
		return RecordCodec.sha256(RecordCodec.encode(copy));
	}

	/**
	 * Whether {@code plan}'s content is what each of its signatures attests. True without signatures, or for
	 * signatures that hold no hash (signed before hashes were kept).
	 */
	public static boolean matches(CarePlan plan) {
		String now = null;
		for (Signature signature : plan.getSignatures()) {
			if (signature.getContentHash() != null && !signature.getContentHash().isBlank()) {
				now = now == null ? of(plan) : now;
				if (!signature.getContentHash().equals(now)) {
					return false;
				}
			}
		}
		return true;
	}
}
