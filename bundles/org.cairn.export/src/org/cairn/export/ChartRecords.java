package org.cairn.export;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cairn.model.ClinicalRecord;
import org.cairn.model.Patient;
import org.cairn.store.RecordStore;
import org.cairn.store.StoreException;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** A patient and the selected records of their chart, each read once for an export, oldest first. */
record ChartRecords(Patient patient, List<StoredRecord<ClinicalRecord>> records) {

	/**
	 * @throws StoreException            when there is no such patient
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	static ChartRecords read(RecordStore store, String patientId, Selection selection, ZoneId zone, IProgressMonitor monitor) {
		Patient patient = store.read(patientId).map(StoredRecord::record).filter(Patient.class::isInstance).map(Patient.class::cast)
				.orElseThrow(() -> new StoreException("There is no patient " + patientId));
		List<TimelineEntry> entries = store.timeline(patientId).stream().filter(e -> selection.includes(e.recordId(), e.occurredAt(), zone))
				.sorted(Comparator.comparing(TimelineEntry::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + entries.size() + " records", entries.size());
		List<StoredRecord<ClinicalRecord>> records = new ArrayList<>();
		for (TimelineEntry entry : entries) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			store.read(entry.recordId()).ifPresent(records::add);
			progress.worked(1);
		}
		return new ChartRecords(patient, List.copyOf(records));
	}
}
