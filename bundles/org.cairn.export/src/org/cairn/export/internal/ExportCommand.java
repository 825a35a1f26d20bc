package org.cairn.export.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.Requirement;
import org.cairn.admin.CommandInvocation;
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

/**
 * {@code cairn admin export}: records and reports out without the workbench, as the workbench writes them: one
 * patient's record, every patient's (a programme that closes must still answer every request for records), or a report
 * as CSV. Exports are audited as EXPORT with the reason given; files are written whole or not at all (Ctrl+C cancels
 * and removes the file being written).
 */
@Component(service = AdminCommand.class)
public class ExportCommand implements AdminCommand {

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
	public String usage() {
		return "export record --patient MRN --format pdf|fhir --out FILE --reason TEXT [--from DATE] [--to DATE]"
				+ " | export all --format pdf|fhir --out FOLDER --reason TEXT"
				+ " | export report census|caseload|retention|scores|screens --out FILE [--from DATE] [--to DATE] [--programme P]";
	}

	@Override
	public String description() {
		return """
				record   one patient's record (found by MRN), all of it or from --from to --to (yyyy-mm-dd), as the
				         workbench's Export Record writes it: PDF laid out for reading, or a FHIR R4 Bundle (JSON)
				all      every patient's record, one file per patient named by MRN, into a new or empty folder
				report   a report's table as CSV; retention, scores and screens cover --from to --to (default: the
				         last twelve months), census and caseload today; --programme (Detox, Residential, IOP, OTP,
				         OBOT, Outpatient) counts one programme only
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
	public Requirement requires(List<String> args) {
		return !args.isEmpty() && args.get(0).equals("report") ? Requirement.account(Permission.REPORTS_READ.name())
				: Requirement.account(Permission.RECORDS_RELEASE.name());
	}

	@Override
	public int run(CommandInvocation invocation) throws Exception {
		List<String> args = invocation.args();
		if (args.isEmpty()) {
			throw new UsageException("export: say record, all or report");
		}
		Map<String, String> options = options(args.subList(args.get(0).equals("report") ? 2 : 1, args.size()));
		RecordStore records = directStore != null ? directStore : store.getService();
		Releases release = directReleases != null ? directReleases : releases.getService();
		try {
			return switch (args.get(0)) {
			case "record" -> record(records, release, options, invocation);
			case "all" -> all(records, release, options, invocation);
			case "report" -> {
				if (args.size() < 2) {
					throw new UsageException("export report: say census, caseload, retention, scores or screens");
				}
				yield report(release, args.get(1), options, invocation);
			}
			default -> throw new UsageException("export: say record, all or report, not " + args.get(0));
			};
		} catch (RefusedException refused) {
			invocation.err().println("cairn admin export: " + words(refused.problem()));
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
			invocation.err().println("cairn admin export: nobody signed in; " + what + " needs an account whose role may " + permission.allows() + ".");
			return false;
		}
		if (invocation.operator().may(permission.name())) {
			return true;
		}
		invocation.err().println("cairn admin export: the account " + invocation.operator().userId() + " may not " + permission.allows() + "; " + what
				+ " needs an account whose role does.");
		return false;
	}

	private int record(RecordStore records, Releases release, Map<String, String> options, CommandInvocation invocation) throws Exception {
		if (!allowed(Permission.RECORDS_RELEASE, "exporting records", invocation)) {
			return FAILED;
		}
		String mrn = required(options, "patient");
		String format = format(options);
		Path out = Path.of(required(options, "out"));
		String reason = required(options, "reason");
		Selection selection = new Selection(date(options, "from"), date(options, "to"), null);
		if (Files.exists(out)) {
			invocation.err().println("cairn admin export: " + out + " exists; remove it or choose another file.");
			return FAILED;
		}
		Optional<PatientMatch> patient = records.findPatients(mrn, 5).stream().filter(p -> mrn.equals(p.mrn())).findFirst();
		if (patient.isEmpty()) {
			invocation.err().println("cairn admin export: no patient has the MRN " + mrn + ".");
			return FAILED;
		}
		return cancellable(invocation, monitor -> {
			write(session(invocation), release, patient.get(), format, selection, reason, out, monitor);
			invocation.out().println("Wrote " + out + ".");
			return OK;
		});
	}

	private int all(RecordStore records, Releases release, Map<String, String> options, CommandInvocation invocation) throws Exception {
		if (!allowed(Permission.RECORDS_RELEASE, "exporting records", invocation)) {
			return FAILED;
		}
		String format = format(options);
		Path folder = Path.of(required(options, "out"));
		String reason = required(options, "reason");
		if (Files.exists(folder) && (!Files.isDirectory(folder) || Files.list(folder).findAny().isPresent())) {
			invocation.err().println("cairn admin export: " + folder + " is not an empty folder; name a new or empty one.");
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
				Path file = folder.resolve(base + (seen > 1 ? "-" + seen : "") + ("pdf".equals(format) ? ".pdf" : ".fhir.json"));
				write(session(invocation), release, patient, format, Selection.all(), reason, file, monitor);
				invocation.out().printf("[%d/%d] %s%n", index, patients.size(), file.getFileName());
			}
			invocation.out().println("Exported " + patients.size() + " patients' records to " + folder + ".");
			return OK;
		});
	}

	private int report(Releases release, String which, Map<String, String> options, CommandInvocation invocation) throws Exception {
		if (!allowed(Permission.REPORTS_READ, "a report", invocation)) {
			return FAILED;
		}
		Path out = Path.of(required(options, "out"));
		LocalDate to = Optional.ofNullable(date(options, "to")).orElse(LocalDate.now());
		LocalDate from = Optional.ofNullable(date(options, "from")).orElse(to.minusMonths(12).plusDays(1));
		if (Files.exists(out)) {
			invocation.err().println("cairn admin export: " + out + " exists; remove it or choose another file.");
			return FAILED;
		}
		Reports reports = release.reports(session(invocation), programme(options));
		NullProgressMonitor monitor = new NullProgressMonitor();
		Report report = switch (which) {
		case "census" -> reports.census();
		case "caseload" -> reports.caseload(monitor);
		case "retention" -> reports.retention(from, to);
		case "scores" -> reports.scoreChange(from, to, monitor);
		case "screens" -> reports.screens(from, to, monitor);
		default -> throw new UsageException("export report: say census, caseload, retention, scores or screens, not " + which);
		};
		WholeFile.write(out, stream -> {
			Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			report.writeCsv(writer);
		});
		invocation.out().println(report.title() + " (" + report.scope() + "): " + report.rows().size() + " rows written to " + out + ".");
		return OK;
	}

	private static void write(Session session, Releases release, PatientMatch patient, String format, Selection selection, String reason, Path file,
			NullProgressMonitor monitor) throws IOException {
		WholeFile.write(file, out -> {
			if ("pdf".equals(format)) {
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
			invocation.err().println("cairn admin export: cancelled; the file being written was removed.");
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

	private static Map<String, String> options(List<String> args) throws UsageException {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				throw new UsageException("export: " + arg + (arg.startsWith("--") ? " needs a value" : " is not an option"));
			}
			String name = arg.substring(2);
			if (!List.of("patient", "format", "out", "reason", "from", "to", "programme").contains(name)) {
				throw new UsageException("export: unknown option " + arg);
			}
			options.put(name, args.get(++i));
		}
		return options;
	}

	private static String required(Map<String, String> options, String name) throws UsageException {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("export: --" + name + " is required");
		}
		return value.strip();
	}

	private static String format(Map<String, String> options) throws UsageException {
		String format = required(options, "format").toLowerCase(Locale.ROOT);
		if (!List.of("pdf", "fhir").contains(format)) {
			throw new UsageException("export: --format is pdf or fhir, not " + format);
		}
		return format;
	}

	/** The programme a report counts: its name (OPIOID_TREATMENT_PROGRAM, opioid-treatment-program) or short name (OTP). */
	private static Programme programme(Map<String, String> options) throws UsageException {
		String value = options.get("programme");
		if (value == null) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Programme each : Programme.values()) {
			if (each.name().equals(name) || Reports.shortName(each).toUpperCase(Locale.ROOT).equals(name)) {
				return each;
			}
		}
		throw new UsageException("export: --programme " + value + " is not a programme; say one of "
				+ java.util.Arrays.stream(Programme.values()).map(Reports::shortName).toList());
	}

	private static LocalDate date(Map<String, String> options, String name) throws UsageException {
		String value = options.get(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new UsageException("export: --" + name + " " + value + " is not a date (yyyy-mm-dd)");
		}
	}
}
