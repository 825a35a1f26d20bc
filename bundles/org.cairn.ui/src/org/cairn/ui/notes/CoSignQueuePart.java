package org.cairn.ui.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.WorkItem;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A supervisor's co-signature queue: every signed note that needs a co-signature and has none yet, oldest first,
 * across the facility. Enter opens the note, where Co-sign is. The queue is read again whenever the workbench
 * stores records.
 */
public class CoSignQueuePart {

	/** How many notes the queue lists at most; the oldest come first. */
	static final int LIMIT = 500;

	/** One line of the queue: the note, the patient's name as the list shows it, the service and the author's name. */
	record Row(WorkItem item, String patientName, String service, String authorName) {
	}

	@Inject
	private StoreAccess store;
	@Inject
	private IEventBroker events;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;
	/** The queue comes from the notes service: the charts open to the person only. */
	@Inject
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.clinical.Notes notes;
	@Inject
	private Session signedIn;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	@org.eclipse.e4.core.di.extensions.Service
	private org.cairn.security.Accounts accounts;

	private TableViewer table;
	private Label summary;
	private final EventHandler recordsChanged = event -> load();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setData(CairnUi.WIDGET_ID, "cosign.summary");
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		summaryData.widthHint = 200; // wraps to the list's width rather than widening it
		summary.setLayoutData(summaryData);
		summary.setText(Messages.get("cosign.loading"));
		table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		table.getTable().setData(CairnUi.WIDGET_ID, "cosign.table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("cosign.column.when", 150, row -> Messages.dateTime(row.item().occurredAt()));
		column("cosign.column.patient", 130, Row::patientName);
		column("cosign.column.service", 110, Row::service);
		column("cosign.column.author", 110, Row::authorName);
		table.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Row row) {
				Notes.open(parts, model, application, row.item().recordId(), row.item().patientId(), null);
			}
		});
		events.subscribe(CairnUi.TOPIC_RECORDS_CHANGED, recordsChanged);
		load();
	}

	private void column(String key, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(Messages.get(key));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	private void load() {
		Session session = signedIn;
		if (!session.has(Permission.CLINICAL_READ)) {
			summary.setText(session.refusal(Permission.CLINICAL_READ));
			return;
		}
		org.cairn.security.Accounts people = accounts;
		store.call(Messages.get("cosign.job"), () -> {
			List<Row> rows = new ArrayList<>();
			// people by name, not by login id
			Map<String, String> staff = people == null ? Map.of() : people.names();
			for (org.cairn.clinical.Notes.Awaiting waiting : notes.awaitingCoSignature(session, LIMIT)) {
				WorkItem item = waiting.item();
				String author = item.author() == null ? "" : staff.getOrDefault(item.author(), item.author());
				rows.add(new Row(item, waiting.patientName(), waiting.service() == null ? "" : Messages.label(waiting.service()), author));
			}
			return rows;
		}, rows -> {
			if (table.getTable().isDisposed()) {
				return;
			}
			table.setInput(rows);
			// every column as wide as its widest text, so that nothing is cut off
			for (org.eclipse.swt.widgets.TableColumn column : table.getTable().getColumns()) {
				int least = column.getWidth();
				column.pack();
				column.setWidth(Math.max(least, column.getWidth()));
			}
			summary.setText(rows.isEmpty() ? Messages.get("cosign.none") : Messages.format("cosign.some", rows.size(),
					Messages.dateTime(rows.get(0).item().occurredAt() == null ? Instant.now() : rows.get(0).item().occurredAt())));
		}, failure -> {
			if (!summary.isDisposed()) {
				summary.setText(failure.message());
			}
		});
	}

	@Focus
	public void setFocus() {
		table.getTable().setFocus();
	}

	@PreDestroy
	public void dispose() {
		events.unsubscribe(recordsChanged);
	}
}
