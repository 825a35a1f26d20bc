package org.cairn.ui.notes;

import java.time.Instant;
import java.util.List;
import org.cairn.model.NoteStatus;
import org.cairn.security.Permission;
import org.cairn.clinical.NoteRules;
import org.cairn.ui.Messages;
import org.cairn.ui.Problems;
import org.cairn.ui.dialogs.TextEntryDialog;
import org.cairn.ui.security.Access;
import org.cairn.ui.security.Confirmation;

/**
 * What is done to a note beyond typing it, for {@link NoteEditorPart}: sign it (once the session has ended and the rules
 * find it complete), add a signed addendum, co-sign it as a supervisor (never one's own), or mark it entered in error.
 * Each asks for the password where it signs; the notes service makes the signature and checks the rules again.
 */
final class NoteSigning {

	private final NoteEditorPart part;

	NoteSigning(NoteEditorPart part) {
		this.part = part;
	}

	/** Sign: after a confirmation, the note is stored signed and becomes read-only; corrections are addenda. */
	void sign() {
		if (part.note == null || part.note.getStatus() != NoteStatus.DRAFT) {
			return;
		}
		part.commit();
		List<String> problems = Problems.words(NoteRules.forSigning(part.note, Instant.now()));
		if (part.form.endUnreadable()) {
			problems.add(0, Messages.get("problem.note.endedAt"));
		}
		if (!problems.isEmpty()) {
			part.state.setText(Messages.format("note.sign.problems", String.join(" ", problems.subList(0, Math.min(3, problems.size())))
					+ (problems.size() > 3 ? " (+" + (problems.size() - 3) + ")" : "")));
			return;
		}
		if (!Access.check(part.body.getShell(), part.accounts, part.session, Permission.NOTE_SIGN, Messages.get("note.sign.action"), part.note.getPatientId())
				|| !Confirmation.byPassword(part.body.getShell(), part.accounts, part.session, Messages.get("note.sign.title"), Messages.get("note.sign.confirm"),
						Messages.get("confirm.sign"), "signing a note")) {
			return;
		}
		// the notes service makes the signature (who, when, the hash of what is signed) and checks the rules again
		String meaning = Messages.get("note.sign.meaning");
		String reason = Messages.get("note.reason.signed");
		part.store(reason, null, (signedIn, copy, based) -> part.notes.sign(signedIn, copy, based, meaning, reason));
	}

	/** A signed addendum: the correction or addition is kept beside the signed text, which does not change. */
	void addAddendum() {
		if (part.note == null || part.note.getStatus() != NoteStatus.SIGNED || part.dirty.isDirty()) {
			return;
		}
		TextEntryDialog dialog = new TextEntryDialog(part.body.getShell(), Messages.get("note.addendum.title"), Messages.get("note.addendum.title"),
				Messages.get("note.addendum.message"), Messages.get("note.addendum.text"), Messages.get("note.addendum.ok"), "note.addendum.entry",
				true, text -> Problems.words(NoteRules.forAddendum(text)));
		if (dialog.open() != TextEntryDialog.OK || !Confirmation.byPassword(part.body.getShell(), part.accounts, part.session, Messages.get("note.addendum.title"),
				Messages.get("note.addendum.confirm"), Messages.get("confirm.sign"), "signing an addendum")) {
			return;
		}
		String text = dialog.value();
		String meaning = Messages.get("note.sign.meaning");
		String reason = Messages.get("note.reason.addendum");
		part.store(reason, null, (signedIn, copy, based) -> part.notes.addAddendum(signedIn, copy, based, text, meaning, reason));
	}

	/** Entered in error, with the reason: the note stays readable in the chart and no longer counts. */
	void markEnteredInError() {
		if (part.note == null || part.life.version() == 0 || part.note.getStatus() == NoteStatus.ENTERED_IN_ERROR) {
			return;
		}
		TextEntryDialog dialog = new TextEntryDialog(part.body.getShell(), Messages.get("note.errorMark.title"), Messages.get("note.errorMark.title"),
				Messages.get("note.errorMark.message"), Messages.get("note.errorMark.reason"), Messages.get("note.errorMark.ok"), "note.errorMark.reason",
				false, text -> Problems.words(NoteRules.forErrorMark(text)));
		if (dialog.open() != TextEntryDialog.OK) {
			return;
		}
		if (part.note.getStatus() == NoteStatus.DRAFT) {
			part.commit();
		}
		String why = dialog.value();
		String reason = Messages.format("note.reason.errorMark", why);
		part.store(reason, null, (signedIn, copy, based) -> part.notes.markEnteredInError(signedIn, copy, based, why, reason));
	}

	/** A supervisor's co-signature on a signed note that needs one; never the author's own. */
	void coSign() {
		if (part.note == null || part.note.getStatus() != NoteStatus.SIGNED || !part.note.isCoSignatureRequired() || part.note.getCoSignature() != null) {
			return;
		}
		String user = part.session.userId();
		if (user.equals(part.note.getAuthorId()) || part.note.getSignature() != null && user.equals(part.note.getSignature().getSignerId())) {
			part.state.setText(Messages.get("note.cosign.own"));
			return;
		}
		if (!Access.check(part.body.getShell(), part.accounts, part.session, Permission.NOTE_COSIGN, Messages.get("note.cosign.action"), part.note.getPatientId())
				|| !Confirmation.byPassword(part.body.getShell(), part.accounts, part.session, Messages.get("note.cosign.title"), Messages.get("note.cosign.confirm"),
						Messages.get("confirm.cosign"), "co-signing a note")) {
			return;
		}
		String meaning = Messages.get("note.cosign.meaning");
		String reason = Messages.get("note.reason.cosigned");
		part.store(reason, null, (signedIn, copy, based) -> part.notes.coSign(signedIn, copy, based, meaning, reason));
	}
}
