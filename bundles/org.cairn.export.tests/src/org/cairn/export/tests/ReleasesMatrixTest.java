package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.cairn.clinical.Consents;
import org.cairn.clinical.RefusedException;
import org.cairn.clinical.internal.ChartsService;
import org.cairn.clinical.internal.ConsentsService;
import org.cairn.export.Releases;
import org.cairn.export.Selection;
import org.cairn.export.internal.ReleasesService;
import org.cairn.model.DisclosureMethod;
import org.cairn.security.Authentication;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.security.internal.JdbcAccounts;
import org.cairn.store.AuditEvent.Action;
import org.cairn.store.AuditQuery;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Every role against every way records leave (a PDF, a FHIR bundle, a disclosure under a consent, the programme's
 * reports), through the release service with no screen: what the role allows goes out and is audited as an export
 * or disclosure; everything else is refused with the reason, writes nothing, and leaves a {@code PERMISSION_DENIED}
 * event ({@link PostgresReleasesMatrixTest}: the same on PostgreSQL).
 */
class ReleasesMatrixTest extends OnAChart {

	private static final char[] PASSWORD = "a long test passphrase".toCharArray();

	/** One way records leave, with the permission it needs and whether it concerns the chart (then reading it is needed too). */
	private record Operation(String name, Permission needs, boolean chart, Consumer<Session> run) {
	}

	private List<Operation> operations(Releases releases) {
		return List.of(new Operation("export a PDF", Permission.RECORDS_RELEASE, true, session -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				releases.writePdf(session, Chart.PATIENT, Selection.all(), "records request", out, new NullProgressMonitor());
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
			assertTrue(out.size() > 0, "a PDF was written");
		}), new Operation("export FHIR", Permission.RECORDS_RELEASE, true, session -> {
			StringWriter out = new StringWriter();
			try {
				releases.writeFhir(session, Chart.PATIENT, Selection.all(), "transfer", out, new NullProgressMonitor());
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
			assertTrue(out.toString().contains("\"resourceType\""), "a bundle was written");
		}), new Operation("disclose under a consent", Permission.RECORDS_RELEASE, true, session -> {
			Consents.Request request = new Consents.Request(Chart.PATIENT, Chart.CONSENT, Chart.RECIPIENT, null, null, DisclosureMethod.PRINT,
					List.of(Chart.NOTE));
			java.nio.file.Path file = folder.resolve("disclosure-" + session.userId() + ".pdf");
			try {
				releases.disclose(session, request, file, new NullProgressMonitor());
			} finally {
				// a refusal writes no file
				assertEquals(session.has(Permission.RECORDS_RELEASE) && session.has(Permission.CLINICAL_READ), java.nio.file.Files.exists(file), file.toString());
			}
		}), new Operation("read the reports", Permission.REPORTS_READ, false, session -> releases.reports(session, null)));
	}

	@Test
	void everyRoleReleasesWhatItsPermissionsAllowAndIsRefusedTheRestWithAnAuditEvent() {
		JdbcAccounts accounts = new JdbcAccounts(store, CLOCK);
		accounts.setUp("Harbour Light Recovery Centre", "site.admin", "Sam Admin", PASSWORD);
		ChartsService charts = new ChartsService(store, accounts);
		Releases releases = new ReleasesService(store, accounts, charts, new ConsentsService(store, charts, CLOCK), null, CLOCK);
		List<String> mismatches = new ArrayList<>();
		int tried = 0;
		for (String role : accounts.roles()) {
			String id = "staff." + role;
			accounts.create(id, id, Set.of(role), PASSWORD, "site.admin");
			Session session = new Session((Authentication.Success) accounts.authenticate(id, PASSWORD), NOW);
			for (Operation operation : operations(releases)) {
				tried++;
				boolean permitted = session.has(operation.needs());
				boolean allowed = permitted && (!operation.chart() || session.has(Permission.CLINICAL_READ));
				int deniedBefore = denied(id);
				int leftBefore = left(id);
				try {
					operation.run().accept(session);
					if (!allowed) {
						mismatches.add(role + " was let " + operation.name());
					} else if (operation.chart() && left(id) != leftBefore + 1) {
						mismatches.add(role + ": " + operation.name() + " was not audited as records leaving");
					}
				} catch (RefusedException e) {
					if (allowed) {
						mismatches.add(role + " was refused " + operation.name() + ": " + e.problem().code());
						continue;
					}
					assertEquals(leftBefore, left(id), "nothing left: " + role + ", " + operation.name());
					if (!permitted) {
						assertEquals("access.denied", e.problem().code(), role + ", " + operation.name());
						assertEquals(operation.needs().name(), e.problem().arg(0), role + ", " + operation.name());
						assertEquals(deniedBefore + 1, denied(id), "the refusal is audited: " + role + ", " + operation.name());
					} else {
						assertEquals("chart.outside-caseload", e.problem().code(), role + ", " + operation.name());
					}
				}
			}
		}
		assertEquals(List.of(), mismatches);
		assertEquals(accounts.roles().size() * 4, tried);
		assertTrue(accounts.roles().contains("intake") && accounts.roles().contains("clinician"), "the matrix has both sides");
		assertFalse(store.auditEntries(new AuditQuery(null, "staff.intake", Action.PERMISSION_DENIED, null, null, 10)).isEmpty());
	}

	private int denied(String user) {
		return store.auditEntries(new AuditQuery(null, user, Action.PERMISSION_DENIED, null, null, 100)).size();
	}

	/** Records that left under {@code user}: exports and disclosures. */
	private int left(String user) {
		return store.auditEntries(new AuditQuery(null, user, Action.EXPORT, null, null, 100)).size()
				+ store.auditEntries(new AuditQuery(null, user, Action.DISCLOSE, null, null, 100)).size();
	}
}
