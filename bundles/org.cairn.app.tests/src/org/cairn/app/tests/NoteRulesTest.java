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
import org.cairn.clinical.NoteRules;
import org.cairn.ui.Problems;
import org.cairn.ui.notes.NoteFormats;
import org.junit.jupiter.api.Test;

/**
 * What a session note needs to be saved and to be signed, each rule on its own (in org.cairn.clinical), as the
 * workbench words it.
 */
class NoteRulesTest {

	private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");
	/** When the note is signed: after the session. */
	private static final Instant NOW = START.plusSeconds(2 * 3600);

	private static List<String> saving(SessionNote note) {
		return Problems.words(NoteRules.forSaving(note));
	}

	private static List<String> signing(SessionNote note) {
		return Problems.words(NoteRules.forSigning(note, NOW));
	}

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
		assertEquals(List.of(), saving(completeNote()));
		assertEquals(List.of(), signing(completeNote()));
	}

	@Test
	void theEndComesAfterTheStartWithinTwelveHours() {
		SessionNote note = completeNote();
		note.setEndedAt(START);
		assertEquals(List.of("Ended: the session must end after it started."), saving(note));
		note.setEndedAt(START.plusSeconds(13 * 3600));
		assertEquals(List.of("Ended: a session longer than 12 hours is more likely a mistyped date."), saving(note));
		note.setEndedAt(null);
		assertEquals(List.of(), saving(note), "a draft may leave the end open");
		assertEquals(List.of("Ended: a signed note says when the session ended (yyyy-mm-dd hh:mm)."), signing(note));
	}

	@Test
	void everySectionOfTheFormatIsWrittenBeforeSigning() {
		SessionNote note = completeNote();
		note.getSections().get(1).setText("  ");
		assertEquals(List.of("Assessment: write this section before signing."), signing(note));
	}

	@Test
	void theRiskScreenIsCompleteAndAnElevatedRiskNeedsTheSafetyPlanReviewed() {
		SessionNote note = completeNote();
		note.setRiskScreen(null);
		assertEquals(List.of("Risk screen: suicidal ideation is not assessed.", "Risk screen: homicidal ideation is not assessed.",
				"Risk screen: overdose risk is not assessed."), signing(note));
		note = completeNote();
		note.getRiskScreen().setOverdoseRisk(RiskLevel.HIGH);
		assertTrue(NoteRules.elevated(note.getRiskScreen()));
		assertEquals(List.of("Risk screen: with a moderate or high risk, review the safety plan and tick \"Safety plan reviewed\"."),
				signing(note));
		note.getRiskScreen().setSafetyPlanReviewed(true);
		assertEquals(List.of(), signing(note));
		note.getRiskScreen().setOverdoseRisk(RiskLevel.NOT_ASSESSED);
		note.getRiskScreen().setSafetyPlanReviewed(false);
		assertEquals(List.of("Risk screen: overdose risk is not assessed."), signing(note),
				"\"not assessed\", the screen's starting value, is not an assessment: a signed note says what the risk was");
	}

	@Test
	void aNoteIsSignedOnlyOnceTheSessionHasEnded() {
		SessionNote note = completeNote();
		assertEquals(List.of("Ended: the session has not ended yet; sign the note once it has (or correct the end time)."),
				Problems.words(NoteRules.forSigning(note, START.plusSeconds(10 * 60))), "signed ten minutes into a fifty-minute session");
		assertEquals(List.of(), Problems.words(NoteRules.forSigning(note, note.getEndedAt())), "signed as the session ends");
	}

	@Test
	void anAddendumSaysSomethingAndAnErrorMarkGivesAReason() {
		assertEquals(List.of("Addendum: write what is added or corrected."), Problems.words(NoteRules.forAddendum(" \n")));
		assertEquals(List.of(), NoteRules.forAddendum("Client called after the session to report a lapse."));
		assertEquals(List.of("Reason: say in a few words why the note is in error (at least 5 characters)."), Problems.words(NoteRules.forErrorMark("oops")));
		assertEquals(List.of(), NoteRules.forErrorMark("wrong patient's chart"));
	}
}
