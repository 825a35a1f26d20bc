package org.cairn.ui.consent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cairn.model.CairnFactory;
import org.cairn.model.Consent;
import org.cairn.model.ConsentStatus;
import org.cairn.model.Disclosure;
import org.cairn.model.DisclosureMethod;
import org.cairn.model.Patient;
import org.cairn.clinical.ConsentRules;
import org.cairn.clinical.Consents;
import org.cairn.export.Releases;
import org.cairn.security.Session;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.Problems;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.data.StoreAccess;
import org.cairn.ui.dialogs.RecordForm;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Chart › Consents and Disclosures: the patient's 42 CFR Part 2 consents (each checked for what §2.31 asks) and the
 * disclosure log, the accounting of what went to whom under which consent. New Consent… records one, Revoke… records
 * its revocation, Disclose Records… hands records to a recipient: only under a consent that covers it, with the notice
 * on every record, and logged. Widget ids: {@code consents.table}, {@code disclosures.table}, {@code consents.new},
 * {@code consents.revoke}, {@code consents.disclose}, {@code consents.summary}.
 */
public class ConsentsDialog extends Dialog {

	private static final int NEW_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int REVOKE_ID = IDialogConstants.CLIENT_ID + 2;
	private static final int DISCLOSE_ID = IDialogConstants.CLIENT_ID + 3;

	private final StoreAccess store;
	private final Consents service;
	private final Releases releases;
	private final Session session;
	private final ChartSummary chart;
	private Table consentsTable;
	private Table disclosuresTable;
	private Label summary;
	private List<Consent> consents = List.of();

