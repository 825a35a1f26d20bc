package org.cairn.clinical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.cairn.clinical.ChartOpening;
import org.cairn.clinical.Charts;
import org.cairn.clinical.Episodes;
import org.cairn.clinical.Intake;
import org.cairn.clinical.Medications;
import org.cairn.clinical.Notes;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.clinical.internal.ChartsService;
import org.cairn.clinical.internal.EpisodesService;
import org.cairn.clinical.internal.IntakeService;
import org.cairn.clinical.internal.MedicationsService;
import org.cairn.clinical.internal.NotesService;
import org.cairn.model.CairnFactory;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.EpisodeStatus;
import org.cairn.model.MedicationOrder;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteSection;
import org.cairn.model.NoteStatus;
import org.cairn.model.Patient;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.RiskLevel;
import org.cairn.model.Route;
import org.cairn.model.RiskScreen;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.store.AuditEntry;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditEvent.Outcome;
import org.cairn.store.AuditQuery;
import org.cairn.store.StoredRecord;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinical services on a real embedded database ({@link PostgresClinicalServicesTest}: on PostgreSQL), with no
 * user interface: every role against every operation, the audit event each leaves, caseloads and emergency access,
 * and one chart per MRN at intake.
 */
class ClinicalServicesTest {

	static final char[] PASSWORD = "a long test passphrase".toCharArray();
	static final CairnFactory MAKE = CairnFactory.eINSTANCE;

	@TempDir
	Path folder;

	Database database;
	JdbcRecordStore store;
	JdbcAccounts accounts;
	Charts charts;
	Intake intake;
	Notes notes;
	Medications medications;
	Episodes episodes;
	org.cairn.clinical.CarePlans plans;
	org.cairn.clinical.Groups groups;
	org.cairn.clinical.Consents consents;
	org.cairn.clinical.Drafts drafts;
	org.cairn.clinical.AuditLog auditLog;
	/** What the notes service takes for now: the tests move it on. */
	final java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-12-07T15:00:00Z"));

	Database database() throws Exception {
		return Database.embedded(folder.resolve("db"));
	}

	void drop(Database db) throws Exception {
		db.close();
	}

