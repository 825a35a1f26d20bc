package org.cairn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.model.ClinicalRecord;
import org.cairn.model.DoseOutcome;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.model.PatientRecord;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.store.CensusEntry;
import org.cairn.store.CensusFilter;
import org.cairn.store.DoseEntry;
import org.cairn.store.PatientMatch;
import org.cairn.store.ScoreEntry;
import org.cairn.store.TimelineEntry;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.Indexer;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.cairn.store.internal.RecordCodec;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A database as the first schema version left it: created by migration 1 alone and filled the way Cairn wrote
 * it then (head, version, patient index, name tokens and timeline rows), so that the upgrade to the current
 * schema is tested on what a facility would really have.
 */
final class SchemaOne {

	private SchemaOne() {
	}

	/** A small chart: two patients, an episode, a care plan, notes, COWS responses and doses; some with two versions. */
	static List<ClinicalRecord> chart() {
		LocalDate admitted = LocalDate.now().minusDays(20);
		List<ClinicalRecord> records = new ArrayList<>();
		records.add(Records.patient("p-1", "José María", "Núñez", "MRN-1", LocalDate.of(1979, 3, 3)));
		records.add(Records.patient("p-2", "Avery", "Quill", "MRN-2", LocalDate.of(1990, 5, 17)));
		EpisodeOfCare episode = Records.episode("e-1", "p-1", Programme.OPIOID_TREATMENT_PROGRAM, Phase.WITHDRAWAL_MANAGEMENT,
				admitted, "u-lee");
		records.add(episode);
		records.add(Records.plan("cp-1", "p-1", "e-1", admitted.plusDays(2), admitted.plusDays(32)));
		for (int i = 0; i < 5; i++) {
			Instant at = admitted.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600L * (8 + 5 * i));
			records.add(Records.response("r-" + i, "p-1", "cows", at, 6 + 3 * i, "mild"));
			org.cairn.model.SessionNote note = Records.note("n-" + i, "p-1", at.plusSeconds(1800), "Session " + i);
			if (i == 3) {
				// Signed by an author whose notes need a co-signature: schema 4 puts it on the co-signature worklist.
				org.cairn.model.Signature signature = org.cairn.model.CairnFactory.eINSTANCE.createSignature();
				signature.setSignerId(note.getAuthorId());
				note.setSignature(signature);
				note.setStatus(org.cairn.model.NoteStatus.SIGNED);
				note.setCoSignatureRequired(true);
			}
			records.add(note);
			records.add(Records.dose("d-" + i, "p-1", admitted.plusDays(3 + i), i == 2 ? DoseOutcome.MISSED : DoseOutcome.OBSERVED, 40 + 5 * i));
		}
		return records;
	}

	/** Creates schema version 1 in {@code database} and writes {@code records} as that version did, each twice when asked. */
	static void create(Database database, List<ClinicalRecord> records, Set<String> twice) throws SQLException {
		new Migrations(List.of(Migrations.ALL.get(0)), TestDatabases.SCRIPTS).migrate(database);
		try (Connection connection = database.connect()) {
			for (ClinicalRecord record : records) {
				int versions = twice.contains(record.getId()) ? 2 : 1;
				for (int version = 1; version <= versions; version++) {
					byte[] content = RecordCodec.encode(record);
					OffsetDateTime at = OffsetDateTime.of(2026, 11, 1, 9, version, 0, 0, ZoneOffset.UTC);
					try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cairn_version"
							+ " (record_id, version, kind, content, sha256, saved_at, saved_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
						insert.setString(1, record.getId());
						insert.setInt(2, version);
						insert.setString(3, record.eClass().getName());
						insert.setBytes(4, content);
						insert.setString(5, RecordCodec.sha256(content));
						insert.setObject(6, at);
						insert.setString(7, "u-schema-one");
						insert.setString(8, "written by schema 1");
						insert.executeUpdate();
					}
				}
				String patientId = record instanceof PatientRecord chart ? chart.getPatientId() : record.getId();
				try (PreparedStatement head = connection.prepareStatement("INSERT INTO cairn_record"
						+ " (id, kind, patient_id, current_version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)")) {
					head.setString(1, record.getId());
					head.setString(2, record.eClass().getName());
					head.setString(3, patientId);
					head.setInt(4, versions);
					head.setObject(5, OffsetDateTime.of(2026, 11, 1, 9, versions, 0, 0, ZoneOffset.UTC));
					head.setString(6, "u-schema-one");
					head.executeUpdate();
				}
				if (record instanceof Patient patient) {
					try (PreparedStatement index = connection.prepareStatement("INSERT INTO cairn_patient_index"
							+ " (record_id, mrn, family_name, given_name, sort_name, birth_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
						index.setString(1, patient.getId());
						index.setString(2, patient.getMrn());
						index.setString(3, patient.getFamilyName());
						index.setString(4, patient.getGivenName());
						index.setString(5, Indexer.sortName(patient));
						index.setDate(6, patient.getBirthDate() == null ? null : java.sql.Date.valueOf(patient.getBirthDate()));
						index.setString(7, null);
						index.executeUpdate();
					}
					for (String token : Indexer.tokens(patient)) {
						try (PreparedStatement index = connection.prepareStatement("INSERT INTO cairn_name_token (token, record_id) VALUES (?, ?)")) {
							index.setString(1, token);
							index.setString(2, patient.getId());
							index.executeUpdate();
						}
					}
				} else {
					Indexer.TimelineRow row = Indexer.timeline(record);
					try (PreparedStatement index = connection.prepareStatement("INSERT INTO cairn_timeline"
							+ " (record_id, patient_id, kind, occurred_at, status, author) VALUES (?, ?, ?, ?, ?, ?)")) {
						index.setString(1, record.getId());
						index.setString(2, row.patientId());
						index.setString(3, record.eClass().getName());
						index.setObject(4, row.occurredAt() == null ? null : OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC));
						index.setString(5, row.status());
						index.setString(6, row.author());
						index.executeUpdate();
					}
				}
			}
			connection.commit();
		}
	}

	/** Every record reads as written, every version and hash is there, and every index answers as for new data. */
	static void assertUpgraded(JdbcRecordStore store, List<ClinicalRecord> records, Set<String> twice) {
		for (ClinicalRecord record : records) {
			ClinicalRecord read = store.read(record.getId()).orElseThrow().record();
			assertTrue(EcoreUtil.equals(record, read), record.getId() + " reads as it was written");
			assertEquals(twice.contains(record.getId()) ? 2 : 1, store.history(record.getId()).size(), record.getId() + " keeps its versions");
		}
		assertEquals(List.of(), store.verifyHashes());

		assertEquals(List.of("p-1"), store.findPatients("nunez jo", 10).stream().map(PatientMatch::id).toList());
		List<TimelineEntry> timeline = store.timeline("p-1");
		assertEquals(records.size() - 2, timeline.size(), "every chart record of p-1 is in the timeline");
		assertTrue(timeline.stream().allMatch(entry -> entry.occurredAt() != null), "with its time");
		assertEquals(5, store.timeline("p-1", Set.of("SessionNote")).size());

		List<CensusEntry> census = store.census(CensusFilter.open().staff("u-lee"));
		assertEquals(List.of("e-1"), census.stream().map(CensusEntry::episodeId).toList());
		assertEquals(Phase.WITHDRAWAL_MANAGEMENT, census.get(0).phase());
		assertEquals(LocalDate.now().plusDays(12), census.get(0).reviewDue());
		assertEquals(List.of(6, 9, 12, 15, 18), store.responses("p-1", "cows").stream().map(ScoreEntry::total)
				.map(total -> total.intValue()).toList());
		List<DoseEntry> doses = store.doses("p-1", LocalDate.now().minusDays(17), LocalDate.now().minusDays(13));
		assertEquals(5, doses.size());
		assertEquals(DoseOutcome.MISSED, doses.get(2).outcome());
		assertEquals(List.of("n-3"), store.worklist("SessionNote", "AWAITING_COSIGNATURE", 10).stream().map(org.cairn.store.WorkItem::recordId)
				.toList(), "the signed note that needs a co-signature is on the worklist");
	}
}