	/**
	 * @param store    runs the services' calls in jobs
	 * @param service  reads and records consents
	 * @param releases discloses records
	 */
	public ConsentsDialog(Shell parent, StoreAccess store, Consents service, Releases releases, Session session, ChartSummary chart) {
		super(parent);
		this.store = store;
		this.service = service;
		this.releases = releases;
		this.session = session;
		this.chart = chart;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("consents.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(960, 600);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		heading(area, "consents.heading.consents");
		consentsTable = table(area, "consents.table", new String[] { "signed", "recipients", "information", "expires", "state" },
				new int[] { 100, 230, 300, 110, 160 });
		consentsTable.addListener(SWT.Selection, event -> updateButtons());
		heading(area, "consents.heading.disclosures");
		disclosuresTable = table(area, "disclosures.table", new String[] { "when", "recipient", "purpose", "by", "records", "method" },
				new int[] { 140, 230, 230, 110, 70, 100 });
		summary = new Label(area, SWT.WRAP);
		summary.setData(CairnUi.WIDGET_ID, "consents.summary");
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		summaryData.widthHint = 880;
		summary.setLayoutData(summaryData);
		summary.setText(ConsentRules.NOTICE);
		load();
		return area;
	}

	private static void heading(Composite area, String key) {
		Label label = new Label(area, SWT.NONE);
		label.setText(Messages.get(key));
		label.setData(CairnUi.CSS_CLASS, "SectionHeading");
	}

	private static Table table(Composite area, String id, String[] columns, int[] widths) {
		Table table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CairnUi.WIDGET_ID, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get(id.substring(0, id.indexOf('.')) + ".column." + columns[i]));
			column.setWidth(widths[i]);
		}
		return table;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, NEW_ID, Messages.get("consents.new"), false).setData(CairnUi.WIDGET_ID, "consents.new");
		createButton(parent, REVOKE_ID, Messages.get("consents.revoke"), false).setData(CairnUi.WIDGET_ID, "consents.revoke");
		createButton(parent, DISCLOSE_ID, Messages.get("consents.disclose"), false).setData(CairnUi.WIDGET_ID, "consents.disclose");
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
		updateButtons();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
		case NEW_ID -> newConsent();
		case REVOKE_ID -> revoke();
		case DISCLOSE_ID -> disclose();
		default -> super.buttonPressed(buttonId);
		}
	}

	private String patientId() {
		return chart.patient().getId();
	}

	private record Loaded(List<Consent> consents, List<Disclosure> log) {
	}

	private void load() {
		String patient = patientId();
		store.call(Messages.get("consents.job"), () -> new Loaded(service.consents(session, patient), service.disclosures(session, patient)), this::show, failure -> {
			if (!summary.isDisposed()) {
				summary.setText(failure.message());
			}
		});
	}

	private void show(Loaded loaded) {
		if (consentsTable.isDisposed()) {
			return;
		}
		consents = loaded.consents();
		consentsTable.removeAll();
		LocalDate today = LocalDate.now();
		for (Consent consent : consents) {
			TableItem item = new TableItem(consentsTable, SWT.NONE);
			item.setText(new String[] { String.valueOf(consent.getSignedOn()), recipients(consent), consent.getInformation(),
					consent.getExpiresOn() != null ? consent.getExpiresOn().toString() : String.valueOf(consent.getExpiryEvent()), state(consent, today) });
		}
		disclosuresTable.removeAll();
		for (Disclosure disclosure : loaded.log()) {
			TableItem item = new TableItem(disclosuresTable, SWT.NONE);
			item.setText(new String[] { Messages.dateTime(disclosure.getDisclosedAt()), disclosure.getRecipient(), String.valueOf(disclosure.getPurpose()),
					chart.nameOf(disclosure.getDisclosedBy()), String.valueOf(disclosure.getRecordIds().size()),
					disclosure.getMethod() == null ? "" : Messages.label(disclosure.getMethod()) });
		}
		updateButtons();
	}

	private static String recipients(Consent consent) {
		return consent.isTreatmentPaymentOperations() ? Messages.get("consents.tpo") : String.join("; ", consent.getRecipients());
	}

	private String state(Consent consent, LocalDate today) {
		if (consent.getStatus() == ConsentStatus.REVOKED) {
			return Messages.format("consents.state.revoked", String.valueOf(consent.getRevokedOn()));
		}
		if (consent.getExpiresOn() != null && consent.getExpiresOn().isBefore(today) || consent.getStatus() == ConsentStatus.EXPIRED) {
			return Messages.get("consents.state.expired");
		}
		return ConsentRules.problems(consent).isEmpty() ? Messages.get("consents.state.valid") : Messages.get("consents.state.incomplete");
	}

	private void updateButtons() {
		Button revoke = getButton(REVOKE_ID);
		if (revoke != null) {
			int index = consentsTable.getSelectionIndex();
			revoke.setEnabled(index >= 0 && index < consents.size() && consents.get(index).getStatus() == ConsentStatus.ACTIVE);
		}
	}

	// --- a new consent ----------------------------------------------------------------------------------------

	private void newConsent() {
		RecordForm form = new RecordForm(getShell(), "consent", Messages.get("consent.title"), Messages.get("consent.title"),
				Messages.get("consent.message"), Messages.get("consent.ok"));
		form.text("consent.discloser", Messages.get("consent.discloser"), null)
				.longText("consent.information", Messages.get("consent.information"), null)
				.longText("consent.recipients", Messages.get("consent.recipients"), null)
				.check("consent.tpo", Messages.get("consent.tpo"), false)
				.text("consent.purpose", Messages.get("consent.purpose"), null)
				.date("consent.expiresOn", Messages.get("consent.expiresOn"), null)
				.text("consent.expiryEvent", Messages.get("consent.expiryEvent"), null)
				.check("consent.revocation", Messages.get("consent.revocation"), false)
				.check("consent.refusal", Messages.get("consent.refusal"), false)
				.check("consent.redisclosure", Messages.get("consent.redisclosure"), false)
				.check("consent.counselling", Messages.get("consent.counselling"), false)
				.text("consent.signedBy", Messages.get("consent.signedBy"), Messages.get("consent.signedBy.patient"))
				.text("consent.relationship", Messages.get("consent.relationship"), null)
				.date("consent.signedOn", Messages.get("consent.signedOn"), LocalDate.now());
		form.validate(f -> Problems.words(ConsentRules.problems(build(f))));
		if (form.open() != Window.OK) {
			return;
		}
		Consent consent = build(form);
		store.call(Messages.get("consents.job"), () -> service.record(session, consent), stored -> load(),
				failure -> MessageDialog.openError(getShell(), Messages.get("consents.title"), failure.message()));
	}

	private Consent build(RecordForm form) {
		Consent consent = CairnFactory.eINSTANCE.createConsent();
		consent.setId("consent-" + UUID.randomUUID());
		consent.setPatientId(patientId());
		consent.setEpisodeId(chart.episode() == null ? null : chart.episode().getId());
		consent.setDiscloser(form.get("consent.discloser"));
		consent.setInformation(form.get("consent.information"));
		String recipients = form.get("consent.recipients");
		if (recipients != null) {
			Arrays.stream(recipients.split("\\R")).map(String::strip).filter(r -> !r.isEmpty()).forEach(consent.getRecipients()::add);
		}
		consent.setTreatmentPaymentOperations(Boolean.TRUE.equals(form.get("consent.tpo")));
		consent.setPurpose(form.get("consent.purpose"));
		consent.setExpiresOn(form.get("consent.expiresOn"));
		consent.setExpiryEvent(form.get("consent.expiryEvent"));
		consent.setRevocationExplained(Boolean.TRUE.equals(form.get("consent.revocation")));
		consent.setRefusalConsequencesStated(Boolean.TRUE.equals(form.get("consent.refusal")));
		consent.setRedisclosureStatement(Boolean.TRUE.equals(form.get("consent.redisclosure")));
		consent.setCounsellingNotesIncluded(Boolean.TRUE.equals(form.get("consent.counselling")));
		consent.setSignedBy(form.get("consent.signedBy"));
		consent.setSignerRelationship(form.get("consent.relationship"));
		consent.setSignedOn(form.get("consent.signedOn"));
		consent.setStatus(ConsentStatus.ACTIVE);
		return consent;
	}

	// --- revocation -------------------------------------------------------------------------------------------

	private void revoke() {
		int index = consentsTable.getSelectionIndex();
		if (index < 0 || index >= consents.size()) {
			return;
		}
		Consent chosen = consents.get(index);
		RecordForm form = new RecordForm(getShell(), "revoke", Messages.get("revoke.title"), Messages.get("revoke.title"), Messages.get("revoke.message"),
				Messages.get("revoke.ok"));
		form.date("revoke.on", Messages.get("revoke.on"), LocalDate.now()).check("revoke.reliance", Messages.get("revoke.reliance"), false);
		form.validate(f -> f.get("revoke.on") == null ? List.of(Messages.get("revoke.noDate")) : List.of());
		if (form.open() != Window.OK) {
			return;
		}
		LocalDate on = form.get("revoke.on");
		boolean reliance = Boolean.TRUE.equals(form.get("revoke.reliance"));
		store.call(Messages.get("consents.job"), () -> service.revoke(session, chosen.getId(), on, reliance), stored -> load(), failure -> MessageDialog.openError(getShell(), Messages.get("consents.title"), failure.message()));
	}

	// --- disclosure -------------------------------------------------------------------------------------------

	private void disclose() {
		if (consents.isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.get("disclose.title"), Messages.get("disclose.noConsent"));
			return;
		}
		List<String> labels = consents.stream().map(c -> Messages.format("disclose.consentLabel", String.valueOf(c.getSignedOn()), recipients(c),
				state(c, LocalDate.now()))).toList();
		Set<String> recipients = new LinkedHashSet<>();
		consents.forEach(c -> recipients.addAll(c.getRecipients()));
		RecordForm form = new RecordForm(getShell(), "disclose", Messages.get("disclose.title"), Messages.get("disclose.title"),
				Messages.get("disclose.message"), Messages.get("disclose.ok"));
		form.choice("disclose.consent", Messages.get("disclose.consent"), labels, labels.get(0))
				.suggest("disclose.recipient", Messages.get("disclose.recipient"), new ArrayList<>(recipients), null)
				.text("disclose.purpose", Messages.get("disclose.purpose"), null)
				.choice("disclose.method", Messages.get("disclose.method"), List.of(DisclosureMethod.values()), DisclosureMethod.ELECTRONIC)
				.date("disclose.from", Messages.get("disclose.from"), null).date("disclose.to", Messages.get("disclose.to"), null);
		form.validate(f -> {
			List<String> problems = new ArrayList<>();
			if (f.get("disclose.consent") == null) {
				problems.add(Messages.get("disclose.chooseConsent"));
			} else if (f.get("disclose.recipient") == null) {
				problems.add(Messages.get("disclose.noRecipient"));
			} else if (f.get("disclose.method") == null) {
				problems.add(Messages.get("disclose.noMethod"));
			}
			return problems;
		});
		if (form.open() != Window.OK) {
			return;
		}
		Consent consent = consents.get(labels.indexOf((String) form.get("disclose.consent")));
		String recipient = form.get("disclose.recipient");
		String purpose = form.get("disclose.purpose") == null ? consent.getPurpose() : form.get("disclose.purpose");
		DisclosureMethod method = form.get("disclose.method");
		LocalDate from = form.get("disclose.from");
		LocalDate to = form.get("disclose.to");
		Path file = method == DisclosureMethod.VERBAL ? null : chooseFile();
		if (method != DisclosureMethod.VERBAL && file == null) {
			return;
		}
		Patient patient = chart.patient();
		List<TimelineEntry> timeline = chart.timeline();
		store.call(Messages.get("disclose.job"), () -> disclose(releases, session, patient, timeline, consent, recipient, purpose, method, from, to, file),
				outcome -> {
					if (!getShell().isDisposed()) {
						summary.setText(outcome);
						MessageDialog.openInformation(getShell(), Messages.get("disclose.title"), outcome);
						load();
					}
				}, failure -> MessageDialog.openError(getShell(), Messages.get("disclose.title"), failure.message()));
	}

	/**
	 * Discloses the chart's records of the date range through {@link Releases#disclose}: the consent is checked, what
	 * goes out is written (the notice with every record) and the disclosure logged; says in words what happened. A
	 * refusal writes nothing and is audited.
	 */
	static String disclose(Releases releases, Session session, Patient patient, List<TimelineEntry> timeline, Consent consent, String recipient,
			String purpose, DisclosureMethod method, LocalDate from, LocalDate to, Path file) {
		List<String> chosen = new ArrayList<>();
		for (TimelineEntry entry : timeline) {
			if (entry.kind().equals("Disclosure") || entry.kind().equals("Consent")) {
				continue;
			}
			LocalDate day = entry.occurredAt() == null ? null : entry.occurredAt().atZone(ZoneId.systemDefault()).toLocalDate();
			if (from != null && (day == null || day.isBefore(from)) || to != null && (day == null || day.isAfter(to))) {
				continue;
			}
			chosen.add(entry.recordId());
		}
		Consents.Request request = new Consents.Request(patient.getId(), consent.getId(), recipient, consent.getInformation(), purpose, method, chosen);
		try {
			Disclosure done = releases.disclose(session, request, file, new NullProgressMonitor()).record();
			return file == null ? Messages.format("disclose.doneVerbal", chosen.size(), done.getRecipient())
					: Messages.format("disclose.done", chosen.size(), done.getRecipient(), file.toString());
		} catch (org.cairn.clinical.RefusedException refused) {
			return Messages.format("disclose.refused", String.join(" ", Problems.words(refused.problems())));
		}
	}

	/** Where the disclosed records go; null when the person cancels. */
	protected Path chooseFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.get("disclose.file"));
		dialog.setFilterExtensions(new String[] { "*.pdf", "*" });
		dialog.setFileName("disclosure.pdf");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}
}
