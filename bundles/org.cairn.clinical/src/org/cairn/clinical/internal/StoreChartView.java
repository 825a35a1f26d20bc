package org.cairn.clinical.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.clinical.ChartView;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Patient;
import org.cairn.store.DoseEntry;
import org.cairn.store.RecordStore;
import org.cairn.store.ScoreEntry;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;

/** {@link ChartView} on the record store, for one chart {@link ChartsService#view} let the person read. */
final class StoreChartView implements ChartView {

	private final RecordStore store;
	private final String patientId;

	StoreChartView(RecordStore store, String patientId) {
		this.store = store;
		this.patientId = patientId;
	}

	@Override
	public String patientId() {
		return patientId;
	}

	@Override
	public Patient patient() {
		return store.read(patientId).map(StoredRecord::record).filter(Patient.class::isInstance).map(Patient.class::cast)
				.orElseThrow(() -> new RefusedException(Problem.of("chart.unknown", patientId)));
	}

	@Override
	public List<TimelineEntry> timeline(Set<String> kinds) {
		return kinds == null ? store.timeline(patientId) : store.timeline(patientId, kinds);
	}

	@Override
	public <T extends ClinicalRecord> List<StoredRecord<T>> records(Class<T> type, Set<String> kinds) {
		List<StoredRecord<T>> found = new ArrayList<>();
		for (TimelineEntry entry : timeline(kinds)) {
			store.read(entry.recordId()).filter(stored -> type.isInstance(stored.record())).ifPresent(stored -> {
				@SuppressWarnings("unchecked")
				StoredRecord<T> typed = (StoredRecord<T>) (StoredRecord<?>) stored;
				found.add(typed);
			});
		}
		return found;
	}

	@Override
	public Optional<StoredRecord<ClinicalRecord>> record(String recordId) {
		return store.read(recordId).filter(stored -> {
			String owner = ChartsService.patientOf(stored.record());
			return owner != null && patientId.equals(store.chartOf(owner));
		});
	}

	@Override
	public List<ScoreEntry> responses(String formId) {
		return store.responses(patientId, formId);
	}

	@Override
	public List<DoseEntry> doses(LocalDate from, LocalDate to) {
		return store.doses(patientId, from, to);
	}
}
