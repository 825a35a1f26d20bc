package org.cairn.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cairn.model.Alert;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.ContactDetails;
import org.cairn.model.DoseAdministration;
import org.cairn.model.EmergencyContact;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.Patient;
import org.cairn.model.PhaseTransition;
import org.cairn.clinical.ConsentRules;
import org.cairn.clinical.Consents;
import org.cairn.model.Consent;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A patient's record laid out for paper or PDF: a cover with demographics and episodes of care, then the selected
 * records by kind (episodes, care plans, notes, assessments, medication, screens, consents...), each kind in date
 * order, doses as one table. The same layout prints through SWT and writes as PDF; a disclosure is the same record with
 * its disclosure page first and the 42 CFR Part 2 notice on every page.
 */
public final class RecordExport {

	/**
	 * Who produces the document and why: what the cover and every page's footer say, and what the audit event keeps.
	 *
	 * @param reason why the records go out (a records request, a transfer); null when not said
	 */
	public record Producer(String facility, String userId, String userName, String reason) {

		public Producer(String facility, String userId, String userName) {
			this(facility, userId, userName, null);
		}

		/** What the audit event of a release says after what went out: "; reason: ..." when one was given. */
		String because() {
			return reason == null || reason.isBlank() ? "" : "; reason: " + (reason.length() > 500 ? reason.substring(0, 500) : reason.strip());
		}
	}

	/** The order kinds appear in, with their section titles; kinds not named follow under their own names. */
	private static final Map<String, String> SECTIONS = new LinkedHashMap<>();
	static {
		SECTIONS.put("EpisodeOfCare", "Episodes of care");
		SECTIONS.put("CarePlan", "Care plans");
		SECTIONS.put("SessionNote", "Session notes");
		SECTIONS.put("AssessmentResponse", "Assessments");
		SECTIONS.put("MedicationOrder", "Medication orders");
		SECTIONS.put("TaperSchedule", "Taper schedules");
		SECTIONS.put("DoseAdministration", "Dosing record");
		SECTIONS.put("UrineDrugScreen", "Drug screens");
		SECTIONS.put("VitalSigns", "Vital signs");
		SECTIONS.put("NaloxoneDispense", "Naloxone");
		SECTIONS.put("Consent", "Consents");
		SECTIONS.put("Disclosure", "Disclosures");
	}

	private final RecordStore store;
	private final Function<String, String> staff;
	private final FormLookup forms;
	private final Clock clock;

	/**
	 * @param staff a user id in words; {@link #staffNames} makes one from the accounts
	 * @param forms the definition a response was given with (item texts and option labels)
	 * @param clock its zone is the zone dates and times print in
	 */
	public RecordExport(RecordStore store, Function<String, String> staff, FormLookup forms, Clock clock) {
		this.store = store;
		this.staff = staff;
		this.forms = forms;
		this.clock = clock;
	}

	/** "Name (id)" for a known account, the id for anyone else, "" for none. */
	public static Function<String, String> staffNames(Function<String, Optional<String>> displayName) {
		return id -> id == null || id.isBlank() ? "" : displayName.apply(id).filter(name -> !name.isBlank() && !name.equals(id)).map(name -> name + " (" + id + ")").orElse(id);
	}

