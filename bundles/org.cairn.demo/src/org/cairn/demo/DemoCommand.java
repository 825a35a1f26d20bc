package org.cairn.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.admin.AdminCommand;
import org.cairn.admin.CommandInvocation;
import org.cairn.admin.DeclaredCommand;
import org.cairn.admin.Requirement;
import org.cairn.admin.UsageException;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Patient;
import org.cairn.security.Accounts;
import org.cairn.store.RecordStore;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cairn admin demo}: fills an empty record store with the fictional demo facility. */
@Component(service = AdminCommand.class)
public class DemoCommand extends DeclaredCommand<DemoCommand.Options> {

	@Command(name = "demo")
	static final class Options {
		@Option(names = "--patients", paramLabel = "N", defaultValue = "300", description = "How many patients, 1 to 100000 (default ${DEFAULT-VALUE}).")
		int patients;

		@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Another seed makes other patients (default ${DEFAULT-VALUE}).")
		int seed;
	}

	/**
	 * The store, got only when the command runs: getting it opens (and upgrades) the database, which other
	 * commands ('db status') must be able to look at as it is.
	 */
	@Reference
	ComponentServiceObjects<RecordStore> stores;

	@Reference
	ComponentServiceObjects<Accounts> accountServices;

	private RecordStore store;

	/**
	 * The password of every demo account. It is printed and documented: the accounts exist only in a database the demo
	 * set up itself, never beside real ones.
	 */
	public static final String DEMO_PASSWORD = "cairn demo password";

	/** The demo staff: login name, name, roles. The clinical ids match the staff ids on the demo records. */
	/** The programmes the demo's nurses and prescribers work in. */
	static final Set<String> MEDICATION_PROGRAMMES = Set.of("OPIOID_TREATMENT_PROGRAM", "OFFICE_BASED_OPIOID_TREATMENT", "DETOX");

