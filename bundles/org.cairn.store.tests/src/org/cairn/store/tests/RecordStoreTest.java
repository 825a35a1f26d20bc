package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cairn.model.AssessmentResponse;
import org.cairn.model.CairnFactory;
import org.cairn.model.CareTeamMember;
import org.cairn.model.DoseAdministration;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.CarePlan;
import org.cairn.model.ErrorMark;
import org.cairn.model.NoteStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.SessionNote;
import org.cairn.store.CensusEntry;
import org.cairn.store.CensusFilter;
import org.cairn.store.DoseEntry;
import org.cairn.store.Draft;
import org.cairn.store.DraftEntry;
import org.cairn.store.DuplicateMrnException;
import org.cairn.store.PatientMatch;
import org.cairn.store.RecordStore;
import org.cairn.store.ScoreEntry;
import org.cairn.store.SaveConflictException;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record store's behaviour, the same on every database: {@link H2RecordStoreTest} runs it on a real embedded
 * H2 file database, {@link PostgresRecordStoreTest} on a real PostgreSQL server.
 */
abstract class RecordStoreTest {

	@TempDir
	Path folder;

	JdbcRecordStore store;

	/** The database to test on, empty. */
	abstract Database database() throws Exception;

	@BeforeEach
	void open() throws Exception {
		Database database = database();
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database);
	}

	@AfterEach
	void closeDatabase() {
		store.database().close();
	}

	/**
	 * A version whose content was changed in the database itself, under the store (an older version's content copied
	 * over it, or its hash rewritten), is found by its hash and named by record and version; the others still verify.
	 */
	@Test
	void aVersionChangedUnderneathIsFoundAndNamedByItsHash() throws Exception {
		Patient patient = Records.patient("p-tamper", "Rowan", "Brook", "MRN-T", LocalDate.of(1985, 7, 9));
		store.save(patient, 0, "u-intake", "admission");
		patient.setPreferredName("Ro");
		store.save(patient, 1, "u-intake", "preferred name");
		store.save(Records.patient("p-other", "Avery", "Quill", "MRN-O", LocalDate.of(1990, 5, 17)), 0, "u-intake", "admission");
		assertEquals(List.of(), store.verifyHashes(), "before: everything verifies");

		try (java.sql.Connection connection = store.database().connect(); java.sql.PreparedStatement update = connection.prepareStatement(
				"UPDATE cairn_version SET content = (SELECT v.content FROM cairn_version v WHERE v.record_id = ? AND v.version = 1)"
						+ " WHERE record_id = ? AND version = 2")) {
			update.setString(1, "p-tamper");
			update.setString(2, "p-tamper");
			assertEquals(1, update.executeUpdate());
			connection.commit();
		}
		assertEquals(List.of("p-tamper@2"), store.verifyHashes(), "the changed version, and only it");

		try (java.sql.Connection connection = store.database().connect(); java.sql.PreparedStatement update = connection.prepareStatement(
				"UPDATE cairn_version SET sha256 = ? WHERE record_id = ? AND version = 1")) {
			update.setString(1, "0".repeat(64));
			update.setString(2, "p-other");
			assertEquals(1, update.executeUpdate());
			connection.commit();
		}
		assertEquals(java.util.Set.of("p-tamper@2", "p-other@1"), java.util.Set.copyOf(store.verifyHashes()), "a rewritten hash is found too");
	}

	@Test
	void everySaveAppendsAVersionAndEveryVersionStaysReadable() {
		Patient patient = Records.patient("p-1", "Avery", "Quill", "MRN-1", LocalDate.of(1990, 5, 17));
		StoredRecord<Patient> first = store.save(patient, 0, "u-intake", "admission");
		assertEquals(1, first.version());

		patient.setPreferredName("Ave");
		StoredRecord<Patient> second = store.save(patient, 1, "u-nurse", "preferred name");
		assertEquals(2, second.version());

		StoredRecord<ClinicalRecord> current = store.read("p-1").orElseThrow();
		assertEquals(2, current.version());
		assertEquals("Ave", ((Patient) current.record()).getPreferredName());
		assertEquals("u-nurse", current.savedBy());

		StoredRecord<ClinicalRecord> old = store.read("p-1", 1).orElseThrow();
		assertEquals(null, ((Patient) old.record()).getPreferredName(), "version 1 is as it was saved");
		assertEquals("admission", old.reason());

		List<StoredRecord<ClinicalRecord>> history = store.history("p-1");
		assertEquals(List.of(1, 2), history.stream().map(StoredRecord::version).toList());
		assertTrue(EcoreUtil.equals(patient, history.get(1).record()));
		assertEquals(List.of(), store.verifyHashes(), "every stored hash verifies");
		assertEquals(64, first.sha256().length());
	}

	@Test
	void aStaleSaveIsRefusedWithWhoSavedWhatWhenAndNothingIsOverwritten() {
		SessionNote note = Records.note("n-1", "p-1", Instant.parse("2026-11-20T10:00:00Z"), "Discussed triggers");
		store.save(note, 0, "u-counsellor", "draft");

		SessionNote mine = (SessionNote) store.read("n-1").orElseThrow().record();
		SessionNote theirs = (SessionNote) store.read("n-1").orElseThrow().record();
		theirs.getSections().get(0).setText("Their change");
		StoredRecord<SessionNote> saved = store.save(theirs, 1, "u-supervisor", "edit");

		mine.getSections().get(0).setText("My change");
		SaveConflictException conflict = assertThrows(SaveConflictException.class, () -> store.save(mine, 1, "u-counsellor", "edit"));
		assertEquals(2, conflict.currentVersion());
		assertEquals("u-supervisor", conflict.savedBy());
		assertEquals(saved.savedAt(), conflict.savedAt());
		assertTrue(conflict.getMessage().contains("u-supervisor"), conflict.getMessage());
		assertEquals("Their change", ((SessionNote) store.read("n-1").orElseThrow().record()).getSections().get(0).getText());
		assertEquals(2, store.history("n-1").size(), "the refused save left no version");
	}

	/**
	 * Two workstations save the same care plan at the same moment, both from version 1: one save wins and the other
	 * gets the conflict naming the winner; the plan has exactly two versions. Repeated, so that the saves really
	 * overlap.
	 */
	@Test
	void twoSimultaneousSavesOfOneCarePlanOneWinsOneGetsTheConflict() throws Exception {
		ExecutorService workstations = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String id = "cp-" + round;
				CarePlan plan = CairnFactory.eINSTANCE.createCarePlan();
				plan.setId(id);
				plan.setPatientId("p-1");
				plan.setRevision(1);
				store.save(plan, 0, "u-author", "draft");

				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<String>> outcomes = new ArrayList<>();
				for (String user : List.of("u-counsellor", "u-supervisor")) {
					CarePlan copy = (CarePlan) store.read(id).orElseThrow().record();
					copy.getStrengths().add("added by " + user);
					outcomes.add(workstations.submit(() -> {
						together.await(10, TimeUnit.SECONDS);
						try {
							store.save(copy, 1, user, "edit");
							return "saved";
						} catch (SaveConflictException conflict) {
							return "conflict with " + conflict.savedBy();
						}
					}));
				}
				List<String> results = new ArrayList<>();
				for (Future<String> outcome : outcomes) {
					results.add(outcome.get(30, TimeUnit.SECONDS));
				}
				assertEquals(1, results.stream().filter("saved"::equals).count(), "exactly one save wins: " + results);
				StoredRecord<ClinicalRecord> current = store.read(id).orElseThrow();
				assertEquals(2, current.version(), "one new version, nothing overwritten");
				assertTrue(results.contains("conflict with " + current.savedBy()), "the loser is told who won: " + results);
				assertEquals(List.of("added by " + current.savedBy()), ((CarePlan) current.record()).getStrengths());
			}
		} finally {
			workstations.shutdownNow();
		}
	}

	@Test
	void aBatchIsSavedAllOrNone() {
		store.saveAll(List.of(Records.patient("p-b1", "Ash", "Reed", "MRN-B1", null), Records.patient("p-b2", "Bo", "Reed", "MRN-B2", null)),
				"u-import", "import");
		assertEquals(List.of("p-b1", "p-b2"), ids(store.findPatients("reed", 10)));
		assertEquals("import", store.read("p-b1").orElseThrow().reason());

		List<Patient> clash = List.of(Records.patient("p-b3", "Cy", "Reed", "MRN-B3", null), Records.patient("p-b1", "Ash", "Reed", "MRN-B1", null));
		assertThrows(SaveConflictException.class, () -> store.saveAll(clash, "u-import", "import"));
		assertFalse(store.read("p-b3").isPresent(), "nothing of a failed batch is stored");
	}

	/**
	 * Changes that belong together (a note and a plan here; in the workbench an order and its taper) are stored
	 * together or not at all: a stale version of one refuses the other too.
	 */
	@Test
	void changesSavedTogetherAreAllStoredOrNone() {
		SessionNote note = Records.note("n-t1", "p-1", Instant.parse("2026-11-21T09:00:00Z"), "First");
		CarePlan plan = Records.plan("cp-t1", "p-1", "e-1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
		store.saveAll(List.of(note, plan), "u-1", "");

		note.getSections().get(0).setText("Second");
		plan.setReviewDue(LocalDate.of(2026, 12, 15));
		SaveConflictException conflict = assertThrows(SaveConflictException.class, () -> store.saveTogether(
				List.of(new RecordStore.Change(note, 1, "edit"), new RecordStore.Change(plan, 2, "review")), "u-2"));
		assertEquals("cp-t1", conflict.recordId(), "the conflict names the stale record");
		assertEquals(1, store.read("n-t1").orElseThrow().version(), "the note's change was not stored either");

		List<StoredRecord<ClinicalRecord>> stored = store.saveTogether(
				List.of(new RecordStore.Change(note, 1, "edit"), new RecordStore.Change(plan, 1, "review")), "u-2");
		assertEquals(List.of(2, 2), stored.stream().map(StoredRecord::version).toList());
		assertEquals("review", store.read("cp-t1").orElseThrow().reason());
		assertEquals(LocalDate.of(2026, 12, 15), ((CarePlan) store.read("cp-t1").orElseThrow().record()).getReviewDue());
		assertEquals("u-2", store.read("n-t1").orElseThrow().savedBy());
	}

	@Test
	void aSecondPatientWithTheSameMrnIsRefusedNamingTheFirst() {
		store.save(Records.patient("p-m1", "Omar", "Ashby", "OTP-0101", null), 0, "u-intake", "intake");
		DuplicateMrnException refused = assertThrows(DuplicateMrnException.class,
				() -> store.saveAll(List.of(Records.patient("p-m2", "Omar", "Ashbey", " otp-0101 ", null)), "u-intake", "intake"));
		assertEquals("p-m1", refused.holderId());
		assertEquals("Ashby, Omar", refused.holderName(), "the person at intake is told whose chart it is");
		assertFalse(refused.getMessage().contains("Ashby"), "the message, which may be logged, names no patient: " + refused.getMessage());
		assertFalse(store.read("p-m2").isPresent(), "nothing of the refused intake is stored");

		// a corrected MRN frees the old one, which a new patient may then take; saving unchanged keeps it
		Patient first = (Patient) store.read("p-m1").orElseThrow().record();
		first.setMrn("OTP-0102");
		store.save(first, 1, "u-intake", "MRN corrected");
		store.save(Records.patient("p-m3", "Ida", "Mensah", "OTP-0101", null), 0, "u-intake", "intake");
		Patient again = (Patient) store.read("p-m1").orElseThrow().record();
		again.setPreferredName("Om");
		store.save(again, 2, "u-intake", "preferred name");
		Patient takes = (Patient) store.read("p-m3").orElseThrow().record();
		takes.setMrn("OTP-0102");
		assertThrows(DuplicateMrnException.class, () -> store.save(takes, 1, "u-intake", "MRN changed to another's"));
		assertEquals("OTP-0101", ((Patient) store.read("p-m3").orElseThrow().record()).getMrn());
	}

	/**
	 * Two intakes of the same MRN at once, from two connections: the second waits for the first's transaction and is
	 * refused when it commits. The first intake is held open on a connection of its own so that the race is certain.
	 */
	@Test
	void twoIntakesOfOneMrnAtOnceStoreExactlyOne() throws Exception {
		try (java.sql.Connection first = store.database().connect()) {
			try (java.sql.PreparedStatement claim = first.prepareStatement("INSERT INTO cairn_mrn (mrn, patient_id) VALUES ('OTP-0200', 'p-first')")) {
				claim.executeUpdate();
			}
			ExecutorService second = Executors.newSingleThreadExecutor();
			try {
				Future<?> intake = second.submit(() -> store.save(Records.patient("p-second", "Lee", "Okafor", "OTP-0200", null), 0, "u-2", "intake"));
				Thread.sleep(300);
				assertFalse(intake.isDone(), "the second intake waits for the first transaction");
				first.commit();
				java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
						() -> intake.get(30, TimeUnit.SECONDS));
				DuplicateMrnException refused = assertInstanceOf(DuplicateMrnException.class, failed.getCause());
				assertEquals("p-first", refused.holderId());
			} finally {
				second.shutdownNow();
			}
		}
		assertFalse(store.read("p-second").isPresent());

		// and two real intakes racing: one is stored, the other told why
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService desks = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (String id : List.of("p-desk-1", "p-desk-2")) {
				outcomes.add(desks.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						store.saveAll(List.of(Records.patient(id, "Ada", "Quinn", "OTP-0300", null)), "u-" + id, "intake");
						return "stored";
					} catch (DuplicateMrnException e) {
						return "refused: held by " + e.holderId();
					}
				}));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertEquals(1, results.stream().filter("stored"::equals).count(), results.toString());
			String winner = store.read("p-desk-1").isPresent() ? "p-desk-1" : "p-desk-2";
			assertTrue(results.contains("refused: held by " + winner), results.toString());
			assertEquals(1, store.findPatients("OTP-0300", 5).size());
		} finally {
			desks.shutdownNow();
		}
	}

	@Test
	void creatingARecordThatExistsIsAConflictToo() {
		store.save(Records.patient("p-2", "Rowan", "Teller", "MRN-2", null), 0, "u-1", "");
		assertThrows(SaveConflictException.class, () -> store.save(Records.patient("p-2", "Rowan", "Teller", "MRN-2", null), 0, "u-2", ""));
	}

	@Test
	void enteredInErrorIsANewVersionNotADeletion() {
		SessionNote note = Records.note("n-2", "p-1", Instant.parse("2026-11-21T09:00:00Z"), "Wrong chart");
		store.save(note, 0, "u-counsellor", "draft");
		ErrorMark mark = CairnFactory.eINSTANCE.createErrorMark();
		mark.setReason("written in the wrong patient's chart");
		mark.setMarkedBy("u-counsellor");
		mark.setMarkedAt(Instant.parse("2026-11-21T09:30:00Z"));
		note.setEnteredInError(mark);
		note.setStatus(NoteStatus.ENTERED_IN_ERROR);
		store.save(note, 1, "u-counsellor", "entered in error");

		assertEquals(NoteStatus.ENTERED_IN_ERROR, ((SessionNote) store.read("n-2").orElseThrow().record()).getStatus());
		assertEquals("Wrong chart (D)", ((SessionNote) store.read("n-2", 1).orElseThrow().record()).getSections().get(0).getText());
		assertEquals("ENTERED_IN_ERROR", store.timeline("p-1").get(0).status());
	}

	@Test
	void patientsAreFoundByNamePrefixIgnoringCaseAndAccentsByMrnAndByBirthDate() {
		store.save(Records.patient("p-10", "José María", "Núñez", "MRN-10", LocalDate.of(1979, 3, 3)), 0, "u", "");
		store.save(Records.patient("p-11", "Joseph", "Nunn", "MRN-11", LocalDate.of(1985, 7, 9)), 0, "u", "");
		store.save(Records.patient("p-12", "Sasha", "Oakes", "MRN-12", LocalDate.of(1979, 3, 3)), 0, "u", "");

		assertEquals(List.of("p-10", "p-11"), ids(store.findPatients("jos", 10)));
		assertEquals(List.of("p-10"), ids(store.findPatients("maria nunez", 10)));
		assertEquals(List.of("p-10"), ids(store.findPatients("NÚÑEZ jo", 10)));
		assertEquals(List.of("p-12"), ids(store.findPatients("MRN-12", 10)));
		assertEquals(List.of("p-10", "p-12"), ids(store.findPatients("1979-03-03", 10)));
		assertEquals(List.of(), ids(store.findPatients("zz", 10)));
		assertEquals(1, store.findPatients("jos", 1).size(), "the limit holds");
	}

	@Test
	void aRenamedPatientIsFoundByTheNewNameOnly() {
		Patient patient = Records.patient("p-20", "Kim", "Oldname", "MRN-20", null);
		store.save(patient, 0, "u", "");
		patient.setFamilyName("Newname");
		store.save(patient, 1, "u", "name change");
		assertEquals(List.of("p-20"), ids(store.findPatients("newn", 10)));
		assertEquals(List.of(), ids(store.findPatients("oldn", 10)));
	}

	@Test
	void theTimelineListsAPatientsRecordsNewestFirst() {
		store.save(Records.note("n-0", "p-1", null, "not started"), 0, "u", "");
		store.save(Records.note("n-a", "p-1", Instant.parse("2026-11-01T10:00:00Z"), "first"), 0, "u", "");
		store.save(Records.note("n-b", "p-1", Instant.parse("2026-11-15T10:00:00Z"), "second"), 0, "u", "");
		store.save(Records.note("n-c", "p-other", Instant.parse("2026-11-16T10:00:00Z"), "other patient"), 0, "u", "");
		List<TimelineEntry> timeline = store.timeline("p-1");
		assertEquals(List.of("n-b", "n-a", "n-0"), timeline.stream().map(TimelineEntry::recordId).toList(), "undated records last");
		assertEquals("SessionNote", timeline.get(0).kind());
		assertEquals("u-counsellor", timeline.get(0).author());
	}

	@Test
	void aSaveWithoutIdOrUserIsRefusedClearly() {
		Patient nameless = Records.patient(null, "A", "B", "M", null);
		StoreException noId = assertThrows(StoreException.class, () -> store.save(nameless, 0, "u", ""));
		assertTrue(noId.getMessage().contains("needs an id"), noId.getMessage());
		StoreException noUser = assertThrows(StoreException.class, () -> store.save(Records.patient("p-30", "A", "B", "M", null), 0, " ", ""));
		assertTrue(noUser.getMessage().contains("names who saved it"), noUser.getMessage());
		assertFalse(store.read("p-30").isPresent());
	}

	@Test
	void timelineByKindListsOnlyThoseKinds() {
		store.save(Records.patient("p-1", "Avery", "Quill", "MRN-1", null), 0, "u", "");
		store.save(Records.note("n-a", "p-1", Instant.parse("2026-11-01T10:00:00Z"), "note"), 0, "u", "");
		store.save(Records.response("r-a", "p-1", "cows", Instant.parse("2026-11-02T10:00:00Z"), 7, "mild"), 0, "u", "");
		store.save(Records.dose("d-a", "p-1", LocalDate.of(2026, 11, 3), DoseOutcome.OBSERVED, 60), 0, "u", "");

		assertEquals(List.of("d-a", "r-a", "n-a"), store.timeline("p-1").stream().map(TimelineEntry::recordId).toList(),
				"the patient record itself is not in the timeline");
		assertEquals(List.of("d-a", "n-a"), store.timeline("p-1", Set.of("SessionNote", "DoseAdministration")).stream()
				.map(TimelineEntry::recordId).toList());
		assertEquals(List.of(), store.timeline("p-1", Set.of("UrineDrugScreen")));
	}

	@Test
	void theCensusListsOpenEpisodesByProgrammePhaseAndClinician() {
		LocalDate today = LocalDate.now();
		store.save(Records.patient("p-a", "Avery", "Quill", "MRN-A", null), 0, "u", "");
		store.save(Records.patient("p-b", "Rowan", "Brook", "MRN-B", null), 0, "u", "");
		store.save(Records.patient("p-c", "Sasha", "Oakes", "MRN-C", null), 0, "u", "");
		EpisodeOfCare detox = Records.episode("e-a", "p-a", Programme.DETOX, Phase.WITHDRAWAL_MANAGEMENT, today.minusDays(3), "u-lee");
		store.save(detox, 0, "u", "admission");
		EpisodeOfCare otp = Records.episode("e-b", "p-b", Programme.OPIOID_TREATMENT_PROGRAM, Phase.STABILISATION, today.minusDays(40), "u-lee");
		otp.getCareTeam().get(0).setTo(today.minusDays(1));
		CareTeamMember next = EcoreUtil.copy(otp.getCareTeam().get(0));
		next.setStaffId("u-ito");
		next.setFrom(today);
		next.setTo(null);
		otp.getCareTeam().add(next);
		store.save(otp, 0, "u", "admission");
		EpisodeOfCare done = Records.episode("e-c", "p-c", Programme.OUTPATIENT, Phase.AFTERCARE, today.minusDays(200), "u-lee");
		done.setStatus(EpisodeStatus.DISCHARGED);
		done.setDischargedOn(today.minusDays(10));
		store.save(done, 0, "u", "discharge");
		store.save(Records.plan("cp-b", "p-b", "e-b", today.minusDays(35), today.minusDays(5)), 0, "u", "");

		assertEquals(List.of("e-b", "e-a"), episodes(store.census(CensusFilter.open())), "ordered by family name");
		assertEquals(List.of("e-a"), episodes(store.census(CensusFilter.open().programme(Programme.DETOX))));
		assertEquals(List.of("e-b"), episodes(store.census(CensusFilter.open().phase(Phase.STABILISATION))));
		assertEquals(List.of("e-a"), episodes(store.census(CensusFilter.open().staff("u-lee"))), "u-lee left e-b's team yesterday");
		assertEquals(List.of("e-b"), episodes(store.census(CensusFilter.open().staff("u-ito"))));
		assertEquals(List.of("u-ito", "u-lee"), store.careTeamStaff(), "today's care teams of open episodes");
		assertEquals(List.of("e-b", "e-c", "e-a"), episodes(store.census(CensusFilter.open().withDischarged())));

		CensusEntry brook = store.census(CensusFilter.open().phase(Phase.STABILISATION)).get(0);
		assertEquals("MRN-B", brook.mrn());
		assertEquals("Brook", brook.familyName());
		assertEquals(Programme.OPIOID_TREATMENT_PROGRAM, brook.programme());
		assertEquals(today.minusDays(40), brook.phaseSince());
		assertEquals(today.minusDays(5), brook.reviewDue());
		assertTrue(brook.reviewOverdue(today));

		// A phase transition is a new version of the episode, and the census follows it.
		Records.moveTo(detox, Phase.STABILISATION, today);
		store.save(detox, 1, "u", "inducted on buprenorphine");
		assertEquals(List.of("e-b", "e-a"), episodes(store.census(CensusFilter.open().phase(Phase.STABILISATION))));
		assertEquals(List.of(), episodes(store.census(CensusFilter.open().phase(Phase.WITHDRAWAL_MANAGEMENT))));

		// An episode opened in error leaves the census.
		detox.setEnteredInError(Records.error("opened for the wrong patient"));
		store.save(detox, 2, "u", "entered in error");
		assertEquals(List.of("e-b"), episodes(store.census(CensusFilter.open())));
	}

	@Test
	void aFormsResponsesAreListedOverTimeWithoutErrors() {
		store.save(Records.response("r-3", "p-1", "cows", Instant.parse("2026-11-02T14:00:00Z"), 14, "moderate"), 0, "u", "");
		store.save(Records.response("r-1", "p-1", "cows", Instant.parse("2026-11-01T08:00:00Z"), 6, "mild"), 0, "u", "");
		store.save(Records.response("r-2", "p-1", "cows", Instant.parse("2026-11-01T13:00:00Z"), 9, "mild"), 0, "u", "");
		AssessmentResponse phq = Records.response("r-4", "p-1", "phq-9", Instant.parse("2026-11-01T09:00:00Z"), 12, "moderate");
		phq.getFlags().add("item-9-positive");
		store.save(phq, 0, "u", "");
		store.save(Records.response("r-5", "p-2", "cows", Instant.parse("2026-11-01T09:00:00Z"), 3, "none"), 0, "u", "");
		AssessmentResponse wrong = Records.response("r-6", "p-1", "cows", Instant.parse("2026-11-01T10:00:00Z"), 30, "severe");
		wrong.setEnteredInError(Records.error("another patient's scores"));
		store.save(wrong, 0, "u", "");

		List<ScoreEntry> cows = store.responses("p-1", "cows");
		assertEquals(List.of("r-1", "r-2", "r-3"), cows.stream().map(ScoreEntry::recordId).toList());
		assertEquals(0, new BigDecimal("14").compareTo(cows.get(2).total()));
		assertEquals("moderate", cows.get(2).band());
		assertEquals(List.of("item-9-positive"), store.responses("p-1", "phq-9").get(0).flags());
		assertEquals(List.of("r-1", "r-5", "r-2", "r-3"), store.responses(null, "cows").stream().map(ScoreEntry::recordId).toList());
		assertEquals(List.of("r-1", "r-4", "r-2", "r-3"), store.responses("p-1", null).stream().map(ScoreEntry::recordId).toList(),
				"every form's responses of one patient");
	}

	@Test
	void dosesAreListedByDayForAPatientOrEveryone() {
		LocalDate day = LocalDate.of(2026, 11, 10);
		store.save(Records.dose("d-1", "p-1", day, DoseOutcome.OBSERVED, 60), 0, "u", "");
		store.save(Records.dose("d-2", "p-1", day.plusDays(1), DoseOutcome.MISSED, 60), 0, "u", "");
		store.save(Records.dose("d-3", "p-1", day.plusDays(2), DoseOutcome.TAKE_HOME, 60), 0, "u", "");
		store.save(Records.dose("d-4", "p-1", day.plusDays(3), DoseOutcome.OBSERVED, 65), 0, "u", "");
		store.save(Records.dose("d-5", "p-2", day.plusDays(1), DoseOutcome.OBSERVED, 16), 0, "u", "");
		DoseAdministration twice = Records.dose("d-6", "p-1", day.plusDays(1), DoseOutcome.OBSERVED, 60);
		store.save(twice, 0, "u", "");
		twice.setEnteredInError(Records.error("recorded twice"));
		store.save(twice, 1, "u", "entered in error");

		List<DoseEntry> doses = store.doses("p-1", day.plusDays(1), day.plusDays(2));
		assertEquals(List.of("d-2", "d-3"), doses.stream().map(DoseEntry::recordId).toList(), "both ends included, errors left out");
		assertEquals(DoseOutcome.MISSED, doses.get(0).outcome());
		assertEquals(day.plusDays(1), doses.get(0).scheduledFor());
		assertEquals(0, new BigDecimal("60").compareTo(doses.get(1).doseMg()));
		assertEquals(List.of("d-5", "d-2"), store.doses(null, day.plusDays(1), day.plusDays(1)).stream()
				.map(DoseEntry::recordId).toList(), "a day's doses in the order given, those not given last");
	}

	@Test
	void aSaveBasedOnAVersionOfARecordThatWasNeverSavedIsRefused() {
		StoreException refused = assertThrows(StoreException.class,
				() -> store.save(Records.patient("p-40", "A", "B", "M", null), 3, "u", ""));
		assertTrue(refused.getMessage().contains("never been saved"), refused.getMessage());
		store.save(Records.patient("p-41", "A", "B", "M", null), 0, "u", "");
		StoreException otherKind = assertThrows(StoreException.class,
				() -> store.save(Records.note("p-41", "p-41", Instant.now(), "x"), 1, "u", ""));
		assertTrue(otherKind.getMessage().contains("is a Patient"), otherKind.getMessage());
	}

	@Test
	void aDraftIsOverwrittenByEachAutosaveAndRemovedWhenTheRecordIsSaved() {
		SessionNote note = Records.note("n-d", "p-1", Instant.parse("2026-11-23T10:00:00Z"), "Client arrived");
		store.saveDraft(note, 0, "u-counsellor");
		note.getSections().get(0).setText("Client arrived on time and reports sleeping better");
		store.saveDraft(note, 0, "u-counsellor");

		Draft<ClinicalRecord> draft = store.draft("n-d").orElseThrow();
		assertEquals("Client arrived on time and reports sleeping better", ((SessionNote) draft.record()).getSections().get(0).getText());
		assertEquals(0, draft.basedOnVersion());
		assertEquals("u-counsellor", draft.savedBy());
		assertEquals(List.of("n-d"), store.drafts("u-counsellor").stream().map(DraftEntry::recordId).toList());
		assertEquals(List.of(), store.drafts("u-other"));
		assertFalse(store.read("n-d").isPresent(), "a draft is not a version");
		assertEquals(List.of(), store.timeline("p-1"), "nor in the timeline");

		store.save(note, 0, "u-counsellor", "draft saved");
		assertFalse(store.draft("n-d").isPresent(), "saving the record as a version removes its draft");

		note.getSections().get(1).setText("Edited after the save");
		store.saveDraft(note, 1, "u-counsellor");
		assertEquals(1, store.draft("n-d").orElseThrow().basedOnVersion());
		// someone else stores the note meanwhile: the counsellor's unsaved work stays theirs, based on version 1
		SessionNote theirs = Records.note("n-d", "p-1", Instant.parse("2026-11-23T10:00:00Z"), "Covering counsellor's words");
		store.save(theirs, 1, "u-other", "saved elsewhere");
		assertEquals("Edited after the save", ((SessionNote) store.draft("n-d").orElseThrow().record()).getSections().get(1).getText(),
				"another person's save does not throw this person's work away");
		assertEquals(1, store.draft("n-d").orElseThrow().basedOnVersion());
		store.discardDraft("n-d");
		assertFalse(store.draft("n-d").isPresent());
		store.discardDraft("n-d");
		assertEquals(2, store.history("n-d").size(), "discarding a draft leaves the record as it was");
	}

	@Test
	void notesAwaitingCoSignatureAreAWorklistAcrossPatientsOldestFirstUntilCoSigned() {
		SessionNote later = signed(Records.note("n-later", "p-2", Instant.parse("2026-11-21T10:00:00Z"), "Later"), true);
		SessionNote earlier = signed(Records.note("n-earlier", "p-1", Instant.parse("2026-11-20T10:00:00Z"), "Earlier"), true);
		SessionNote plain = signed(Records.note("n-plain", "p-1", Instant.parse("2026-11-19T10:00:00Z"), "No co-signature needed"), false);
		store.save(later, 0, "u-intern", "signed");
		store.save(earlier, 0, "u-intern", "signed");
		store.save(plain, 0, "u-counsellor", "signed");

		List<org.cairn.store.WorkItem> queue = store.worklist("SessionNote", "AWAITING_COSIGNATURE", 50);
		assertEquals(List.of("n-earlier", "n-later"), queue.stream().map(org.cairn.store.WorkItem::recordId).toList(), "oldest first");
		assertEquals("p-1", queue.get(0).patientId());
		assertEquals("u-counsellor", queue.get(0).author());
		assertEquals(List.of("n-earlier"), store.worklist("SessionNote", "AWAITING_COSIGNATURE", 1).stream()
				.map(org.cairn.store.WorkItem::recordId).toList(), "at most the limit");

		org.cairn.model.Signature coSignature = CairnFactory.eINSTANCE.createSignature();
		coSignature.setSignerId("u-supervisor");
		coSignature.setRole(org.cairn.model.SignerRole.SUPERVISOR);
		earlier.setCoSignature(coSignature);
		store.save(earlier, 1, "u-supervisor", "co-signed");
		assertEquals(List.of("n-later"), store.worklist("SessionNote", "AWAITING_COSIGNATURE", 50).stream()
				.map(org.cairn.store.WorkItem::recordId).toList(), "a co-signed note leaves the queue");
		assertEquals("SIGNED", store.timeline("p-1", java.util.Set.of("SessionNote")).get(0).status());
	}

	private static SessionNote signed(SessionNote note, boolean needsCoSignature) {
		org.cairn.model.Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId(note.getAuthorId());
		signature.setRole(org.cairn.model.SignerRole.CLINICIAN);
		note.setSignature(signature);
		note.setStatus(NoteStatus.SIGNED);
		note.setCoSignatureRequired(needsCoSignature);
		return note;
	}

	private static List<String> episodes(List<CensusEntry> entries) {
		return entries.stream().map(CensusEntry::episodeId).toList();
	}

	private static List<String> ids(List<PatientMatch> matches) {
		return matches.stream().map(PatientMatch::id).toList();
	}
}