	/**
	 * The layout of {@code patientId}'s selected records. Reading the records is audited by whoever writes or prints
	 * the result ({@link #writePdf}).
	 *
	 * @param disclosure the disclosure page's fields when this is a disclosure (then the notice is on every page); null
	 *                   otherwise
	 * @throws StoreException when there is no such patient
	 */
	public Layout layout(String patientId, Selection selection, Producer producer, List<Layout.Field> disclosure, IProgressMonitor monitor) {
		Words words = new Words(clock.getZone());
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		ChartRecords chart = ChartRecords.read(store, patientId, selection, clock.getZone(), progress.split(9));
		Patient patient = chart.patient();
		Map<String, List<StoredRecord<ClinicalRecord>>> byKind = new LinkedHashMap<>();
		SECTIONS.keySet().forEach(kind -> byKind.put(kind, new ArrayList<>()));
		List<StoredRecord<ClinicalRecord>> episodes = new ArrayList<>();
		for (StoredRecord<ClinicalRecord> stored : chart.records()) {
			byKind.computeIfAbsent(stored.record().eClass().getName(), kind -> new ArrayList<>()).add(stored);
			if (stored.record() instanceof EpisodeOfCare) {
				episodes.add(stored);
			}
		}
		String name = name(patient);
		boolean disclosing = disclosure != null;
		Layout.Builder out = new Layout.Builder();
		out.heading(0, disclosing ? "Disclosure of substance use disorder treatment records" : "Clinical record");
		out.field("Patient", name).field("MRN", patient.getMrn()).field("Born", words.date(patient.getBirthDate()))
				.field("Facility", producer.facility()).field("Contents", selection.recordIds() != null ? selection.describe(words) : selection.describe(words) + " (" + chart.records().size() + ")")
				.field("Produced", words.dateTime(clock.instant()) + " by " + staff.apply(producer.userId()));
		if (disclosing) {
			out.heading(1, "This disclosure");
			disclosure.forEach(field -> out.field(field.label(), field.value()));
			out.text(ConsentRules.NOTICE);
		}
		if (!disclosing) {
			// a disclosure carries what its consent names: the patient is identified above, contacts and alerts stay here
			cover(out, patient, episodes, words);
		}
		RecordLayouts layouts = new RecordLayouts(words, staff, forms);
		for (Map.Entry<String, List<StoredRecord<ClinicalRecord>>> kind : byKind.entrySet()) {
			if (kind.getValue().isEmpty()) {
				continue;
			}
			out.pageBreak();
			out.heading(0, SECTIONS.getOrDefault(kind.getKey(), RecordLayouts.kind(kind.getValue().get(0).record())) + " (" + kind.getValue().size() + ")");
			if ("DoseAdministration".equals(kind.getKey())) {
				doses(out, kind.getValue(), words);
				continue;
			}
			for (StoredRecord<ClinicalRecord> stored : kind.getValue()) {
				layouts.add(out, stored, stored.version());
			}
		}
		progress.done();
		return new Layout(disclosing ? "Disclosure of records" : "Clinical record", name + " · MRN " + patient.getMrn(),
				disclosing ? ConsentRules.NOTICE : null, producer.facility() + " · produced " + words.dateTime(clock.instant()) + " by " + producer.userId()
						+ " · confidential", out.blocks());
	}

	/**
	 * Writes the selected records as a PDF and audits it as EXPORT (or PRINT, for {@code action}) of the patient's chart.
	 *
	 * @throws OperationCanceledException when cancelled; nothing is audited then
	 */
	public void writePdf(String patientId, Selection selection, Producer producer, OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Layout layout = layout(patientId, selection, producer, null, progress.split(6));
		new PdfWriter().write(layout, out, progress.split(4));
		store.audit(AuditEvent.of(producer.userId(), AuditEvent.Action.EXPORT, patientId, null).with(AuditEvent.Outcome.SUCCESS,
				"PDF, " + selection.describe(new Words(clock.getZone())).toLowerCase(java.util.Locale.ROOT) + producer.because()));
	}

	/** Audits a printed record as PRINT of the patient's chart (the printing itself is the workbench's). */
	public void printed(String patientId, Selection selection, Producer producer, int pages) {
		store.audit(AuditEvent.of(producer.userId(), AuditEvent.Action.PRINT, patientId, null).with(AuditEvent.Outcome.SUCCESS,
				pages + " page(s), " + selection.describe(new Words(clock.getZone())).toLowerCase(java.util.Locale.ROOT)));
	}

	/**
	 * Writes the request's records as a disclosure PDF at {@code file}, under {@code consent}: the disclosure page first
	 * and the 42 CFR Part 2 notice on every page. Whether the consent covers it is decided before ({@link Consents});
	 * a file that could not be finished is not left (a file it was to replace stays as it was). Not audited: the
	 * disclosure is.
	 */
	public void disclosurePdf(Consents.Request request, Consent consent, Producer producer, Path file, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Words words = new Words(clock.getZone());
		List<Layout.Field> fields = List.of(new Layout.Field("Disclosed to", request.recipient()),
				new Layout.Field("Purpose", blankOr(request.purpose(), consent.getPurpose())),
				new Layout.Field("Information", blankOr(request.information(), consent.getInformation())),
				new Layout.Field("Disclosed by", consent.getDiscloser() + ", " + staff.apply(producer.userId()) + ", " + words.dateTime(clock.instant())),
				new Layout.Field("Under the consent", "signed by " + consent.getSignedBy() + " on " + words.date(consent.getSignedOn())
						+ (consent.getExpiresOn() != null ? "; expires " + words.date(consent.getExpiresOn())
								: consent.getExpiryEvent() != null ? "; expires on " + consent.getExpiryEvent() : "")),
				new Layout.Field("How", Words.of(request.method())));
		Layout layout = layout(request.patientId(), Selection.only(new java.util.HashSet<>(request.recordIds())), producer, fields, progress.split(6));
		WholeFile.write(file, out -> new PdfWriter().write(layout, out, progress.split(4)));
	}