	static final List<String[]> STAFF = List.of(new String[] { "demo-counsellor-1", "Morgan Reyes (demo)", "clinician" },
			new String[] { "demo-counsellor-2", "Dana Whitfield (demo)", "clinician" },
			new String[] { "demo-nurse-1", "Priya Anand (demo)", "prescriber" }, new String[] { "demo-nurse-2", "Sam Okafor (demo)", "prescriber" },
			new String[] { "demo-prescriber-1", "Dr Lee Hartman (demo)", "prescriber" },
			new String[] { "demo-supervisor-1", "Robin Castillo (demo)", "supervisor" },
			new String[] { "demo-peer-1", "Jordan Blake (demo)", "clinician" }, new String[] { "demo-intake-1", "Alex Moreno (demo)", "intake" },
			new String[] { "demo-auditor-1", "Casey Lindqvist (demo)", "auditor" });

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "Fill an empty record store with a fictional demo facility";
	}

	@Override
	public Object options() {
		return new Options();
	}

	@Override
	public String description() {
		return """
				Stores N patients (default 300) in every phase of treatment, with their charts, and the
				facility's groups. Every name is invented and every MRN starts with DEMO-. Refused when the
				store already holds patients, so that demo records never mix with real ones.
				On a database no one has set up yet, it also makes the demo staff's accounts (demo-admin,
				demo-counsellor-1, demo-nurse-1, demo-prescriber-1, demo-supervisor-1, demo-intake-1, ...),
				all with the password 'cairn demo password'. A database with accounts gets none.
				""";
	}

	@Override
	protected Requirement requires(Options options) {
		// it refuses a store that holds patients already, so it only ever fills an empty one
		return Requirement.none();
	}

	@Override
	protected int run(Options options, CommandInvocation invocation) throws Exception {
		int patients = within("--patients", options.patients, 1, 100_000);
		long seed = within("--seed", options.seed, 0, Integer.MAX_VALUE);
		store = stores.getService();
		if (store == null) {
			invocation.err().println(invocation.prefix() + " demo: the record store did not open; the platform log says why.");
			return FAILED;
		}
		try {
			return fill(patients, seed, invocation);
		} finally {
			stores.ungetService(store);
			store = null;
		}
	}

	private int fill(int patients, long seed, CommandInvocation invocation) {
		if (!store.findPatients(DemoFacility.MRN_PREFIX + "000001", 1).isEmpty() || hasAnyPatient()) {
			invocation.err().println(invocation.prefix() + " demo: the record store already holds patients; demo records are only added to an empty one.");
			return FAILED;
		}
		List<ClinicalRecord> batch = new ArrayList<>();
		int[] stored = new int[1];
		new DemoFacility(seed, LocalDate.now()).generate(patients, record -> {
			if (!batch.isEmpty() && record instanceof Patient) {
				flush(batch, stored);
			}
			batch.add(record);
		});
		flush(batch, stored);
		invocation.out().println("Stored " + stored[0] + " records for " + patients + " demo patients (seed " + seed + ").");
		demoAccounts(invocation);
		return OK;
	}

	/**
	 * Saves one patient's records in one transaction, then the later revisions of any of them (care-plan reviews),
	 * each based on the version before.
	 */
	private void flush(List<ClinicalRecord> batch, int[] stored) {
		List<ClinicalRecord> first = new ArrayList<>();
		for (ClinicalRecord record : batch) {
			if (first.stream().anyMatch(r -> r.getId().equals(record.getId()))) {
				continue;
			}
			first.add(record);
		}
		store.saveAll(first, "demo", "demo facility");
		stored[0] += first.size();
		// Later revisions of the same record, in order, each based on the one before.
		java.util.Map<String, Integer> versions = new java.util.HashMap<>();
		first.forEach(r -> versions.put(r.getId(), 1));
		for (ClinicalRecord record : batch) {
			if (!first.contains(record)) {
				int version = versions.get(record.getId());
				store.save(record, version, "demo", "demo facility: review");
				versions.put(record.getId(), version + 1);
				stored[0]++;
			}
		}
		batch.clear();
	}

	/** The demo staff's accounts, on a database that has none yet. */
	private void demoAccounts(CommandInvocation invocation) {
		Accounts accounts = accountServices.getService();
		if (accounts == null) {
			invocation.err().println(invocation.prefix() + " demo: the accounts did not open, so no demo accounts were made; the platform log says why.");
			return;
		}
		try {
			if (accounts.isSetUp()) {
				invocation.out().println("This database has accounts already, so the demo made none: sign in with yours.");
				return;
			}
			char[] password = DEMO_PASSWORD.toCharArray();
			accounts.setUp(DemoFacility.NAME, "demo-admin", "Demo Administrator", password);
			// the demo's administrator, signed in, makes the rest: the accounts service's own checks and audit events
			org.cairn.security.Session admin = new org.cairn.security.Session(
					(org.cairn.security.Authentication.Success) accounts.authenticate("demo-admin", password), java.time.Instant.now());
			for (String[] staff : STAFF) {
				accounts.create(admin, staff[0], staff[1], Set.of(staff[2].split(",")), password);
			}
			// The demo keeps charts to caseloads, so that emergency access can be tried on any other patient; its nurses
			// and prescribers work in the medication programmes, and its supervisor supervises the counsellors, so that
			// dosing and co-signing need no emergency access.
			for (String[] staff : STAFF) {
				if (staff[2].equals("prescriber")) {
					accounts.setProgrammes(admin, staff[0], MEDICATION_PROGRAMMES);
				}
			}
			accounts.setSupervisees(admin, "demo-supervisor-1", Set.of("demo-counsellor-1", "demo-counsellor-2", "demo-peer-1"));
			accounts.setSetting(admin, Accounts.CHART_ACCESS, "caseload");
			invocation.out().println("Made the demo staff's accounts; each signs in with the password '" + DEMO_PASSWORD + "'"
					+ " and opens the charts of their own caseload (others by emergency access):");
			invocation.out().println("  demo-admin (administrator)");
			for (String[] staff : STAFF) {
				invocation.out().println("  " + staff[0] + " (" + staff[2] + ")");
			}
		} finally {
			accountServices.ungetService(accounts);
		}
	}

	private boolean hasAnyPatient() {
		for (char letter = 'a'; letter <= 'z'; letter++) {
			if (!store.findPatients(String.valueOf(letter), 1).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static int within(String option, int value, int min, int max) throws UsageException {
		if (value < min || value > max) {
			throw new UsageException(option + " must be between " + min + " and " + max);
		}
		return value;
	}
}
