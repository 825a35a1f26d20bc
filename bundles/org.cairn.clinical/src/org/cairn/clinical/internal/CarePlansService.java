package org.cairn.clinical.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.cairn.clinical.CarePlanRules;
import org.cairn.clinical.CarePlans;
import org.cairn.clinical.Charts;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.CairnFactory;
import org.cairn.model.CarePlan;
import org.cairn.model.CarePlanStatus;
import org.cairn.model.PlanReview;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.SignedContent;
import org.cairn.store.StoredRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link CarePlans} on the record store. */
@Component(service = CarePlans.class)
public class CarePlansService implements CarePlans {

	@Reference
	RecordStore store;

	@Reference
	Charts charts;

	private final Clock clock;

	public CarePlansService() {
		this.clock = Clock.systemDefaultZone();
	}

	/** For tests and hosts without Declarative Services. */
	public CarePlansService(RecordStore store, Charts charts, Clock clock) {
		this.store = store;
		this.charts = charts;
		this.clock = clock;
	}

	@Override
	public StoredRecord<CarePlan> save(Session session, CarePlan plan, int basedOnVersion, String reason) {
		Guard.requireChart(store, charts, session, Permission.PLAN_WRITE, "plan.save", plan.getPatientId());
		Guard.requireNotMerged(store, session, plan, "plan.save");
		CarePlan stored = stored(plan.getId());
		check(session, plan, stored, plan.getStatus() == CarePlanStatus.ACTIVE);
		return store.save(plan, basedOnVersion, session.userId(), reason);
	}

	@Override
	public StoredRecord<CarePlan> sign(Session session, CarePlan plan, int basedOnVersion, String meaning, String reason) {
		Guard.requireChart(store, charts, session, Permission.PLAN_WRITE, "plan.sign", plan.getPatientId());
		CarePlan stored = stored(plan.getId());
		check(session, plan, stored, true);
		CarePlan signed = EcoreUtil.copy(plan);
		if (signed.getStatus() == CarePlanStatus.DRAFT) {
			signed.setStatus(CarePlanStatus.ACTIVE);
		}
		Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId(session.userId());
		signature.setRole(SignerRole.CLINICIAN);
		signature.setSignedAt(clock.instant().truncatedTo(ChronoUnit.SECONDS));
		signature.setMeaning(meaning);
		// the hash of what is signed, so that a change afterwards (in Cairn or outside it) shows
		signature.setContentHash(SignedContent.of(signed));
		signed.getSignatures().add(signature);
		AuditEvent act = AuditEvent.of(session.userId(), AuditEvent.Action.SIGN, signed.getPatientId(), signed.getId())
				.with(AuditEvent.Outcome.SUCCESS, reason);
		return store.save(signed, basedOnVersion, session.userId(), reason, act);
	}

	private CarePlan stored(String id) {
		return store.read(id).map(StoredRecord::record).filter(CarePlan.class::isInstance).map(CarePlan.class::cast).orElse(null);
	}

	private void check(Session session, CarePlan plan, CarePlan stored, boolean inForce) {
		if (inForce) {
			List<Problem> findings = CarePlanRules.check(plan).stream().map(CarePlanRules.Finding::problem).toList();
			if (!findings.isEmpty()) {
				throw new RefusedException(findings);
			}
		}
		List<Signature> before = stored == null ? List.of() : stored.getSignatures();
		for (Signature signature : plan.getSignatures()) {
			if (before.stream().noneMatch(kept -> same(kept, signature))) {
				throw new RefusedException(Problem.of("plan.signature.added", signature.getSignerId()));
			}
		}
		int reviewed = stored == null ? 0 : stored.getReviews().size();
		LocalDate today = LocalDate.now(clock);
		for (PlanReview review : plan.getReviews().subList(Math.min(reviewed, plan.getReviews().size()), plan.getReviews().size())) {
			if (!session.userId().equals(review.getReviewerId())) {
				throw new RefusedException(Problem.of("plan.review.notYours", review.getReviewerId()));
			}
			if (review.getReviewedOn() == null || review.getReviewedOn().isAfter(today)) {
				throw new RefusedException(Problem.of("plan.review.date"));
			}
		}
	}

	private static boolean same(Signature a, Signature b) {
		return Objects.equals(a.getSignerId(), b.getSignerId()) && Objects.equals(a.getSignedAt(), b.getSignedAt())
				&& Objects.equals(a.getContentHash(), b.getContentHash()) && a.getRole() == b.getRole();
	}
}
