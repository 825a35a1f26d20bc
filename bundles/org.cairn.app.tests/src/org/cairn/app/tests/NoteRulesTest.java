package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteStatus;
import org.cairn.model.RiskLevel;
import org.cairn.model.RiskScreen;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.ui.notes.NoteFormats;
import org.cairn.ui.notes.NoteRules;
import org.junit.jupiter.api.Test;

/** What a session note needs to be saved and to be signed, each rule on its own. */
class NoteRulesTest {

	private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");

	/** A DAP note ready to sign: 50 minutes, every section written, a risk screen with no elevated risk. */
	static SessionNote completeNote() {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId("n-test");
		note.setPatientId("p-test");
		note.setStatus(NoteStatus.DRAFT);
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setModality(Modality.IN_PERSON);
		note.setStartedAt(START);
		note.setEndedAt(START.plusSeconds(50 * 60));
		NoteFormats.apply(note, NoteFormat.DAP);
		note.getSections().forEach(section -> section.setText("Written"));
		RiskScreen risk = CairnFactory.eINSTANCE.createRiskScreen();
		risk.setSuicidalIdeation(RiskLevel.NONE);
		risk.setHomicidalIdeation(RiskLevel.NONE);
		risk.setOverdoseRisk(RiskLevel.LOW);
		note.setRiskScreen(risk);
		return note;
	}

	@Test
	void aCompleteNoteCanBeSavedAndSigned() {
		assertEquals(List.of(), NoteRules.forSaving(completeNote()));
		assertEquals(List.of(), NoteRules.forSigning(completeNote()));
	}

	@Test
	void theEndComesAfterTheStartWithinTwelveHours() {
		SessionNote note = completeNote();
		note.setEndedAt(START);
		assertEquals(List.of("Ended: the session must end after it started."), NoteRules.forSaving(note));
		note.setEndedAt(START.plusSeconds(13 * 3600));
		assertEquals(List.of("Ended: a session longer than 12 hours is more likely a mistyped date."), NoteRules.forSaving(note));
		note.setEndedAt(null);
		assertEquals(List.of(), NoteRules.forSaving(note), "a draft may leave the end open");
		assertEquals(List.of("Ended: a signed note says when the session ended (yyyy-mm-dd hh:mm)."), NoteRules.forSigning(note));
	}

	@Test
	void everySectionOfTheFormatIsWrittenBeforeSigning() {
		SessionNote note = completeNote();
		note.getSections().get(1).setText("  ");
		assertEquals(List.of("Assessment: write this section before signing."), NoteRules.forSigning(note));
	}

	@Test
	void theRiskScreenIsCompleteAndAnElevatedRiskNeedsTheSafetyPlanReviewed() {
		SessionNote note = completeNote();
		note.setRiskScreen(null);
		assertEquals(List.of("Risk screen: suicidal ideation is not recorded.", "Risk screen: homicidal ideation is not recorded.",
				"Risk screen: overdose risk is not recorded."), NoteRules.forSigning(note));
		note = completeNote();
		note.getRiskScreen().setOverdoseRisk(RiskLevel.HIGH);
		assertTrue(NoteRules.elevated(note.getRiskScreen()));
		assertEquals(List.of("Risk screen: with a moderate or high risk, review the safety plan and tick \"Safety plan reviewed\"."),
				NoteRules.forSigning(note));
		note.getRiskScreen().setSafetyPlanReviewed(true);
		assertEquals(List.of(), NoteRules.forSigning(note));
		note.getRiskScreen().setOverdoseRisk(RiskLevel.NOT_ASSESSED);
		note.getRiskScreen().setSafetyPlanReviewed(false);
		assertEquals(List.of(), NoteRules.forSigning(note), "not assessed is an answer, not an elevated risk");
	}

	@Test
	void anAddendumSaysSomethingAndAnErrorMarkGivesAReason() {
		assertEquals(List.of("Addendum: write what is added or corrected."), NoteRules.forAddendum(" \n"));
		assertEquals(List.of(), NoteRules.forAddendum("Client called after the session to report a lapse."));
		assertEquals(List.of("Reason: say in a few words why the note is in error (at least 5 characters)."), NoteRules.forErrorMark("oops"));
		assertEquals(List.of(), NoteRules.forErrorMark("wrong patient's chart"));
	}
}
