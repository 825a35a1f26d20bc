package org.cairn.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

import org.cairn.clinical.Consents;
import org.cairn.model.Disclosure;
import org.cairn.model.Programme;
import org.cairn.security.Session;
import org.cairn.store.StoredRecord;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The one door through which patients' records leave Cairn, for every caller (the workbench's Export Record, Print
 * Record and Consents and Disclosures, and {@code cairn admin export}): a release of records needs the permission to
 * release records on a chart open to the person ({@link org.cairn.clinical.Charts#require}); each release is audited
 * ({@code EXPORT}, {@code PRINT}, {@code DISCLOSE}) under the signed-in person with what went out and why; a disclosure
 * goes out only under a consent that covers it ({@link Consents#disclose}). Reports, which name no patient, need the
 * permission to read reports.
 */
public interface Releases {

	/** Prints a laid-out record on a printer the caller chose; returns the number of pages printed. */
	@FunctionalInterface
	interface Printer {
		int print(Layout layout, IProgressMonitor monitor);
	}

	/**
	 * Writes the selected records of a patient as a PDF to {@code out}, audited as {@code EXPORT} once written.
	 *
	 * @param reason why the records go out (a records request, a transfer), kept in the audit event; null when not said
	 * @throws org.cairn.clinical.RefusedException {@code access.denied}, {@code chart.outside-caseload}
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled: nothing is audited
	 */
	void writePdf(Session session, String patientId, Selection selection, String reason, OutputStream out, IProgressMonitor monitor)
			throws IOException;

	/** The selected records as a FHIR R4 Bundle (JSON), under the same rules and audit as {@link #writePdf}. */
	void writeFhir(Session session, String patientId, Selection selection, String reason, Writer out, IProgressMonitor monitor) throws IOException;

	/**
	 * Lays the selected records out and hands them to {@code printer}; audited as {@code PRINT} with the pages printed.
	 *
	 * @return the pages printed
	 */
	int print(Session session, String patientId, Selection selection, Printer printer, IProgressMonitor monitor);

	/**
	 * Discloses the request's records as a PDF at {@code file}, or in person with no file ({@code file} null): the consent
	 * is checked first, the PDF carries the disclosure page and the 42 CFR Part 2 notice on every page, and only a
	 * written file is logged as a disclosure. A refused request writes nothing; a file that could not be finished is not
	 * left (a file it was to replace stays as it was).
	 *
	 * @throws org.cairn.clinical.RefusedException as {@link Consents#disclose}
	 */
	StoredRecord<Disclosure> disclose(Session session, Consents.Request request, Path file, IProgressMonitor monitor);

	/**
	 * The programme's reports, counted from the record store.
	 *
	 * @param programme the one programme to count, or null for all
	 * @throws org.cairn.clinical.RefusedException {@code access.denied} without the permission to read reports
	 */
	Reports reports(Session session, Programme programme);
}
