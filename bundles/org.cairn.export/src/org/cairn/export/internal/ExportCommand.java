package org.cairn.export.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.admin.UsageException;
import org.cairn.export.Report;
import org.cairn.export.Releases;
import org.cairn.export.Reports;
import org.cairn.export.Selection;
import org.cairn.export.WholeFile;
import org.cairn.model.Programme;
import org.cairn.clinical.Problem;
import org.cairn.clinical.RefusedException;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.PatientMatch;
import org.cairn.store.RecordStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cairn admin export}: records and reports out without the workbench, as the workbench writes them: one
 * patient's record, every patient's (a programme that closes must still answer every request for records), or a report
 * as CSV. Exports are audited as EXPORT with the reason given; files are written whole or not at all (Ctrl+C cancels
 * and removes the file being written).
 */
@Component(service = AdminCommand.class)
public class ExportCommand extends DeclaredCommand<ExportCommand.Action> {

	sealed interface Action permits RecordOf, All, ReportOf {
	}

	@Command(name = "export", subcommands = { RecordOf.class, All.class, ReportOf.class })
	static final class Export {
	}

	/** How a record is written. */
	enum Format {
		/** Laid out for reading, as the workbench's Export Record writes it. */
		PDF,
		/** A FHIR R4 Bundle (JSON). */
		FHIR;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	@Command(name = "record", description = { "One patient's record (found by MRN), all of it or from --from to --to, as the workbench's"
			+ " Export Record writes it: PDF laid out for reading, or a FHIR R4 Bundle (JSON)." })
	static final class RecordOf implements Action {
		@Option(names = "--patient", required = true, paramLabel = "MRN", description = "The patient's medical record number.")
		String mrn;

		@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}.")
		Format format;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; never one that exists.")
		Path out;

		@Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the record is released; audited.")
		String reason;

		@Option(names = "--from", paramLabel = "DATE", description = "The first day (yyyy-mm-dd).")
		LocalDate from;

		@Option(names = "--to", paramLabel = "DATE", description = "The last day (yyyy-mm-dd).")
		LocalDate to;
	}

	@Command(name = "all", description = "Every patient's record, one file per patient named by MRN, into a new or empty folder.")
	static final class All implements Action {
		@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}.")
		Format format;

		@Option(names = "--out", required = true, paramLabel = "FOLDER", description = "A new or empty folder.")
		Path out;

