package org.cairn.clinical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.cairn.clinical.ConsentRules;
import org.cairn.clinical.Consents;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.clinical.internal.ChartsService;
import org.cairn.clinical.internal.ConsentsService;
import org.cairn.model.CairnFactory;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 42 CFR Part 2 through the consents service: a consent is stored only when it says what §2.31 asks; a disclosure goes
 * out only under a consent that covers it, only with the patient's own records, and is logged with its DISCLOSE event
 * in one save; refusals write nothing and are audited; a failed output logs nothing.
 */
class ConsentsServiceTest extends OneChart {

	static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
	static final String DR_RUIZ = "Dr Ada Ruiz, Eastside Family Practice";

	Consents consents;
	Session kim;

	@BeforeEach
	void service() {
		accounts.create("counsellor.kim", "Kim", Set.of("clinician"), "a long test passphrase".toCharArray(), "site.admin");
		kim = new Session((Authentication.Success) accounts.authenticate("counsellor.kim", "a long test passphrase".toCharArray()), Instant.now());
		consents = new ConsentsService(store, new ChartsService(store, accounts), Clock.fixed(NOW, ZoneOffset.UTC));
		store.saveAll(List.of(note("n-1", "p-ashby"), note("n-2", "p-ashby")), "site.admin", "test");
	}

	static Consent consent(String id) {
		Consent consent = CairnFactory.eINSTANCE.createConsent();
		consent.setId(id);
		consent.setPatientId("p-ashby");
		consent.setDiscloser("Harbour Light Recovery Centre");
		consent.setInformation("Medication (buprenorphine) doses and urine drug screen results since admission");
		consent.getRecipients().add(DR_RUIZ);
		consent.setPurpose("Continuity of care after discharge");
		consent.setRevocationExplained(true);
		consent.setRefusalConsequencesStated(true);
		consent.setExpiresOn(TODAY.plusMonths(6));
		consent.setSignedBy("the patient");
		consent.setSignedOn(TODAY.minusDays(3));
		consent.setStatus(ConsentStatus.ACTIVE);
		return consent;
	}

	static org.cairn.model.SessionNote note(String id, String patient) {
		org.cairn.model.SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId(id);
		note.setPatientId(patient);
		note.setAuthorId("counsellor.kim");
		note.setStartedAt(NOW.minusSeconds(86_400));
		return note;
	}

	static Consents.Request request(String consentId, String recipient, String... records) {
		return new Consents.Request("p-ashby", consentId, recipient, null, null, DisclosureMethod.PRINT,
				records.length == 0 ? List.of("n-1", "n-2") : List.of(records));
	}

	AuditEvent lastAudit() {
		return store.auditTrail("p-ashby", 1).get(0);
	}

	@Test
	void aConsentSaysEverythingSectionTwoThirtyOneAsksAndIsNoGeneralRelease() {
		assertEquals(List.of(), ConsentRules.problems(consent("c-1")));
		Consent general = consent("c-2");
		general.setInformation("Any and all medical records");
		general.setRevocationExplained(false);
		general.setExpiresOn(null);
		assertEquals(List.of(Problem.of("consent.general-release", "Any and all medical records"), Problem.of("consent.revocation-not-explained"),
				Problem.of("consent.no-expiry")), ConsentRules.problems(general));
		RefusedException refused = assertThrows(RefusedException.class, () -> consents.record(kim, general));
		assertEquals(3, refused.problems().size(), "every finding, not the first only");
		assertTrue(consents.consents(kim, "p-ashby").isEmpty(), "nothing stored");
		assertEquals(1, consents.record(kim, consent("c-1")).version());
		assertEquals(List.of("c-1"), consents.consents(kim, "p-ashby").stream().map(Consent::getId).toList());
	}

	@Test
	void withoutAConsentThatCoversItNothingIsDisclosedAndTheRefusalIsAudited() {
		consents.record(kim, consent("c-1"));
		Consent expired = consent("c-expired");
		expired.setExpiresOn(TODAY.minusDays(1));
		store.save(expired, 0, "site.admin", "consent signed");
		consents.record(kim, consent("c-revoked"));
		consents.revoke(kim, "c-revoked", TODAY.minusDays(1), false);

		assertEquals(Problem.of("disclose.no-consent"), refusal(request(null, DR_RUIZ)));
		assertEquals(Action.DISCLOSE, lastAudit().action());
		assertEquals(Outcome.DENIED, lastAudit().outcome());
		assertEquals(Problem.of("disclose.recipient-not-named", "County Court", DR_RUIZ), refusal(request("c-1", "County Court")));
		assertEquals(Problem.of("disclose.consent-revoked", TODAY.minusDays(1)), refusal(request("c-revoked", DR_RUIZ)));
		assertEquals(Problem.of("disclose.consent-expired", TODAY.minusDays(1)), refusal(request("c-expired", DR_RUIZ)));
		assertEquals(Problem.of("disclose.no-records"), refusal(new Consents.Request("p-ashby", "c-1", DR_RUIZ, null, null, DisclosureMethod.PRINT,
				List.of())));
		assertEquals(List.of(), consents.disclosures(kim, "p-ashby"), "nothing went out");
	}