	@BeforeEach
	void open() throws Exception {
		database = database();
		new Migrations().migrate(database);
		store = new JdbcRecordStore(database);
		accounts = new JdbcAccounts(store, java.time.Clock.systemUTC());
		accounts.setUp("Harbour Light Recovery Centre", "site.admin", "Sam Admin", PASSWORD);
		charts = new ChartsService(store, accounts);
		intake = new IntakeService(store);
		medications = new MedicationsService(store, charts);
		episodes = new EpisodesService(store, charts, java.time.Clock.systemDefaultZone());
		plans = new org.cairn.clinical.internal.CarePlansService(store, charts, java.time.Clock.systemDefaultZone());
		groups = new org.cairn.clinical.internal.GroupsService(store, charts);
		consents = new org.cairn.clinical.internal.ConsentsService(store, charts, java.time.Clock.systemUTC());
		drafts = new org.cairn.clinical.internal.DraftsService(store, charts, java.time.Clock.systemUTC());
		auditLog = new org.cairn.clinical.internal.AuditLogService(store);
		notes = new NotesService(store, charts, new java.time.Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return java.time.ZoneOffset.UTC;
			}

			@Override
			public java.time.Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		});
		store.saveAll(List.of(patient("p-ashby", "Omar", "Ashby", "OTP-0001"), episode("e-ashby", "p-ashby", "counsellor.kim")), "site.admin", "test");
	}

	@AfterEach
	void close() throws Exception {
		drop(database);
	}

	static Patient patient(String id, String given, String family, String mrn) {
		Patient patient = MAKE.createPatient();
		patient.setId(id);
		patient.setGivenName(given);
		patient.setFamilyName(family);
		patient.setMrn(mrn);
		patient.setBirthDate(LocalDate.of(1984, 5, 1));
		return patient;
	}

	static EpisodeOfCare episode(String id, String patientId, String counsellor) {
		EpisodeOfCare episode = MAKE.createEpisodeOfCare();
		episode.setId(id);
		episode.setPatientId(patientId);
		episode.setEpisodeId(id);
		episode.setProgramme(Programme.OPIOID_TREATMENT_PROGRAM);
		episode.setStatus(EpisodeStatus.ACTIVE);
		episode.setAdmittedOn(LocalDate.of(2026, 11, 2));
		CareTeamMember member = MAKE.createCareTeamMember();
		member.setStaffId(counsellor);
		member.setRole(CareTeamRole.PRIMARY_COUNSELLOR);
		member.setFrom(LocalDate.of(2026, 11, 2));
		episode.getCareTeam().add(member);
		return episode;
	}

	/** A DAP note by {@code author}, complete and ready to sign: a 50-minute session that ended an hour before {@link #now}. */
	SessionNote note(String id, String author) {
		SessionNote note = MAKE.createSessionNote();
		note.setId(id);
		note.setPatientId("p-ashby");
		note.setEpisodeId("e-ashby");
		note.setAuthorId(author);
		note.setStatus(NoteStatus.DRAFT);
		note.setFormat(NoteFormat.DAP);
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setModality(Modality.IN_PERSON);
		note.setStartedAt(now.get().minusSeconds(110 * 60));
		note.setEndedAt(now.get().minusSeconds(60 * 60));
		for (String key : List.of("D", "A", "P")) {
			NoteSection section = MAKE.createNoteSection();
			section.setKey(key);
			section.setHeading(key);
			section.setText("Written");
			note.getSections().add(section);
		}
		RiskScreen risk = MAKE.createRiskScreen();
		risk.setSuicidalIdeation(RiskLevel.NONE);
		risk.setHomicidalIdeation(RiskLevel.NONE);
		risk.setOverdoseRisk(RiskLevel.LOW);
		note.setRiskScreen(risk);
		return note;
	}

	/** A note signed by {@code author} that needs a co-signature, stored. */
	SessionNote signedNeedingCoSignature(String id, String author) {
		SessionNote note = note(id, author);
		note.setCoSignatureRequired(true);
		note.setStatus(NoteStatus.SIGNED);
		org.cairn.model.Signature signature = MAKE.createSignature();
		signature.setSignerId(author);
		signature.setSignedAt(now.get());
		note.setSignature(signature);
		store.save(note, 0, author, "signed");
		return note;
	}

	/** Signs in a new account with {@code role}, as the login does. */
	Session signIn(String id, String role) {
		if (accounts.find(id).isEmpty()) {
			accounts.create(id, id, Set.of(role), PASSWORD, "site.admin");
		}
		Authentication result = accounts.authenticate(id, PASSWORD);
		return new Session(assertInstanceOf(Authentication.Success.class, result), Instant.now());
	}

	List<AuditEntry> events(String user, Action action) {
		return store.auditEntries(new AuditQuery(null, user, action, null, null, 100));
	}

	/** One operation of the services, with the permission it needs. */
	record Operation(String name, Permission needs, Consumer<Session> run) {
	}

	List<Operation> operations() {
		int[] next = { 0 };
		return List.of(new Operation("open a chart", Permission.CLINICAL_READ, session -> charts.open(session, "p-ashby")),
				new Operation("read a record", Permission.CLINICAL_READ, session -> charts.read(session, "e-ashby").orElseThrow()),
				new Operation("read a record's versions", Permission.CLINICAL_READ, session -> assertFalse(charts.history(session, "e-ashby").isEmpty())),
				new Operation("emergency access", Permission.BREAK_GLASS,
						session -> charts.grantEmergencyAccess(session, "p-ashby", "Overdose in the waiting room; need the MOUD record")),
				new Operation("register a patient", Permission.PATIENT_REGISTER, session -> {
					String id = "p-new-" + session.userId() + "-" + next[0]++;
					intake.register(session, patient(id, "New", "Patient " + id, "OTP-" + id), episode("e-" + id, id, "counsellor.kim"));
				}), new Operation("order a medication", Permission.MEDICATION_ORDER, session -> {
					MedicationOrder order = MedicationsServiceTest.order("mo-" + session.userId() + "-" + next[0]++, "Clonidine", 1, Route.ORAL);
					order.setKind(org.cairn.model.MedicationKind.WITHDRAWAL_COMFORT);
					medications.order(session, order, null, "order");
				}), new Operation("dispense naloxone", Permission.MEDICATION_ADMINISTER, session -> {
					org.cairn.model.NaloxoneDispense kit = MAKE.createNaloxoneDispense();
					kit.setId("nx-" + session.userId() + "-" + next[0]++);
					kit.setPatientId("p-ashby");
					kit.setDispensedAt(now.get());
					medications.dispenseNaloxone(session, kit, "kit");
				}), new Operation("write a note", Permission.NOTE_WRITE, session -> {
					notes.save(session, note("n-w-" + session.userId() + "-" + next[0]++, session.userId()), 0, "saved");
				}), new Operation("sign a note", Permission.NOTE_SIGN, session -> {
					notes.sign(session, note("n-s-" + session.userId() + "-" + next[0]++, session.userId()), 0, "I attest", "signed");
				}), new Operation("change an episode's phase", Permission.PLAN_WRITE, session -> {
					EpisodeOfCare episode = episode("e-ph-" + session.userId() + "-" + next[0]++, "p-ashby", "counsellor.kim");
					store.save(episode, 0, "site.admin", "test");
					episodes.changePhase(session, episode, 1, Phase.STABILISATION, LocalDate.now(), "inducted", null);
				}), new Operation("sign a care plan", Permission.PLAN_WRITE, session -> {
					org.cairn.model.CarePlan plan = CarePlansServiceTest.plan();
					plan.setId("cp-" + session.userId() + "-" + next[0]++);
					plans.sign(session, plan, 0, "I attest", "signed");
				}), new Operation("view a chart", Permission.CLINICAL_READ, session -> assertFalse(charts.view(session, "p-ashby").timeline(null).isEmpty())),
				new Operation("find patients", Permission.DEMOGRAPHICS_READ, session -> assertFalse(charts.find(session, "Ashby", 5).isEmpty())),
				new Operation("list the notes to co-sign", Permission.CLINICAL_READ, session -> notes.awaitingCoSignature(session, 10)),
				new Operation("autosave a note", Permission.NOTE_WRITE,
						session -> drafts.save(session, note("n-d-" + session.userId() + "-" + next[0]++, session.userId()), 0)),
				new Operation("record vital signs", Permission.MEDICATION_ADMINISTER, session -> {
					org.cairn.model.VitalSigns vitals = MAKE.createVitalSigns();
					vitals.setId("vs-" + session.userId() + "-" + next[0]++);
					vitals.setPatientId("p-ashby");
					vitals.setTakenAt(Instant.now().minusSeconds(60)); // the service checks against the real clock
					vitals.setPulseBpm(88);
					medications.recordVitals(session, vitals, "vitals");
				}), new Operation("read the audit log", Permission.AUDIT_READ,
						session -> assertFalse(auditLog.search(session, new AuditQuery(null, null, null, null, null, 5)).isEmpty())),
				new Operation("read the consents", Permission.CLINICAL_READ, session -> consents.consents(session, "p-ashby")),
				new Operation("record a consent", Permission.RECORDS_RELEASE, session -> {
					consents.record(session, ConsentsServiceTest.consent("c-" + session.userId() + "-" + next[0]++));
				}), new Operation("co-sign a note", Permission.NOTE_COSIGN, session -> {
					SessionNote signed = signedNeedingCoSignature("n-c-" + session.userId() + "-" + next[0]++, "counsellor.kim");
					notes.coSign(session, signed, 1, "Reviewed", "co-signed");
				}), new Operation("add an account", Permission.ACCOUNT_MANAGE,
						session -> accounts.create(session, "new." + session.userId().replace('.', '-') + "-" + next[0]++, "New", Set.of("clinician"), PASSWORD)),
				new Operation("change someone's roles", Permission.ACCOUNT_MANAGE, session -> {
					if (accounts.find("role.target").isEmpty()) {
						accounts.create("role.target", "Target", Set.of("clinician"), PASSWORD, "site.admin");
					}
					accounts.setRoles(session, "role.target", Set.of("clinician", "prescriber"));
				}),
				new Operation("change a facility setting", Permission.CONFIGURE,
						session -> accounts.setSetting(session, Accounts.IDLE_LOCK_MINUTES, String.valueOf(5 + next[0]++ % 50))));
	}

	@Test
	void everyRoleMayDoWhatItsPermissionsAllowAndIsRefusedTheRestWithAnAuditEvent() {
		List<String> mismatches = new ArrayList<>();
		for (String role : accounts.roles()) {
			Session session = signIn("staff." + role, role);
			for (Operation operation : operations()) {
				boolean allowed = session.has(operation.needs());
				int deniedBefore = events(session.userId(), Action.PERMISSION_DENIED).size();
				try {
					operation.run().accept(session);
					if (!allowed) {
						mismatches.add(role + " was let " + operation.name());
					}
				} catch (org.cairn.security.AccountException e) {
					// the accounts service says why in the person's words, and audits the refusal as every service does
					if (allowed) {
						mismatches.add(role + " was refused " + operation.name() + ": " + e.getMessage());
						continue;
					}
					assertEquals(session.refusal(operation.needs()), e.getMessage(), role + ", " + operation.name());
					List<AuditEntry> denied = events(session.userId(), Action.PERMISSION_DENIED);
					assertEquals(deniedBefore + 1, denied.size(), "the refusal is audited: " + role + ", " + operation.name());
					assertTrue(denied.get(0).event().detail().startsWith(operation.needs().name() + ": "), denied.get(0).event().detail());
				} catch (RefusedException e) {
					if (allowed) {
						mismatches.add(role + " was refused " + operation.name() + ": " + e.problem().code());
						continue;
					}
					assertEquals("access.denied", e.problem().code(), role + ", " + operation.name());
					assertEquals(operation.needs().name(), e.problem().arg(0), role + ", " + operation.name());
					List<AuditEntry> denied = events(session.userId(), Action.PERMISSION_DENIED);
					assertEquals(deniedBefore + 1, denied.size(), "the refusal is audited: " + role + ", " + operation.name());
					assertEquals(Outcome.DENIED, denied.get(0).event().outcome());
					assertTrue(denied.get(0).event().detail().startsWith(operation.needs().name() + ": "), denied.get(0).event().detail());
				}
			}
		}
		assertEquals(List.of(), mismatches);
		// the matrix was not empty on either side
		assertTrue(signIn("staff.clinician", "clinician").has(Permission.CLINICAL_READ));
		assertFalse(signIn("staff.intake", "intake").has(Permission.CLINICAL_READ));
	}

	@Test
	void openingAChartIsAuditedBeforeAnythingIsReturnedWithoutAnyScreen() {
		Session nurse = signIn("nurse.ana", "prescriber");
		ChartOpening opening = charts.open(nurse, "p-ashby");
		assertEquals(new ChartOpening.Opened("p-ashby", false), opening);
		List<AuditEntry> opened = events("nurse.ana", Action.CHART_OPEN);
		assertEquals(1, opened.size());
		assertEquals("p-ashby", opened.get(0).event().patientId());
		charts.read(nurse, "e-ashby").orElseThrow();
		List<AuditEntry> read = events("nurse.ana", Action.READ);
		assertEquals(1, read.size());
		assertEquals("e-ashby", read.get(0).event().recordId());
		assertTrue(charts.read(nurse, "no-such-record").isEmpty());
		assertEquals(1, events("nurse.ana", Action.READ).size(), "nothing read, nothing audited");
	}

	@Test
	void aCaseloadKeepsChartsToTheCareTeamAndEmergencyAccessLastsTheSession() {
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		Session kim = signIn("counsellor.kim", "clinician");
		assertInstanceOf(ChartOpening.Opened.class, charts.open(kim, "p-ashby"), "Kim is on the care team");

		Session lee = signIn("counsellor.lee", "clinician");
		assertEquals(new ChartOpening.OutsideCaseload("p-ashby", true), charts.open(lee, "p-ashby"));
		assertTrue(events("counsellor.lee", Action.CHART_OPEN).isEmpty(), "nothing was opened");
		RefusedException read = assertThrows(RefusedException.class, () -> charts.read(lee, "e-ashby"));
		assertEquals("chart.outside-caseload", read.problem().code());
		assertEquals(1, store.auditEntries(new AuditQuery("p-ashby", "counsellor.lee", Action.READ, null, null, 10)).stream()
				.filter(e -> e.event().outcome() == Outcome.DENIED).count(), "a refused read is audited");

		RefusedException shortReason = assertThrows(RefusedException.class, () -> charts.grantEmergencyAccess(lee, "p-ashby", "urgent"));
		assertEquals("chart.emergency-reason-short", shortReason.problem().code());
		assertTrue(events("counsellor.lee", Action.BREAK_GLASS).isEmpty());
		charts.grantEmergencyAccess(lee, "p-ashby", "Called by the ED: overdose, needs the dose history");
		assertEquals(1, events("counsellor.lee", Action.BREAK_GLASS).size());
		assertEquals(new ChartOpening.Opened("p-ashby", true), charts.open(lee, "p-ashby"));
		assertEquals("emergency access", events("counsellor.lee", Action.CHART_OPEN).get(0).event().detail());
		assertTrue(charts.mayOpen(lee, "p-ashby"));

		Session leeAgain = signIn("counsellor.lee", "clinician");
		assertFalse(charts.mayOpen(leeAgain, "p-ashby"), "emergency access ends with the session it was granted in");
	}

	/**
	 * Where charts are kept to caseloads, every write of every service is refused outside them, whatever the role
	 * allows, and each refusal is audited; the programme's medication staff are inside for their programme's patients.
	 */
	@Test
	void everyWriteOutsideTheCaseloadIsRefusedAndAuditedWhateverTheRole() {
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		accounts.create("float.staff", "Float", Set.of("clinician", "prescriber", "supervisor"), PASSWORD, "site.admin");
		Session outsider = new Session(assertInstanceOf(Authentication.Success.class, accounts.authenticate("float.staff", PASSWORD)), Instant.now());
		List<String> writes = List.of("order a medication", "dispense naloxone", "write a note", "sign a note", "change an episode's phase",
				"sign a care plan", "record a consent", "autosave a note", "record vital signs", "co-sign a note");
		List<String> mismatches = new ArrayList<>();
		for (Operation operation : operations()) {
			if (!writes.contains(operation.name())) {
				continue;
			}
			try {
				operation.run().accept(outsider);
				mismatches.add(operation.name() + ": allowed outside the caseload");
			} catch (RefusedException refused) {
				if (!"chart.outside-caseload".equals(refused.problem().code())) {
					mismatches.add(operation.name() + ": refused with " + refused.problem());
				}
			}
		}
		assertEquals(List.of(), mismatches);
		assertEquals(writes.size(), store.auditEntries(new AuditQuery("p-ashby", "float.staff", Action.SAVE, null, null, 50)).stream()
				.filter(e -> e.event().outcome() == Outcome.DENIED).count(), "each refusal is audited");

		// working in the patient's programme puts the medication staff inside: orders and naloxone go through
		accounts.setProgrammes("float.staff", Set.of(Programme.OPIOID_TREATMENT_PROGRAM.name()), "site.admin");
		for (Operation operation : operations()) {
			if (operation.name().equals("order a medication") || operation.name().equals("dispense naloxone")) {
				operation.run().accept(outsider);
			}
		}
	}

	/** A group of Omar (Kim's) and Ida (Lee's), run by Kim; and Kim's draft note for each who came. */
	static org.cairn.model.GroupSession group() {
		org.cairn.model.GroupSession group = MAKE.createGroupSession();
		group.setId("g-cravings");
		group.setTopic("Coping with cravings");
		group.setStartedAt(Instant.parse("2026-12-07T13:00:00Z"));
		group.setEndedAt(Instant.parse("2026-12-07T14:30:00Z"));
		group.setContent("Urge surfing practice.");
		for (String patient : List.of("p-ashby", "p-ida")) {
			org.cairn.model.GroupAttendee attendee = MAKE.createGroupAttendee();
			attendee.setPatientId(patient);
			attendee.setAttendance(org.cairn.model.Attendance.PRESENT);
			attendee.setParticipation("Took part.");
			group.getRoster().add(attendee);
		}
		return group;
	}

	SessionNote groupNote(String patient, String groupId) {
		SessionNote note = note("n-g-" + patient, "counsellor.kim");
		note.setPatientId(patient);
		note.setEpisodeId(null);
		note.setGroupSessionId(groupId);
		note.setServiceType(ServiceType.GROUP);
		return note;
	}

	@Test
	void aGroupsNotesAreStoredWithTheGroupInOneSaveAndOnlyIntoChartsOpenToThePerson() {
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		Session kim = signIn("counsellor.kim", "clinician");
		signIn("counsellor.lee", "clinician");
		store.saveAll(List.of(patient("p-ida", "Ida", "Mensah", "OTP-0002"), episode("e-ida", "p-ida", "counsellor.lee")), "site.admin", "test");
		assertTrue(groups.mayAdd(kim, "p-ashby"));
		assertFalse(groups.mayAdd(kim, "p-ida"), "Ida's chart is not open to Kim");

		org.cairn.model.GroupSession group = group();
		List<SessionNote> notes = List.of(groupNote("p-ashby", "g-cravings"), groupNote("p-ida", "g-cravings"));
		RefusedException outside = assertThrows(RefusedException.class, () -> groups.writeNotes(kim, group, 0, notes, "group notes", "written"));
		assertEquals(new Problem("chart.outside-caseload", List.of("p-ida")), outside.problem());
		assertTrue(store.read("n-g-p-ashby").isEmpty() && store.read("g-cravings").isEmpty(), "all or nothing: not even Omar's note");
		assertEquals("chart.outside-caseload", assertThrows(RefusedException.class, () -> groups.save(kim, group, 0, "saved")).problem().code(),
				"nor can the group be saved holding Ida");

		group.setContent(" ");
		assertEquals(List.of("group.content"), assertThrows(RefusedException.class,
				() -> groups.writeNotes(kim, group, 0, notes, "group notes", "written")).problems().stream().map(Problem::code).toList());
		group.setContent("Urge surfing practice.");
		group.getRoster().get(1).setAttendance(org.cairn.model.Attendance.ABSENT_EXCUSED);
		group.getRoster().get(1).setParticipation(null);
		assertEquals(new Problem("group.note", List.of("p-ida")), assertThrows(RefusedException.class,
				() -> groups.writeNotes(kim, group, 0, notes, "group notes", "written")).problem(), "no note for someone who did not come");
		assertEquals(new Problem("group.note", List.of("p-ashby")), assertThrows(RefusedException.class,
				() -> groups.writeNotes(kim, group, 0, List.of(groupNote("p-ashby", "g-other")), "group notes", "written")).problem(),
				"nor a note of another group");

		org.cairn.model.GroupSession written = groups.writeNotes(kim, group, 0, List.of(groupNote("p-ashby", "g-cravings")), "group notes", "written")
				.record();
		assertEquals("n-g-p-ashby", written.getRoster().get(0).getNoteId());
		assertEquals(null, written.getRoster().get(1).getNoteId());
		assertEquals(NoteStatus.DRAFT, ((SessionNote) store.read("n-g-p-ashby").orElseThrow().record()).getStatus(), "each note is signed on its own");
		assertEquals(1, store.read("g-cravings").orElseThrow().version());
		// written again: the note stored already stays as it is; the group is a new version
		assertEquals(2, groups.writeNotes(kim, written, 1, List.of(groupNote("p-ashby", "g-cravings")), "group notes", "written").version());
		assertEquals(1, store.read("n-g-p-ashby").orElseThrow().version());
	}

	@Test
	void episodesChangeOnlyWithinTheChartsOpenToThePersonAndRuleOnWhatTheStoreHolds() {
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		Session kim = signIn("counsellor.kim", "clinician");
		EpisodeOfCare episode = (EpisodeOfCare) store.read("e-ashby").orElseThrow().record();
		Instant lastUse = Instant.now().minus(java.time.Duration.ofHours(20));
		episodes.changePhase(kim, episode, 1, Phase.WITHDRAWAL_MANAGEMENT, LocalDate.now(), "started detox", lastUse);
		EpisodeOfCare changed = (EpisodeOfCare) store.read("e-ashby").orElseThrow().record();
		assertEquals(Phase.WITHDRAWAL_MANAGEMENT, org.cairn.clinical.EpisodeRules.current(changed).getPhase());
		assertEquals(lastUse, changed.getLastUseAt(), "the last use told at the change is the episode's, for the flowsheet");
		assertEquals("counsellor.kim", store.read("e-ashby").orElseThrow().savedBy());

		RefusedException future = assertThrows(RefusedException.class, () -> episodes.changePhase(kim, changed, 2, Phase.STABILISATION,
				LocalDate.now(), "inducted", Instant.now().plus(java.time.Duration.ofHours(2))));
		assertEquals(List.of("episode.lastUse.future"), future.problems().stream().map(Problem::code).toList());

		Session lee = signIn("counsellor.lee", "clinician");
		RefusedException outside = assertThrows(RefusedException.class,
				() -> episodes.discharge(lee, changed, 2, new org.cairn.clinical.EpisodeRules.Discharge(LocalDate.now(),
						org.cairn.model.DischargeReason.LEFT_AGAINST_ADVICE, "Left.", "", null, null)));
		assertEquals("chart.outside-caseload", outside.problem().code());
		assertEquals(1, store.auditEntries(new AuditQuery("p-ashby", "counsellor.lee", Action.SAVE, null, null, 10)).stream()
				.filter(e -> e.event().outcome() == Outcome.DENIED).count(), "a write outside the caseload is audited");
		assertEquals(2, store.read("e-ashby").orElseThrow().version(), "and nothing was stored");

		// the service reads the patient's episodes itself: an open one refuses a readmission whatever the caller knows
		RefusedException open = assertThrows(RefusedException.class,
				() -> episodes.readmit(kim, "p-ashby", Programme.OUTPATIENT, Phase.THERAPY, LocalDate.now(), "counsellor.kim", ""));
		assertEquals("episode.stillOpen", open.problem().code());
		episodes.discharge(kim, changed, 2, new org.cairn.clinical.EpisodeRules.Discharge(LocalDate.now(), org.cairn.model.DischargeReason.COMPLETED,
				"Completed withdrawal management.", "Weekly outpatient group", "IOP", LocalDate.now().plusDays(7)));
		EpisodeOfCare again = episodes.readmit(kim, "p-ashby", Programme.OUTPATIENT, Phase.THERAPY, LocalDate.now(), "counsellor.kim", "").record();
		assertEquals(org.cairn.model.EpisodeStatus.ACTIVE, again.getStatus());
		assertEquals(org.cairn.model.EpisodeStatus.DISCHARGED, ((EpisodeOfCare) store.read("e-ashby").orElseThrow().record()).getStatus());
	}

	@Test
	void aSecondIntakeOfAnMrnIsRefusedNamingTheChartThatHasIt() {
		Session desk = signIn("front.desk", "intake");
		RefusedException taken = assertThrows(RefusedException.class,
				() -> intake.register(desk, patient("p-twin", "Omar", "Ashby", "otp-0001"), episode("e-twin", "p-twin", "counsellor.kim")));
		assertEquals("intake.mrn-taken", taken.problem().code());
		assertEquals(List.of("otp-0001", "p-ashby", "Ashby, Omar"), taken.problem().args());
		assertTrue(store.read("p-twin").isEmpty() && store.read("e-twin").isEmpty(), "neither the patient nor the episode was stored");

		intake.register(desk, patient("p-ida", "Ida", "Mensah", "OTP-0002"), episode("e-ida", "p-ida", "counsellor.kim"));
		assertEquals("intake", store.read("p-ida").orElseThrow().reason());
		assertEquals("front.desk", store.read("e-ida").orElseThrow().savedBy());
		assertEquals(2, events("front.desk", Action.SAVE).stream().filter(e -> e.event().outcome() == Outcome.SUCCESS).count(),
				"each save is audited in its transaction");
		assertEquals(List.of(), intake.sameNameAndBirthDate(desk, patient("p-y", "Ida", "Mensah-Obi", "y")), "another family name is another person");
		assertEquals(List.of("refused: the MRN is held by record p-ashby"), events("front.desk", Action.SAVE).stream()
				.filter(e -> e.event().outcome() == Outcome.FAILURE).map(e -> e.event().detail()).toList(), "the refused intake is audited too");
		// the same name and date of birth under another MRN: a second chart for one person is a second dose
		RefusedException same = assertThrows(RefusedException.class,
				() -> intake.register(desk, patient("p-omar-2", "OMAR james", "Ashby", "OTP-0777"), episode("e-omar-2", "p-omar-2", "counsellor.kim")));
		assertEquals("intake.possible-duplicate", same.problem().code());
		assertEquals(List.of("Ashby, Omar", "OTP-0001", "p-ashby", LocalDate.of(1984, 5, 1)), same.problem().args());
		assertTrue(store.read("p-omar-2").isEmpty());
		assertEquals(List.of("p-ashby"), intake.sameNameAndBirthDate(desk, patient("p-x", "Omar", "Ashby", "x")).stream().map(m -> m.id()).toList());
		intake.register(desk, patient("p-omar-2", "Omar", "Ashby", "OTP-0777"), episode("e-omar-2", "p-omar-2", "counsellor.kim"), true);
		assertTrue(store.read("p-omar-2").isPresent(), "stored once intake says it is a different person");
		assertTrue(events("front.desk", Action.SAVE).stream().anyMatch(e -> "registered as a different person from p-ashby (same name and date of birth)"
				.equals(e.event().detail())), "and that decision is audited");

		RefusedException missing = assertThrows(RefusedException.class,
				() -> intake.register(desk, patient("p-x", "No", "Number", " "), episode("e-x", "p-x", "counsellor.kim")));
		assertEquals("intake.mrn-missing", missing.problem().code());
	}

	@Test
	void aDuplicateChartMergesIntoTheKeptOneWithBothHistoriesAsTheyWereSigned() {
		Session desk = signIn("front.desk", "intake");
		Session kim = signIn("counsellor.kim", "clinician");
		intake.register(desk, patient("p-omar-2", "Omar", "Ashby", "OTP-0777"), episode("e-omar-2", "p-omar-2", "counsellor.kim"), true);
		// charted in the duplicate before anyone noticed: a signed note
		SessionNote early = note("n-dup", "counsellor.kim");
		early.setPatientId("p-omar-2");
		early.setEpisodeId("e-omar-2");
		notes.sign(kim, early, 0, "I attest", "signed");
		StoredRecord<?> signed = store.read("n-dup").orElseThrow();

		assertEquals("access.denied", assertThrows(RefusedException.class, () -> intake.merge(kim, "p-ashby", "p-omar-2", "same person")).problem().code(),
				"merging is intake's, who register patients");
		assertEquals("merge.reason", assertThrows(RefusedException.class, () -> intake.merge(desk, "p-ashby", "p-omar-2", " ")).problem().code());
		assertEquals("merge.same", assertThrows(RefusedException.class, () -> intake.merge(desk, "p-ashby", "p-ashby", "why")).problem().code());
		assertEquals(List.of("p-nobody"), assertThrows(RefusedException.class, () -> intake.merge(desk, "p-ashby", "p-nobody", "why")).problem().args());
		assertEquals(2, store.census(org.cairn.store.CensusFilter.open()).size(), "two charts, two open episodes, before the merge");

		intake.merge(desk, "p-ashby", "p-omar-2", "same person, registered twice at intake");

		Patient duplicate = (Patient) store.read("p-omar-2").orElseThrow().record();
		assertEquals(org.cairn.model.PatientStatus.MERGED, duplicate.getStatus());
		assertEquals("p-ashby", duplicate.getMergedInto());
		assertEquals(EpisodeStatus.ENTERED_IN_ERROR, ((EpisodeOfCare) store.read("e-omar-2").orElseThrow().record()).getStatus(),
				"both charts had an open episode: the duplicate's was entered in error");
		assertEquals(EpisodeStatus.ACTIVE, ((EpisodeOfCare) store.read("e-ashby").orElseThrow().record()).getStatus());
		assertEquals(List.of("e-ashby"), store.census(org.cairn.store.CensusFilter.open()).stream().map(e -> e.episodeId()).toList(),
				"one person, one open episode in the census");
		assertTrue(store.timeline("p-ashby").stream().anyMatch(entry -> entry.recordId().equals("n-dup")), "the kept chart shows the duplicate's note");
		assertTrue(store.auditEntries(new AuditQuery("p-ashby", "counsellor.kim", Action.SIGN, null, null, 10)).stream()
				.anyMatch(entry -> "p-omar-2".equals(entry.event().patientId())), "the kept chart's audit trail holds the duplicate's events");
		assertTrue(store.auditTrail("p-ashby", 100).stream().anyMatch(event -> "p-omar-2".equals(event.patientId())));
		StoredRecord<?> after = store.read("n-dup").orElseThrow();
		assertEquals(signed.version(), after.version(), "the signed note was not rewritten");
		assertEquals(signed.sha256(), after.sha256());
		assertEquals(new ChartOpening.Opened("p-ashby", false, "p-omar-2"), charts.open(kim, "p-omar-2"), "the duplicate opens the kept chart");
		assertEquals(new ChartOpening.Opened("p-ashby", false), charts.open(kim, "p-ashby"));
		// nothing new goes into the duplicate; its old records can still be corrected
		SessionNote late = note("n-late", "counsellor.kim");
		late.setPatientId("p-omar-2");
		RefusedException merged = assertThrows(RefusedException.class, () -> notes.save(kim, late, 0, "draft"));
		assertEquals(new Problem("chart.merged", List.of("p-ashby")), merged.problem());
		assertTrue(store.read("n-late").isEmpty());
		notes.markEnteredInError(kim, (SessionNote) after.record(), after.version(), "Written for the wrong session", "entered in error");
		assertTrue(store.auditEntries(new AuditQuery("p-ashby", "front.desk", Action.SAVE, null, null, 10)).stream()
				.anyMatch(e -> e.event().detail().equals("chart p-omar-2 merged into this chart: same person, registered twice at intake")),
				"the merge is audited on the kept chart, with the reason");
		assertEquals(List.of("OTP-0777"), assertThrows(RefusedException.class, () -> intake.merge(desk, "p-ashby", "p-omar-2", "again")).problem().args(),
				"a chart is merged once");
	}

	@Test
	void aMergedChartsOwnMergesFollowItAndAnOpenEpisodeOnlyTheDuplicateHadBecomesTheKeptCharts() {
		Session desk = signIn("front.desk", "intake");
		Session kim = signIn("counsellor.kim", "clinician");
		EpisodeOfCare old = episode("e-ida-1", "p-ida-1", "counsellor.kim");
		old.setStatus(EpisodeStatus.DISCHARGED);
		old.setDischargedOn(LocalDate.of(2025, 3, 1));
		store.saveAll(List.of(patient("p-ida-1", "Ida", "Mensah", "OTP-0101"), old), "site.admin", "test");
		intake.register(desk, patient("p-ida-2", "Ida", "Mensah", "OTP-0102"), episode("e-ida-2", "p-ida-2", "counsellor.kim"), true);
		intake.register(desk, patient("p-ida-3", "Ida", "Mensah", "OTP-0103"), episode("e-ida-3", "p-ida-3", "counsellor.kim"), true);

		intake.merge(desk, "p-ida-2", "p-ida-3", "registered twice");
		intake.merge(desk, "p-ida-1", "p-ida-2", "the same person as the 2025 admission");

		assertEquals("p-ida-1", ((Patient) store.read("p-ida-3").orElseThrow().record()).getMergedInto(), "the earlier merge follows its chart");
		assertEquals(EpisodeStatus.ACTIVE, ((EpisodeOfCare) store.read("e-ida-2").orElseThrow().record()).getStatus(),
				"the kept chart had no open episode: the duplicate's goes on as the person's current one");
		assertEquals(EpisodeStatus.ENTERED_IN_ERROR, ((EpisodeOfCare) store.read("e-ida-3").orElseThrow().record()).getStatus());
		assertEquals(List.of("p-ida-1"), store.census(org.cairn.store.CensusFilter.open()).stream().map(e -> e.patientId())
				.filter(id -> id.startsWith("p-ida")).toList(), "listed under the kept chart");
		assertEquals(Set.of("e-ida-1", "e-ida-2", "e-ida-3"), store.timeline("p-ida-1", Set.of("EpisodeOfCare")).stream().map(e -> e.recordId())
				.collect(java.util.stream.Collectors.toSet()), "every episode of the three charts in one");
		assertEquals(new ChartOpening.Opened("p-ida-1", false, "p-ida-3"), charts.open(kim, "p-ida-3"));
	}

	@Test
	void aNoteIsSignedByTheServiceOnlyWhenCompleteAndOverWithItsAuditEventInTheSameSave() {
		Session kim = signIn("counsellor.kim", "clinician");
		SessionNote early = note("n-early", "counsellor.kim");
		early.setEndedAt(now.get().plusSeconds(20 * 60));
		early.getRiskScreen().setOverdoseRisk(RiskLevel.NOT_ASSESSED);
		RefusedException refused = assertThrows(RefusedException.class, () -> notes.sign(kim, early, 0, "I attest", "signed"));
		assertEquals(List.of("note.endedAt.future", "note.risk.overdose"), refused.problems().stream().map(p -> p.code()).toList(),
				"a session still going on, and a risk left at \"not assessed\", are refused below the screen");
		assertTrue(store.read("n-early").isEmpty());

		SessionNote note = note("n-kim", "counsellor.kim");
		StoredRecord<SessionNote> signed = notes.sign(kim, note, 0, "I attest that this note is accurate", "signed");
		assertEquals(NoteStatus.SIGNED, signed.record().getStatus());
		assertEquals("counsellor.kim", signed.record().getSignature().getSignerId());
		assertEquals(now.get(), signed.record().getSignature().getSignedAt());
		assertEquals(org.cairn.store.SignedContent.of(signed.record()), signed.record().getSignature().getContentHash());
		assertEquals(NoteStatus.DRAFT, note.getStatus(), "the note given is not changed");
		List<AuditEntry> signs = store.auditEntries(new AuditQuery("p-ashby", "counsellor.kim", Action.SIGN, null, null, 10));
		assertEquals(1, signs.size());
		assertEquals("n-kim", signs.get(0).event().recordId());
		assertEquals("signed", signs.get(0).event().detail());

		assertEquals("note.signed", assertThrows(RefusedException.class, () -> notes.save(kim, signed.record(), 1, "edit")).problem().code());
		StoredRecord<SessionNote> added = notes.addAddendum(kim, signed.record(), 1, "Called back: lapse on Friday.", "I attest", "addendum");
		assertEquals(1, added.record().getAddenda().size());
		assertEquals(signed.record().getSections().get(0).getText(), added.record().getSections().get(0).getText(), "the signed text stays");
		assertTrue(org.cairn.store.SignedContent.matches(added.record()), "an addendum does not break the signature");
	}

	@Test
	void aCoSignatureIsASupervisorsAndNeverTheAuthorsOwn() {
		accounts.create("supervisor.sam", "Sam", Set.of("supervisor", "clinician"), PASSWORD, "site.admin");
		Session sam = signIn("supervisor.sam", "supervisor");
		SessionNote own = signedNeedingCoSignature("n-own", "supervisor.sam");
		assertEquals("note.cosign.own", assertThrows(RefusedException.class, () -> notes.coSign(sam, own, 1, "Reviewed", "co-signed")).problem().code());
		SessionNote kims = signedNeedingCoSignature("n-kims", "counsellor.kim");
		StoredRecord<SessionNote> coSigned = notes.coSign(sam, kims, 1, "Reviewed", "co-signed");
		assertEquals("supervisor.sam", coSigned.record().getCoSignature().getSignerId());
		assertEquals("note.cosign.notNeeded",
				assertThrows(RefusedException.class, () -> notes.coSign(sam, coSigned.record(), 2, "Reviewed", "again")).problem().code());
	}

	/**
	 * Where charts are kept to caseloads, routine work needs no emergency access: the programme's nurses and
	 * prescribers see its patients' charts, and supervisors the charts of the clinicians they supervise; anyone else
	 * is outside, each case checked.
	 */
	@Test
	void theProgrammesMedicationStaffAndTheCareTeamsSupervisorsOpenTheChartWithoutEmergencyAccess() {
		accounts.setSetting(Accounts.CHART_ACCESS, "caseload", "site.admin");
		Map<String, Session> staff = new java.util.LinkedHashMap<>();
		staff.put("counsellor.kim", signIn("counsellor.kim", "clinician"));
		staff.put("nurse.otp", signIn("nurse.otp", "prescriber"));
		staff.put("nurse.detox", signIn("nurse.detox", "prescriber"));
		staff.put("supervisor.sam", signIn("supervisor.sam", "supervisor"));
		staff.put("supervisor.pat", signIn("supervisor.pat", "supervisor"));
		staff.put("counsellor.lee", signIn("counsellor.lee", "clinician"));
		accounts.setProgrammes("nurse.otp", Set.of("OPIOID_TREATMENT_PROGRAM"), "site.admin");
		accounts.setProgrammes("nurse.detox", Set.of("DETOX"), "site.admin");
		accounts.setProgrammes("counsellor.lee", Set.of("OPIOID_TREATMENT_PROGRAM"), "site.admin");
		accounts.setSupervisees("supervisor.sam", Set.of("counsellor.kim"), "site.admin");
		accounts.setSupervisees("supervisor.pat", Set.of("counsellor.lee"), "site.admin");
		Map<String, Boolean> expected = Map.of("counsellor.kim", true, "nurse.otp", true, "nurse.detox", false, "supervisor.sam", true,
				"supervisor.pat", false, "counsellor.lee", false);
		Map<String, Boolean> opened = new java.util.LinkedHashMap<>();
		staff.forEach((id, session) -> opened.put(id, charts.open(session, "p-ashby") instanceof ChartOpening.Opened));
		assertEquals(expected, opened, "care team, programme medication staff, supervisors of the team; not others");
		assertTrue(events("nurse.otp", Action.BREAK_GLASS).isEmpty() && events("supervisor.sam", Action.BREAK_GLASS).isEmpty(),
				"no emergency access was needed");
		assertEquals(Set.of("counsellor.kim"), accounts.supervisees("supervisor.sam"));
		assertThrows(org.cairn.security.AccountException.class, () -> accounts.setProgrammes("nurse.otp", Set.of("REHAB"), "site.admin"));
		assertThrows(org.cairn.security.AccountException.class, () -> accounts.setSupervisees("supervisor.sam", Set.of("nobody"), "site.admin"));
	}

	@Test
	void aChartViewShowsOnlyItsOwnChartAndADraftOnlyToWhoeverWroteIt() {
		store.saveAll(List.of(patient("p-ida", "Ida", "Moss", "OTP-0002"), episode("e-ida", "p-ida", "counsellor.kim")), "site.admin", "test");
		Session kim = signIn("counsellor.kim", "clinician");
		org.cairn.clinical.ChartView omar = charts.view(kim, "p-ashby");
		assertTrue(omar.record("e-ashby").isPresent());
		assertTrue(omar.record("e-ida").isEmpty(), "another chart's record is not found through this chart");
		assertEquals(List.of("e-ashby"), omar.records(EpisodeOfCare.class, Set.of("EpisodeOfCare")).stream().map(r -> r.record().getId()).toList());

		drafts.save(kim, note("n-kim", "counsellor.kim"), 0);
		Session lee = signIn("counsellor.lee", "clinician");
		assertTrue(drafts.draft(kim, "n-kim").isPresent());
		assertTrue(drafts.draft(lee, "n-kim").isEmpty(), "someone else's draft is not shown");
		assertEquals(List.of("n-kim"), drafts.mine(kim).stream().map(org.cairn.store.DraftEntry::recordId).toList());
		assertEquals(List.of(), drafts.mine(lee));
		assertEquals("draft.someone-elses", assertThrows(RefusedException.class, () -> drafts.save(lee, note("n-kim", "counsellor.lee"), 0)).problem().code(),
				"nobody's unsaved work is overwritten by another's");
		assertEquals("Written", ((SessionNote) drafts.draft(kim, "n-kim").orElseThrow().record()).getSections().get(0).getText());
	}

	@Test
	void aDraftIsNeverStoredOverASignedNote() {
		Session kim = signIn("counsellor.kim", "clinician");
		SessionNote draft = note("n-over", "counsellor.kim");
		notes.save(kim, draft, 0, "saved");
		notes.sign(kim, draft, 1, "I attest", "signed");
		// an editor still holding the draft (another workstation's, a stale one) saves it on the newest version
		SessionNote stale = note("n-over", "counsellor.kim");
		stale.getSections().get(0).setText("Rewritten after signing");
		assertEquals("note.signed", assertThrows(RefusedException.class, () -> notes.save(kim, stale, 2, "saved")).problem().code());
		assertEquals(NoteStatus.SIGNED, ((SessionNote) store.read("n-over").orElseThrow().record()).getStatus(), "the signature stays");
	}
}
