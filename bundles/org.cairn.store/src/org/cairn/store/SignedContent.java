package org.cairn.store;

import org.cairn.model.NoteStatus;
import org.cairn.model.SessionNote;
import org.cairn.store.internal.RecordCodec;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a signature on a session note attests, as a SHA-256: the note as stored, without what signing and later steps
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
}