	@Test
	void anotherPatientsRecordNeverGoesOutUnderThisPatientsConsent() {
		store.saveAll(List.of(ClinicalServicesTest.patient("p-ida", "Ida", "Moss", "OTP-0002"), note("n-ida", "p-ida")), "site.admin", "test");
		consents.record(kim, consent("c-1"));
		boolean[] written = { false };
		RefusedException refused = assertThrows(RefusedException.class,
				() -> consents.disclose(kim, request("c-1", DR_RUIZ, "n-1", "n-ida"), consent -> written[0] = true));
		assertEquals(Problem.of("disclose.not-the-patients", "n-ida"), refused.problem());
		assertFalse(written[0], "nothing written");
		assertEquals(Outcome.DENIED, lastAudit().outcome());
	}

	@Test
	void aDisclosureUnderAValidConsentIsLoggedWithItsEventInOneSave() {
		consents.record(kim, consent("c-1"));
		Disclosure logged = consents.disclose(kim, request("c-1", "dr ada ruiz, eastside family practice "), Consents.Output.NONE).record();
		assertTrue(logged.isNoticeAttached());
		assertEquals("c-1", logged.getConsentId());
		assertEquals(List.of("n-1", "n-2"), logged.getRecordIds());
		assertEquals("Continuity of care after discharge", logged.getPurpose(), "the consent's purpose when none is given");
		assertEquals(NOW, logged.getDisclosedAt());
		assertEquals("counsellor.kim", logged.getDisclosedBy());
		assertEquals(List.of(logged.getId()), consents.disclosures(kim, "p-ashby").stream().map(Disclosure::getId).toList());
		AuditEvent disclosed = store.auditTrail("p-ashby", 20).stream().filter(e -> e.action() == Action.DISCLOSE).findFirst().orElseThrow();
		assertEquals(Outcome.SUCCESS, disclosed.outcome());
		assertEquals(logged.getId(), disclosed.recordId());
		assertEquals("2 record(s) under consent c-1 by print", disclosed.detail());
	}

	@Test
	void whenWhatGoesOutCannotBeWrittenNothingIsLogged() {
		consents.record(kim, consent("c-1"));
		StoreException failed = assertThrows(StoreException.class, () -> consents.disclose(kim, request("c-1", DR_RUIZ), consent -> {
			throw new IOException("the disk is full");
		}));
		assertTrue(failed.getMessage().contains("the disk is full; nothing was disclosed"), failed.getMessage());
		assertEquals(List.of(), consents.disclosures(kim, "p-ashby"));
	}

	@Test
	void consentsAreRecordedByThoseWhoReleaseRecordsAndReadByThoseWhoReadTheChart() {
		accounts.create("front.desk", "Pat", Set.of("intake"), "a long test passphrase".toCharArray(), "site.admin");
		Session intake = new Session((Authentication.Success) accounts.authenticate("front.desk", "a long test passphrase".toCharArray()), Instant.now());
		assertEquals("access.denied", assertThrows(RefusedException.class, () -> consents.record(intake, consent("c-1"))).problem().code());
		assertEquals("access.denied", assertThrows(RefusedException.class, () -> consents.consents(intake, "p-ashby")).problem().code());
		assertEquals("access.denied", assertThrows(RefusedException.class, () -> consents.disclose(intake, request("c-1", DR_RUIZ), Consents.Output.NONE))
				.problem().code());
		assertEquals(3, store.auditEntries(new org.cairn.store.AuditQuery(null, "front.desk", Action.PERMISSION_DENIED, null, null, 10)).size());

		// where charts are kept to caseloads, a clinician outside the care team neither reads nor records them
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		accounts.create("counsellor.lee", "Lee", Set.of("clinician"), "a long test passphrase".toCharArray(), "site.admin");
		Session lee = new Session((Authentication.Success) accounts.authenticate("counsellor.lee", "a long test passphrase".toCharArray()), Instant.now());
		assertEquals("chart.outside-caseload", assertThrows(RefusedException.class, () -> consents.consents(lee, "p-ashby")).problem().code());
		assertEquals("chart.outside-caseload", assertThrows(RefusedException.class, () -> consents.record(lee, consent("c-1"))).problem().code());
		assertEquals(1, consents.record(kim, consent("c-1")).version(), "the care team's counsellor records it");
	}

	Problem refusal(Consents.Request request) {
		return assertThrows(RefusedException.class, () -> consents.disclose(kim, request, Consents.Output.NONE)).problem();
	}
}
