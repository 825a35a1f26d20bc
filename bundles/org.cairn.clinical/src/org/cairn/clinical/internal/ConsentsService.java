package org.cairn.clinical.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cairn.clinical.Charts;
import org.cairn.clinical.ConsentRules;
import org.cairn.clinical.Consents;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.CairnFactory;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.Disclosure;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Consents} on the record store. */
@Component(service = Consents.class)
public class ConsentsService implements Consents {

	@Reference
	RecordStore store;

	@Reference
	Charts charts;

	private final Clock clock;

	public ConsentsService() {
		this.clock = Clock.systemDefaultZone();
	}

	/** For tests and hosts without Declarative Services. */
	public ConsentsService(RecordStore store, Charts charts, Clock clock) {
		this.store = store;
		this.charts = charts;
		this.clock = clock;
	}

	@Override
	public List<Consent> consents(Session session, String patientId) {
		Guard.requireReadable(store, charts, session, "consents.read", patientId);
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.READ, patientId, null).with(AuditEvent.Outcome.SUCCESS, "consents"));
		List<Consent> consents = new ArrayList<>();
		for (Consent consent : records(patientId, "Consent", Consent.class)) {
			if (consent.getEnteredInError() == null) {
				consents.add(consent);
			}
		}
		consents.sort(Comparator.comparing((Consent c) -> c.getSignedOn() == null ? LocalDate.MIN : c.getSignedOn()).reversed());
		return consents;
	}

	@Override
	public List<Disclosure> disclosures(Session session, String patientId) {
		Guard.requireReadable(store, charts, session, "disclosures.read", patientId);
		store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.READ, patientId, null).with(AuditEvent.Outcome.SUCCESS, "disclosure log"));
		List<Disclosure> log = new ArrayList<>(records(patientId, "Disclosure", Disclosure.class));
		log.sort(Comparator.comparing(Disclosure::getDisclosedAt).reversed());
		return log;
	}

	private <T extends ClinicalRecord> List<T> records(String patientId, String kind, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (TimelineEntry entry : store.timeline(store.chartOf(patientId), Set.of(kind))) {
			store.read(entry.recordId()).map(StoredRecord::record).filter(type::isInstance).map(type::cast).ifPresent(found::add);
		}
		return found;
	}

	@Override
	public StoredRecord<Consent> record(Session session, Consent consent) {
		Guard.requireChart(store, charts, session, Permission.RECORDS_RELEASE, "consent.record", consent.getPatientId());
		Guard.requireNotMerged(store, session, consent, "consent.record");
		List<Problem> problems = ConsentRules.problems(consent);
		if (!problems.isEmpty()) {
			throw new RefusedException(problems);
		}
		if (consent.getStatus() == null) {
			consent.setStatus(ConsentStatus.ACTIVE);
		}
		return store.save(consent, 0, session.userId(), "consent recorded");
	}

	@Override
	public StoredRecord<Consent> revoke(Session session, String consentId, LocalDate on, boolean actedInReliance) {
		StoredRecord<Consent> stored = consent(consentId).orElseThrow(() -> new RefusedException(Problem.of("consent.unknown")));
		Guard.requireChart(store, charts, session, Permission.RECORDS_RELEASE, "consent.revoke", stored.record().getPatientId());
		if (stored.record().getStatus() != ConsentStatus.ACTIVE) {
			throw new RefusedException(Problem.of("consent.not-active", stored.record().getStatus()));
		}
		if (on == null) {
			throw new RefusedException(Problem.of("consent.revoked-undated"));
		}
		Consent revoked = EcoreUtil.copy(stored.record());
		revoked.setStatus(ConsentStatus.REVOKED);
		revoked.setRevokedOn(on);
		revoked.setActedInRelianceBeforeRevocation(actedInReliance);
		return store.save(revoked, stored.version(), session.userId(), "consent revoked");
	}

	private Optional<StoredRecord<Consent>> consent(String consentId) {
		if (consentId == null) {
			return Optional.empty();
		}
		return store.read(consentId).filter(found -> found.record() instanceof Consent).map(found -> {
			@SuppressWarnings("unchecked")
			StoredRecord<Consent> consent = (StoredRecord<Consent>) (StoredRecord<?>) found;
			return consent;
		});
	}

	@Override
	public StoredRecord<Disclosure> disclose(Session session, Request request, Output output) {
		Guard.requireChart(store, charts, session, Permission.RECORDS_RELEASE, "disclose", request.patientId());
		String chart = store.chartOf(request.patientId());
		Consent consent = consent(request.consentId()).map(StoredRecord::record).orElse(null);
		Problem refusal = ConsentRules.refusal(consent, request.patientId(), request.recipient(), LocalDate.now(clock));
		if (refusal == null && request.recordIds().isEmpty()) {
			refusal = Problem.of("disclose.no-records");
		}
		for (String recordId : request.recordIds()) {
			if (refusal != null) {
				break;
			}
			String owner = store.read(recordId).map(found -> ChartsService.patientOf(found.record())).map(store::chartOf).orElse(null);
			if (!chart.equals(owner)) {
				refusal = Problem.of("disclose.not-the-patients", recordId);
			}
		}
		if (refusal != null) {
			store.audit(AuditEvent.of(session.userId(), AuditEvent.Action.DISCLOSE, request.patientId(), request.consentId())
					.with(AuditEvent.Outcome.DENIED, refusal.code()));
			throw new RefusedException(refusal);
		}
		try {
			output.write(consent);
		} catch (IOException e) {
			throw new StoreException("What was to be disclosed could not be written: " + e.getMessage() + "; nothing was disclosed", e);
		}
		Disclosure disclosure = CairnFactory.eINSTANCE.createDisclosure();
		disclosure.setId("disclosure-" + UUID.randomUUID());
		disclosure.setPatientId(request.patientId());
		disclosure.setConsentId(consent.getId());
		disclosure.setDisclosedAt(clock.instant());
		disclosure.setDisclosedBy(session.userId());
		disclosure.setRecipient(request.recipient().strip());
		disclosure.setInformation(blank(request.information()) ? consent.getInformation() : request.information());
		disclosure.setPurpose(blank(request.purpose()) ? consent.getPurpose() : request.purpose());
		disclosure.setMethod(request.method());
		disclosure.setNoticeAttached(true);
		disclosure.getRecordIds().addAll(request.recordIds());
		AuditEvent disclosed = AuditEvent.of(session.userId(), AuditEvent.Action.DISCLOSE, request.patientId(), disclosure.getId())
				.with(AuditEvent.Outcome.SUCCESS, request.recordIds().size() + " record(s) under consent " + consent.getId() + " by " + request.method());
		return store.save(disclosure, 0, session.userId(), "disclosure to " + disclosure.getRecipient(), disclosed);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
