package org.cairn.ui.trends;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cairn.model.CairnFactory;
import org.cairn.model.EpisodeOfCare;
import org.cairn.model.VitalSigns;
import org.cairn.security.Permission;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.ui.chart.ChartSummary;
import org.cairn.ui.dialogs.RecordForm;
import org.cairn.ui.security.Access;
import org.cairn.ui.trends.Trend.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The vital signs of {@link TrendsPart}'s detox flowsheet: the episode's readings (read through the chart's view), the
 * pulse against hours since last use with COWS item 1's bands, the table of readings, and Record Vital Signs, stored
 * through the medications service under its rules ({@link org.cairn.clinical.VitalsRules}). A reading whose save failed
 * is offered again.
 */
final class VitalsSection {

	private final TrendsPart part;
	private Label vitalsState;
	private Composite vitalsArea;
	/** Vital signs whose save failed, offered again in the dialog. */
	private VitalSigns pendingVitals;
	/** The last save's message, kept until another chart is shown. */
	private String vitalsMessage;

	VitalsSection(TrendsPart part) {
		this.part = part;
	}

	/** Another chart is shown: what was said and what failed to save belong to the last one. */
	void forget() {
		vitalsMessage = null;
		pendingVitals = null;
	}

	/** The section for {@code episode}: its heading, Record Vital Signs, the readings read in a job. */
	void show(EpisodeOfCare episode) {
		part.heading(Messages.get("vitals.title"), "vitals.title");
		Button record = new Button(part.content, SWT.PUSH);
		record.setText(Messages.get("vitals.record"));
		record.setData(CairnUi.WIDGET_ID, "vitals.record");
		record.addListener(SWT.Selection, event -> recordVitals());
		vitalsState = part.note(Messages.get("vitals.loading"), "vitals.state");
		vitalsArea = new Composite(part.content, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		vitalsArea.setLayout(layout);
		vitalsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		loadVitals(episode);
	}

	/** Reads the episode's vital signs in a job: the timeline's VitalSigns rows, then each record. */
	private void loadVitals(EpisodeOfCare episode) {
		String patientId = part.chart.patient().getId();
		ChartSummary shown = part.chart;
		LocalDate from = episode == null ? null : episode.getAdmittedOn();
		LocalDate to = episode == null ? null : episode.getDischargedOn();
		org.cairn.security.Session signedIn = part.session;
		part.store.call(Messages.get("vitals.job.read"), () -> {
			org.cairn.clinical.ChartView view = part.charts.view(signedIn, patientId);
			List<VitalSigns> readings = new ArrayList<>();
			for (TimelineEntry entry : view.timeline(Set.of("VitalSigns"))) {
				if (entry.occurredAt() != null && inRange(entry.occurredAt(), from, to) && readings.size() < TrendsPart.MAX_VITALS) {
					view.record(entry.recordId()).map(StoredRecord::record).filter(VitalSigns.class::isInstance)
							.map(VitalSigns.class::cast).ifPresent(readings::add);
				}
			}
			return readings;
		}, readings -> {
			if (vitalsArea == null || vitalsArea.isDisposed() || shown != part.chart) {
				return;
			}
			showVitals(episode, Vitals.inOrder(readings));
		}, failure -> {
			if (vitalsState != null && !vitalsState.isDisposed()) {
				vitalsState.setText(failure.message());
			}
		});
	}

	private static boolean inRange(java.time.Instant at, LocalDate from, LocalDate to) {
		LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();
		// A reading from the day before admission (the emergency department, the night of arrival) belongs here too.
		return (from == null || !day.isBefore(from.minusDays(1))) && (to == null || !day.isAfter(to));
	}

	private void showVitals(EpisodeOfCare episode, List<VitalSigns> readings) {
		for (Control child : vitalsArea.getChildren()) {
			child.dispose();
		}
		if (readings.isEmpty()) {
			vitalsState.setText(vitalsMessage == null ? Messages.get("vitals.none") : vitalsMessage);
		} else {
			vitalsState.setText(vitalsMessage == null ? "" : vitalsMessage);
			java.time.Instant lastUse = episode == null ? null : episode.getLastUseAt();
			if (lastUse != null) {
				Trend trend = Vitals.pulseSinceLastUse(Messages.get("vitals.chart"), lastUse, readings);
				String text = vitalsSummary(trend, readings);
				TrendChart drawn = new TrendChart(vitalsArea);
				drawn.setData(CairnUi.WIDGET_ID, "vitals.chart");
				drawn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				drawn.setTrend(trend, text);
				Label summary = new Label(vitalsArea, SWT.WRAP);
				summary.setData(CairnUi.WIDGET_ID, "vitals.summary");
				summary.setText(text);
				GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
				data.widthHint = 300;
				summary.setLayoutData(data);
			}
			vitalsTable(lastUse, readings);
		}
		part.content.layout(true, true);
		part.resize();
	}

	private String vitalsSummary(Trend trend, List<VitalSigns> readings) {
		List<Point> points = trend.points();
		if (points.isEmpty()) {
			return Messages.format("vitals.summary.noPulse", readings.size());
		}
		Point last = points.get(points.size() - 1);
		return Messages.format("vitals.summary", readings.size(), Trends.format(last.y()), Trends.format(last.x()),
				Vitals.cowsPulseScore((int) last.y()));
	}

	/** Newest first, as a nurse reads a flowsheet: the latest readings at the top. */
	private void vitalsTable(java.time.Instant lastUse, List<VitalSigns> readings) {
		Table table = new Table(vitalsArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CairnUi.WIDGET_ID, "vitals.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] keys = { "takenAt", "hours", "pulse", "pressure", "respiration", "temperature", "saturation", "by" };
		int[] widths = { 160, 125, 60, 80, 50, 85, 75, 110 };
		for (int i = 0; i < keys.length; i++) {
			TableColumn column = new TableColumn(table, i >= 2 && i <= 6 ? SWT.RIGHT : SWT.LEFT);
			column.setText(Messages.get("vitals.column." + keys[i]));
			column.setWidth(widths[i]);
		}
		List<VitalSigns> newestFirst = new ArrayList<>(readings);
		java.util.Collections.reverse(newestFirst);
		for (VitalSigns vitals : newestFirst) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Messages.dateTime(vitals.getTakenAt()), Vitals.hoursSince(lastUse, vitals), text(vitals.getPulseBpm()),
					Vitals.bloodPressure(vitals), text(vitals.getRespiratoryRate()),
					vitals.getTemperatureCelsius() == null ? "" : vitals.getTemperatureCelsius().toPlainString(), text(vitals.getOxygenSaturation()),
					vitals.getTakenBy() == null ? "" : vitals.getTakenBy() });
		}
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = table.getHeaderHeight() + table.getItemHeight() * Math.min(8, Math.max(2, newestFirst.size())) + 4;
		table.setLayoutData(data);
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * The vital signs dialog; OK stores the readings in a job. When the save fails, what was entered is kept and
	 * offered again the next time the dialog opens.
	 */
	private void recordVitals() {
		if (!Access.check(part.content.getShell(), part.accounts, part.session, Permission.MEDICATION_ADMINISTER, Messages.get("meds.administer.action"), null)) {
			return;
		}
		if (part.chart == null) {
			return;
		}
		VitalSigns initial = pendingVitals;
		RecordForm form = new RecordForm(part.content.getShell(), "vitals", Messages.get("vitals.dialog.title"), Messages.get("vitals.dialog.heading"),
				Messages.get("vitals.dialog.message"), Messages.get("vitals.dialog.ok"))
				.dateTime("vitals.takenAt", Messages.get("vitals.field.takenAt"),
						initial != null ? initial.getTakenAt() : java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
				.integer("vitals.pulse", Messages.get("vitals.field.pulse"), initial == null ? null : initial.getPulseBpm())
				.integer("vitals.systolic", Messages.get("vitals.field.systolic"), initial == null ? null : initial.getSystolicMmHg())
				.integer("vitals.diastolic", Messages.get("vitals.field.diastolic"), initial == null ? null : initial.getDiastolicMmHg())
				.integer("vitals.respiration", Messages.get("vitals.field.respiration"), initial == null ? null : initial.getRespiratoryRate())
				.number("vitals.temperature", Messages.get("vitals.field.temperature"), initial == null ? null : initial.getTemperatureCelsius())
				.integer("vitals.saturation", Messages.get("vitals.field.saturation"), initial == null ? null : initial.getOxygenSaturation())
				.longText("vitals.comment", Messages.get("vitals.field.comment"), initial == null ? null : initial.getComment())
				.validate(f -> Vitals.problems(vitalsFrom(f), java.time.Instant.now()));
		if (form.open() != RecordForm.OK) {
			return;
		}
		VitalSigns vitals = vitalsFrom(form);
		vitals.setId(initial != null ? initial.getId() : "vs-" + UUID.randomUUID());
		vitals.setPatientId(part.chart.patient().getId());
		vitals.setEpisodeId(part.chart.episode() == null ? null : part.chart.episode().getId());
		saveVitals(vitals);
	}

	private static VitalSigns vitalsFrom(RecordForm form) {
		VitalSigns vitals = CairnFactory.eINSTANCE.createVitalSigns();
		vitals.setTakenAt(form.get("vitals.takenAt"));
		vitals.setPulseBpm(form.get("vitals.pulse"));
		vitals.setSystolicMmHg(form.get("vitals.systolic"));
		vitals.setDiastolicMmHg(form.get("vitals.diastolic"));
		vitals.setRespiratoryRate(form.get("vitals.respiration"));
		vitals.setTemperatureCelsius(form.get("vitals.temperature"));
		vitals.setOxygenSaturation(form.get("vitals.saturation"));
		vitals.setComment(form.get("vitals.comment"));
		return vitals;
	}

	private void saveVitals(VitalSigns vitals) {
		org.cairn.security.Session signedIn = part.session;
		String patientId = part.chart.patient().getId();
		ChartSummary shown = part.chart;
		pendingVitals = vitals;
		vitalsState.setText(Messages.get("vitals.saving"));
		part.store.call(Messages.get("vitals.job.save"), () -> part.medications.recordVitals(signedIn, vitals, Messages.get("vitals.reason")), stored -> {
			pendingVitals = null;
			vitalsMessage = Messages.get("vitals.saved");
			if (shown == part.chart && vitalsArea != null && !vitalsArea.isDisposed()) {
				vitalsState.setText(vitalsMessage);
				loadVitals(shown.episode());
			}
			part.events.post(CairnUi.TOPIC_RECORDS_CHANGED, patientId);
		}, failure -> {
			if (vitalsState != null && !vitalsState.isDisposed()) {
				vitalsState.setText(Messages.format("vitals.saveFailed", failure.message()));
			}
		});
	}
}
