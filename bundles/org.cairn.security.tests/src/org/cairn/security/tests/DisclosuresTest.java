package org.cairn.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.cairn.model.CairnFactory;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;
import org.cairn.security.Disclosures;
import org.cairn.security.PartTwo;
import org.cairn.store.AuditEvent;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 42 CFR Part 2 disclosures on a real embedded database: a consent must say what §2.31 asks; a disclosure without a
 * consent that covers it is refused and audited; one with it carries the notice and is in the patient's disclosure
 * log.
 */
class DisclosuresTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;
	Disclosures disclosures;

	@BeforeEach
	void open() {
		database = Database.embedded(folder.resolve("db"));
		new Migrations().migrate(database);
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		store = new JdbcRecordStore(database, clock);
		disclosures = new Disclosures(store, clock);
	}

	@AfterEach
	void close() {
		database.close();
	}

	static Consent consent(String id, String patient, String recipient) {
		Consent consent = CairnFactory.eINSTANCE.createConsent();
		consent.setId(id);
		consent.setPatientId(patient);
		consent.setDiscloser("Harbour Light Recovery Centre");
		consent.setInformation("Medication (buprenorphine) doses and urine drug screen results since admission");
		consent.getRecipients().add("Dr Ada Ruiz, Eastside Family Practice");
		consent.setPurpose("Continuity of care after discharge");
		consent.setRevocationExplained(true);
		consent.setRefusalConsequencesStated(true);
		consent.setExpiresOn(TODAY.plusMonths(6));
		consent.setSignedBy("the patient");
		consent.setSignedOn(TODAY.minusDays(3));
		consent.setStatus(ConsentStatus.ACTIVE);
		return consent;
	}

	private Disclosures.Request request(String consentId, String recipient) {
		return new Disclosures.Request("p-1", consentId, recipient, null, null, DisclosureMethod.PRINT, List.of("n-1", "n-2"));
	}

	private AuditEvent lastAudit() {
		return store.auditTrail("p-1", 1).get(0);
	}

	@Test
	void aConsentSaysEverythingSectionTwoThirtyOneAsksAndIsNoGeneralRelease() {
		assertEquals(List.of(), PartTwo.consentProblems(consent("c-1", "p-1", null)));
		Consent general = consent("c-2", "p-1", null);
		general.setInformation("Any and all medical records");
		general.setRevocationExplained(false);
		general.setExpiresOn(null);
		assertEquals(List.of(
				"\"Any and all medical records\" is a general medical release; Part 2 needs a specific, meaningful description of the information,"
						+ " including the substance use disorder information.",
				"It does not record that the right to revoke, and how, was explained.", "It has no expiry date or event."),
				PartTwo.consentProblems(general));
	}

	@Test
	void withoutAConsentThatCoversItNothingIsDisclosedAndTheRefusalIsAudited() {
		store.save(consent("c-1", "p-1", null), 0, "intake", "consent signed");
		Consent revoked = consent("c-revoked", "p-1", null);
		revoked.setStatus(ConsentStatus.REVOKED);
		revoked.setRevokedOn(TODAY.minusDays(1));
		store.save(revoked, 0, "intake", "consent signed");
		Consent expired = consent("c-expired", "p-1", null);
		expired.setExpiresOn(TODAY.minusDays(1));
		store.save(expired, 0, "intake", "consent signed");

		assertEquals("No consent was chosen. Part 2 records go to a recipient only under the patient's written consent.",
				assertThrows(Disclosures.Refused.class, () -> disclosures.disclose(request(null, "Dr Ada Ruiz, Eastside Family Practice"), "ana"))
						.getMessage());
		assertEquals(Action.DISCLOSE, lastAudit().action());
		assertEquals(Outcome.DENIED, lastAudit().outcome());
		assertEquals("That consent does not name County Court as a recipient (it names Dr Ada Ruiz, Eastside Family Practice).",
				assertThrows(Disclosures.Refused.class, () -> disclosures.disclose(request("c-1", "County Court"), "ana")).getMessage());
		assertEquals("The patient revoked that consent on 2026-12-03.",
				assertThrows(Disclosures.Refused.class, () -> disclosures.disclose(request("c-revoked", "Dr Ada Ruiz, Eastside Family Practice"), "ana"))
						.getMessage());
		assertEquals("That consent expired on 2026-12-03.",
				assertThrows(Disclosures.Refused.class, () -> disclosures.disclose(request("c-expired", "Dr Ada Ruiz, Eastside Family Practice"), "ana"))
						.getMessage());
		assertEquals(List.of(), disclosures.log("p-1"), "nothing went out");
		assertEquals(List.of("c-1"), disclosures.covering("p-1", "Dr Ada Ruiz, Eastside Family Practice").stream().map(Consent::getId).toList());
	}

	@Test
	void aDisclosureUnderAValidConsentCarriesTheNoticeAndIsInTheLog() throws Exception {
		store.save(consent("c-1", "p-1", null), 0, "intake", "consent signed");
		Disclosures.Package disclosed = disclosures.disclose(request("c-1", "dr ada ruiz, eastside family practice "), "ana");
		assertEquals("42 CFR part 2 prohibits unauthorized use or disclosure of these records.", disclosed.notice());
		Disclosure logged = disclosed.disclosure();
		assertTrue(logged.isNoticeAttached());
		assertEquals("c-1", logged.getConsentId());
		assertEquals(List.of("n-1", "n-2"), logged.getRecordIds());
		assertEquals("Continuity of care after discharge", logged.getPurpose(), "the consent's purpose when none is given");
		assertEquals(NOW, logged.getDisclosedAt());
		assertEquals(List.of(logged.getId()), disclosures.log("p-1").stream().map(Disclosure::getId).toList());
		AuditEvent audit = lastAudit();
		assertEquals(Action.DISCLOSE, audit.action());
		assertEquals(Outcome.SUCCESS, audit.outcome());
		assertEquals(logged.getId(), audit.recordId());
		assertEquals("2 record(s) under consent c-1 by print", audit.detail());
	}
}
