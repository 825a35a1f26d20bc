package org.cairn.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

import org.cairn.clinical.Charts;
import org.cairn.clinical.Consents;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.export.FhirExport;
import org.cairn.export.FormLookup;
import org.cairn.export.Layout;
import org.cairn.export.RecordExport;
import org.cairn.export.Releases;
import org.cairn.export.Reports;
import org.cairn.export.Selection;
import org.cairn.forms.FormRegistry;
import org.cairn.model.Disclosure;
import org.cairn.model.Programme;
import org.cairn.security.Account;
import org.cairn.security.Accounts;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.AuditEvent;
import org.cairn.store.RecordStore;
import org.cairn.store.StoredRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@link Releases} on the record store, the accounts (names, the facility) and the installed forms. */
@Component(service = Releases.class)
public class ReleasesService implements Releases {

	@Reference
	RecordStore store;

	@Reference
	Accounts accounts;

	@Reference
	Charts charts;

	@Reference
	Consents consents;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	volatile FormRegistry forms;

	private final Clock clock;

	public ReleasesService() {
		this.clock = Clock.systemDefaultZone();
	}

	/** For tests and hosts without Declarative Services. */
	public ReleasesService(RecordStore store, Accounts accounts, Charts charts, Consents consents, FormRegistry forms, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.charts = charts;
		this.consents = consents;
		this.forms = forms;
		this.clock = clock;
	}

	@Override
	public void writePdf(Session session, String patientId, Selection selection, String reason, OutputStream out, IProgressMonitor monitor)
			throws IOException {
		charts.require(session, Permission.RECORDS_RELEASE, AuditEvent.Action.EXPORT, "record.export", patientId);
		records().writePdf(patientId, selection, producer(session, reason), out, monitor);
	}

	@Override
	public void writeFhir(Session session, String patientId, Selection selection, String reason, Writer out, IProgressMonitor monitor)
			throws IOException {
		charts.require(session, Permission.RECORDS_RELEASE, AuditEvent.Action.EXPORT, "record.export", patientId);
		new FhirExport(store, staff(), lookup(), clock).write(patientId, selection, producer(session, reason), out, monitor);
	}

	@Override
	public int print(Session session, String patientId, Selection selection, Printer printer, IProgressMonitor monitor) {
		charts.require(session, Permission.RECORDS_RELEASE, AuditEvent.Action.PRINT, "record.print", patientId);
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		RecordExport export = records();
		RecordExport.Producer producer = producer(session, null);
		Layout layout = export.layout(patientId, selection, producer, null, progress.split(4));
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		int pages = printer.print(layout, progress.split(6));
		export.printed(patientId, selection, producer, pages);
		return pages;
	}

	@Override
	public StoredRecord<Disclosure> disclose(Session session, Consents.Request request, Path file, IProgressMonitor monitor) {
		if (file == null) {
			return consents.disclose(session, request, Consents.Output.NONE);
		}
		RecordExport export = records();
		return consents.disclose(session, request, consent -> export.disclosurePdf(request, consent, producer(session, null), file, monitor));
	}

	@Override
	public Reports reports(Session session, Programme programme) {
		if (session == null || !session.has(Permission.REPORTS_READ)) {
			String user = session == null ? null : session.userId();
			if (user != null) {
				store.audit(new AuditEvent(null, user, AuditEvent.thisWorkstation(), null, null, AuditEvent.Action.PERMISSION_DENIED,
						AuditEvent.Outcome.DENIED, Permission.REPORTS_READ.name() + ": reports"));
			}
			throw new RefusedException(session == null ? Problem.of("access.signed-out", "reports")
					: Problem.of("access.denied", Permission.REPORTS_READ.name(), "reports"));
		}
		return new Reports(store, staff(), clock, programme);
	}

	private RecordExport records() {
		return new RecordExport(store, staff(), lookup(), clock);
	}

	private FormLookup lookup() {
		FormRegistry registry = forms;
		return registry == null ? FormLookup.NONE : FormLookup.of(registry);
	}

	private Function<String, String> staff() {
		return RecordExport.staffNames(id -> accounts.find(id).map(Account::displayName));
	}

	private RecordExport.Producer producer(Session session, String reason) {
		return new RecordExport.Producer(accounts.setting(Accounts.FACILITY_NAME).orElse(""), session.userId(), session.displayName(), reason);
	}
}