	private static String blankOr(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	private void cover(Layout.Builder out, Patient patient, List<StoredRecord<ClinicalRecord>> episodes, Words words) {
		out.heading(1, "Patient");
		out.field("Name", name(patient)).field("Preferred name", patient.getPreferredName()).field("Date of birth", words.date(patient.getBirthDate()))
				.field("Sex assigned at birth", Words.of(patient.getSexAtBirth())).field("Gender identity", patient.getGenderIdentity())
				.field("Pronouns", patient.getPronouns()).field("Language", patient.getLanguage() == null ? "" : patient.getLanguage()
						+ (patient.isInterpreterNeeded() ? " (interpreter needed)" : ""))
				.field("Status", Words.of(patient.getStatus()));
		ContactDetails contact = patient.getContact();
		if (contact != null) {
			out.field("Phone", Words.joined(List.of(text(contact.getPhone()), text(contact.getMobile())))).field("Email", contact.getEmail())
					.field("Address", Words.joined(List.of(String.join(", ", contact.getAddressLines()), text(contact.getCity()), text(contact.getRegion()),
							text(contact.getPostalCode()), text(contact.getCountry()))).replace("; ", ", "))
					.field("Messages", contact.isMayLeaveMessages() ? "May leave messages" : "Do not leave messages");
		}
		List<List<String>> contacts = new ArrayList<>();
		for (EmergencyContact each : patient.getEmergencyContacts()) {
			contacts.add(Layout.row(text(each.getName()), text(each.getRelationship()), text(each.getPhone()), each.getConsentId() == null ? "No consent on file" : "Consent " + each.getConsentId()));
		}
		out.table(List.of("Emergency contact", "Relationship", "Phone", "Consent to contact"), contacts);
		List<List<String>> alerts = new ArrayList<>();
		for (Alert alert : patient.getAlerts()) {
			if (alert.isActive()) {
				alerts.add(Layout.row(Words.of(alert.getKind()), text(alert.getText()), words.date(alert.getSince())));
			}
		}
		out.table(List.of("Alert", "", "Since"), alerts);
		List<List<String>> rows = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (StoredRecord<ClinicalRecord> stored : episodes) {
			EpisodeOfCare episode = (EpisodeOfCare) stored.record();
			PhaseTransition phase = episode.getPhases().isEmpty() ? null : episode.getPhases().get(episode.getPhases().size() - 1);
			LocalDate end = episode.getDischargedOn() != null ? episode.getDischargedOn() : today;
			rows.add(Layout.row(Words.of(episode.getProgramme()), words.date(episode.getAdmittedOn()), words.date(episode.getDischargedOn()),
					episode.getAdmittedOn() == null ? "" : String.valueOf(ChronoUnit.DAYS.between(episode.getAdmittedOn(), end) + 1),
					phase == null ? "" : Words.of(phase.getPhase()), Words.of(episode.getStatus())));
		}
		if (!rows.isEmpty()) {
			out.heading(1, "Episodes of care");
			out.table(List.of("Programme", "Admitted", "Discharged", "Days", "Phase", "Status"), rows);
		}
	}

	private void doses(Layout.Builder out, List<StoredRecord<ClinicalRecord>> doses, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (StoredRecord<ClinicalRecord> stored : doses) {
			DoseAdministration dose = (DoseAdministration) stored.record();
			String notes = Words.joined(List.of(RecordLayouts.missed(dose) ? Words.of(dose.getMissedReason()) : "", text(dose.getNotes()),
					dose.getEnteredInError() == null ? "" : "ENTERED IN ERROR: " + dose.getEnteredInError().getReason(),
					stored.version() > 1 ? "version " + stored.version() : ""));
			rows.add(Layout.row(words.date(dose.getScheduledFor()), Words.of(dose.getOutcome()), dose.getDoseMg() == null ? "" : Words.number(dose.getDoseMg()) + " mg",
					words.time(dose.getAdministeredAt()), staff.apply(dose.getAdministeredBy()), dose.getTakeHomeDoses() == 0 ? "" : String.valueOf(dose.getTakeHomeDoses()), notes));
		}
		out.table(List.of("Day", "Outcome", "Dose", "Time", "By", "Take-home", "Notes"), rows);
	}

	static String name(Patient patient) {
		return Words.joined(List.of(text(patient.getGivenName()), text(patient.getMiddleName()), text(patient.getFamilyName()))).replace(";", "");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