		@Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the records are released; audited.")
		String reason;
	}

	/** The reports that can be exported. */
	enum Kind {
		CENSUS, CASELOAD, RETENTION, SCORES, SCREENS;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	@Command(name = "report", description = { "A report's table as CSV.",
			"retention, scores and screens cover --from to --to (default: the last twelve months), census and caseload today." })
	static final class ReportOf implements Action {
		@Parameters(paramLabel = "REPORT", description = "${COMPLETION-CANDIDATES}.")
		Kind kind;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; never one that exists.")
		Path out;

		@Option(names = "--from", paramLabel = "DATE", description = "The first day (yyyy-mm-dd).")
		LocalDate from;

		@Option(names = "--to", paramLabel = "DATE", description = "The last day (yyyy-mm-dd).")
		LocalDate to;

		@Option(names = "--programme", paramLabel = "PROGRAMME", converter = ProgrammeName.class,
				description = "Counts one programme only: Detox, Residential, IOP, OTP, OBOT or Outpatient.")
		Programme programme;
	}

	/** A programme by its name (OPIOID_TREATMENT_PROGRAM, opioid-treatment-program) or short name (OTP). */
	static final class ProgrammeName implements ITypeConverter<Programme> {
		@Override
		public Programme convert(String value) {
			String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
			for (Programme each : Programme.values()) {
				if (each.name().equals(name) || Reports.shortName(each).toUpperCase(Locale.ROOT).equals(name)) {
					return each;
				}
			}
			throw new TypeConversionException(value + " is not a programme; say one of "
					+ java.util.Arrays.stream(Programme.values()).map(Reports::shortName).toList());
		}
	}

	@Reference
	ComponentServiceObjects<RecordStore> store;

	@Reference
	ComponentServiceObjects<Releases> releases;

	private final RecordStore directStore;
	private final Releases directReleases;

	public ExportCommand() {
		this.directStore = null;
		this.directReleases = null;
	}

	/** For tests and hosts without Declarative Services. */
	public ExportCommand(RecordStore store, Releases releases) {
		this.directStore = store;
		this.directReleases = releases;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "Export patients' records (PDF, FHIR R4) and reports (CSV)";
	}

	@Override
	public Object options() {
		return new Export();
	}

	@Override
	public String description() {
		return """
				Records are a release of information: --reason says why (a records request, a transfer, the
				programme's closure) and goes into the audit log with each export, in the name of the account that
				signed in (CAIRN_ADMIN_USER). That account's role must allow releasing records (clinician,
				prescriber, supervisor), and where charts are kept to caseloads the chart must be open to it; a
				report needs an account whose role may read reports (supervisor, administrator). An existing file
				is never overwritten. Ctrl+C stops the export and removes the file it was writing; files already
				written stay.
				""";
	}

	@Override
	protected Requirement requires(Action action) {
		return action instanceof ReportOf ? Requirement.account(Permission.REPORTS_READ.name()) : Requirement.account(Permission.RECORDS_RELEASE.name());
	}

	@Override
	protected int run(Action action, CommandInvocation invocation) throws Exception {
		RecordStore records = directStore != null ? directStore : store.getService();
		Releases release = directReleases != null ? directReleases : releases.getService();
		try {
			return switch (action) {
			case RecordOf record -> record(records, release, record, invocation);
			case All all -> all(records, release, all, invocation);
			case ReportOf report -> report(release, report, invocation);
			};
		} catch (RefusedException refused) {
			invocation.err().println(invocation.prefix() + " export: " + words(refused.problem()));
			return FAILED;
		} finally {
			if (directStore == null) {
				store.ungetService(records);
			}
			if (directReleases == null) {
				releases.ungetService(release);
			}
		}
	}

	/** A refusal of the release service in words (the command line's own, as the workbench has its own). */
	static String words(Problem problem) {
		return switch (problem.code()) {
		case "access.denied" -> "refused: the account may not " + java.util.Arrays.stream(Permission.values()).filter(p -> p.name().equals(problem.arg(0)))
				.findFirst().map(Permission::allows).orElse(problem.arg(0)) + ".";
		case "chart.outside-caseload" -> "refused: the chart " + problem.arg(0)
				+ " is not in the account's caseload; charts are kept to caseloads here, so a chart outside it is exported by a member of its care team.";
		default -> "refused: " + problem.code() + (problem.args().isEmpty() ? "" : " " + problem.args());
		};
	}

	/** The session the services take, of the person who signed in to run the command. */
	private static Session session(CommandInvocation invocation) {
		return invocation.signedIn().flatMap(operator -> operator.signedIn(Session.class))
				.orElseThrow(() -> new RefusedException(Problem.of("access.signed-out", "export")));
	}

	/**
	 * Whether the person who signed in to run the command may do what needs {@code permission}; says why not on
	 * {@code err}. The command line has checked it already; this keeps the promise for any other caller too.
	 */
	private static boolean allowed(Permission permission, String what, CommandInvocation invocation) {
		if (invocation.operator() == null) {
			invocation.err().println(invocation.prefix() + " export: nobody signed in; " + what + " needs an account whose role may " + permission.allows() + ".");
			return false;
		}
		if (invocation.operator().may(permission.name())) {
			return true;
		}
		invocation.err().println(invocation.prefix() + " export: the account " + invocation.operator().userId() + " may not " + permission.allows() + "; " + what
				+ " needs an account whose role does.");
		return false;
	}

	private int record(RecordStore records, Releases release, RecordOf options, CommandInvocation invocation) throws Exception {
		if (!allowed(Permission.RECORDS_RELEASE, "exporting records", invocation)) {
			return FAILED;
		}
		String mrn = given("--patient", options.mrn);
		Format format = options.format;
		Path out = options.out;
		String reason = given("--reason", options.reason);
		Selection selection = new Selection(options.from, options.to, null);
		if (Files.exists(out)) {
			invocation.err().println(invocation.prefix() + " export: " + out + " exists; remove it or choose another file.");
			return FAILED;
		}
		Optional<PatientMatch> patient = records.findPatients(mrn, 5).stream().filter(p -> mrn.equals(p.mrn())).findFirst();
		if (patient.isEmpty()) {
			invocation.err().println(invocation.prefix() + " export: no patient has the MRN " + mrn + ".");
			return FAILED;
		}
		return cancellable(invocation, monitor -> {
			write(session(invocation), release, patient.get(), format, selection, reason, out, monitor);
			invocation.out().println("Wrote " + out + ".");
			return OK;
		});
	}

	private int all(RecordStore records, Releases release, All options, CommandInvocation invocation) throws Exception {
		if (!allowed(Permission.RECORDS_RELEASE, "exporting records", invocation)) {
			return FAILED;
		}
		Format format = options.format;
		Path folder = options.out;
		String reason = given("--reason", options.reason);
		if (Files.exists(folder) && (!Files.isDirectory(folder) || Files.list(folder).findAny().isPresent())) {
			invocation.err().println(invocation.prefix() + " export: " + folder + " is not an empty folder; name a new or empty one.");
			return FAILED;
		}
		Files.createDirectories(folder);
		List<PatientMatch> patients = records.allPatients();
		return cancellable(invocation, monitor -> {
			int index = 0;
			Map<String, Integer> used = new HashMap<>();
			for (PatientMatch patient : patients) {
				index++;
				String base = (patient.mrn() == null || patient.mrn().isBlank() ? patient.id() : patient.mrn()).replaceAll("[^A-Za-z0-9._-]", "_");
				int seen = used.merge(base, 1, Integer::sum);
				Path file = folder.resolve(base + (seen > 1 ? "-" + seen : "") + (format == Format.PDF ? ".pdf" : ".fhir.json"));
				write(session(invocation), release, patient, format, Selection.all(), reason, file, monitor);
				invocation.out().printf("[%d/%d] %s%n", index, patients.size(), file.getFileName());
			}
			invocation.out().println("Exported " + patients.size() + " patients' records to " + folder + ".");
			return OK;
		});
	}

	private int report(Releases release, ReportOf options, CommandInvocation invocation) throws Exception {
		if (!allowed(Permission.REPORTS_READ, "a report", invocation)) {
			return FAILED;
		}
		Path out = options.out;
		LocalDate to = Optional.ofNullable(options.to).orElse(LocalDate.now());
		LocalDate from = Optional.ofNullable(options.from).orElse(to.minusMonths(12).plusDays(1));
		if (Files.exists(out)) {
			invocation.err().println(invocation.prefix() + " export: " + out + " exists; remove it or choose another file.");
			return FAILED;
		}
		Reports reports = release.reports(session(invocation), options.programme);
		NullProgressMonitor monitor = new NullProgressMonitor();
		Report report = switch (options.kind) {
		case CENSUS -> reports.census();
		case CASELOAD -> reports.caseload(monitor);
		case RETENTION -> reports.retention(from, to);
		case SCORES -> reports.scoreChange(from, to, monitor);
		case SCREENS -> reports.screens(from, to, monitor);
		};
		WholeFile.write(out, stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			report.writeCsv(writer);
		});
		invocation.out().println(report.title() + " (" + report.scope() + "): " + report.rows().size() + " rows written to " + out + ".");
		return OK;
	}

	private static void write(Session session, Releases release, PatientMatch patient, Format format, Selection selection, String reason, Path file,
			NullProgressMonitor monitor) throws IOException {
		WholeFile.write(file, out -> {
			if (format == Format.PDF) {
				release.writePdf(session, patient.id(), selection, reason, out, monitor);
			} else {
				release.writeFhir(session, patient.id(), selection, reason, new OutputStreamWriter(out, StandardCharsets.UTF_8), monitor);
			}
		});
	}

	@FunctionalInterface
	private interface Cancellable {
		int run(NullProgressMonitor monitor) throws Exception;
	}

	/** Runs {@code work} so that Ctrl+C cancels it and waits (a few seconds) for it to remove what it was writing. */
	private static int cancellable(CommandInvocation invocation, Cancellable work) throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			monitor.setCanceled(true);
			try {
				finished.await(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "cairn export cancel");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return work.run(monitor);
		} catch (OperationCanceledException e) {
			invocation.err().println(invocation.prefix() + " export: cancelled; the file being written was removed.");
			return FAILED;
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the JVM is already shutting down (Ctrl+C): the hook is running
			}
		}
	}

	/** A value that must say something: {@code --reason ""} is refused as no reason at all. */
	private static String given(String option, String value) throws UsageException {
		if (value.isBlank()) {
			throw new UsageException(option + " must not be empty");
		}
		return value.strip();
	}
}
