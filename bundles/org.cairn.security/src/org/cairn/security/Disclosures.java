package org.cairn.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cairn.model.CairnFactory;
import org.cairn.model.Consent;
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.TimelineEntry;

/**
 * Disclosures of a patient's records to a recipient (42 CFR Part 2 §2.32): each needs a consent that covers it, is
 * kept as a {@link Disclosure} record (what, to whom, when, why, under which consent) and audited as DISCLOSE; a
 * refused one is audited as DISCLOSE, DENIED with the reason. What goes out carries {@link PartTwo#NOTICE}.
 */
public final class Disclosures {

	/**
	 * What is to be disclosed.
	 *
	 * @param recordIds the records that go out (their ids)
	 */
	public record Request(String patientId, String consentId, String recipient, String information, String purpose, DisclosureMethod method,
			List<String> recordIds) {
		public Request {
			recordIds = List.copyOf(recordIds);
		}
	}

	/** A disclosure that was allowed and logged: the record of it, the consent it was made under, and the notice. */
	public record Package(Disclosure disclosure, Consent consent, String notice) {
	}

	/** Writes what goes out (the records with the notice), once the consent is known to cover it. */
	@FunctionalInterface
	public interface Output {
		void write(Consent consent) throws java.io.IOException;
	}

	/** A disclosure that was not allowed, with the reason to show. Nothing went out and the refusal was audited. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String reason) {
			super(reason);
		}
	}

	private final RecordStore store;
	private final Clock clock;

	public Disclosures(RecordStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The patient's consents, newest first, entered-in-error ones left out. */
	public List<Consent> consents(String patientId) {
		List<Consent> consents = new ArrayList<>();
		for (TimelineEntry entry : store.timeline(patientId, Set.of("Consent"))) {
			store.read(entry.recordId()).ifPresent(stored -> {
				if (stored.record() instanceof Consent consent && consent.getEnteredInError() == null) {
					consents.add(consent);
				}
			});
		}
		consents.sort(Comparator.comparing((Consent c) -> c.getSignedOn() == null ? LocalDate.MIN : c.getSignedOn()).reversed());
		return consents;
	}

	/** The consents that would cover a disclosure to {@code recipient} today. */
	public List<Consent> covering(String patientId, String recipient) {
		LocalDate today = LocalDate.now(clock);
		return consents(patientId).stream().filter(c -> PartTwo.refusal(c, patientId, recipient, today) == null).toList();
	}

	/**
	 * Checks the request against its consent, then logs it: a {@link Disclosure} record and a DISCLOSE audit event.
	 *
	 * @throws Refused when no valid consent covers it (audited too)
	 */
	public Package disclose(Request request, String by) throws Refused {
		return disclose(request, by, consent -> {
			// told in person: nothing is written
		});
	}

	/**
	 * Checks the request against its consent, has {@code output} write what goes out, and only then logs it: a
	 * {@link Disclosure} record and a DISCLOSE audit event. Nothing is written for a refused request, and nothing is
	 * logged when writing fails.
	 *
	 * @throws Refused       when no valid consent covers it (audited too)
	 * @throws StoreException when the output cannot be written (said with its reason)
	 */
	public Package disclose(Request request, String by, Output output) throws Refused {
		Instant now = clock.instant();
		Consent consent = request.consentId() == null ? null
				: store.read(request.consentId()).map(stored -> stored.record()).filter(Consent.class::isInstance).map(Consent.class::cast).orElse(null);
		String refusal = request.consentId() != null && consent == null ? "There is no consent " + request.consentId() + "."
				: PartTwo.refusal(consent, request.patientId(), request.recipient(), LocalDate.now(clock));
		if (refusal == null && request.recordIds().isEmpty()) {
			refusal = "Choose the records to disclose.";
		}
		if (refusal != null) {
			store.audit(AuditEvent.of(by, AuditEvent.Action.DISCLOSE, request.patientId(), request.consentId())
					.with(AuditEvent.Outcome.DENIED, refusal.length() > 1000 ? refusal.substring(0, 1000) : refusal));
			throw new Refused(refusal);
		}
		try {
			output.write(consent);
		} catch (java.io.IOException e) {
			throw new StoreException("What was to be disclosed could not be written: " + e.getMessage() + "; nothing was disclosed", e);
		}
		Disclosure disclosure = CairnFactory.eINSTANCE.createDisclosure();
		disclosure.setId("disclosure-" + UUID.randomUUID());
		disclosure.setPatientId(request.patientId());
		disclosure.setConsentId(consent.getId());
		disclosure.setDisclosedAt(now);
		disclosure.setDisclosedBy(by);
		disclosure.setRecipient(request.recipient().strip());
		disclosure.setInformation(request.information() == null || request.information().isBlank() ? consent.getInformation() : request.information());
		disclosure.setPurpose(request.purpose() == null || request.purpose().isBlank() ? consent.getPurpose() : request.purpose());
		disclosure.setMethod(request.method());
		disclosure.setNoticeAttached(true);
		disclosure.getRecordIds().addAll(request.recordIds());
		Disclosure stored = store.save(disclosure, 0, by, "disclosure to " + disclosure.getRecipient()).record();
		store.audit(AuditEvent.of(by, AuditEvent.Action.DISCLOSE, request.patientId(), stored.getId()).with(AuditEvent.Outcome.SUCCESS,
				request.recordIds().size() + " record(s) under consent " + consent.getId() + " by " + request.method()));
		return new Package(stored, consent, PartTwo.NOTICE);
	}

	/** The patient's disclosure log (the accounting of disclosures), newest first. */
	public List<Disclosure> log(String patientId) {
		List<Disclosure> log = new ArrayList<>();
		for (TimelineEntry entry : store.timeline(patientId, Set.of("Disclosure"))) {
			store.read(entry.recordId()).map(stored -> stored.record()).filter(Disclosure.class::isInstance).map(Disclosure.class::cast)
					.ifPresent(log::add);
		}
		log.sort(Comparator.comparing(Disclosure::getDisclosedAt).reversed());
		return log;
	}

	/** A consent by id. */
	public Optional<Consent> consent(String consentId) {
		return store.read(consentId).map(stored -> stored.record()).filter(Consent.class::isInstance).map(Consent.class::cast);
	}
}
