package org.cairn.bench.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.cairn.demo.DemoFacility;
import org.cairn.model.ClinicalRecord;
import org.cairn.model.Patient;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Session;
import org.cairn.store.RecordStore;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.CairnUi;
import org.cairn.ui.chart.ChartSummary;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * How long the workbench takes to show a chart's header and timeline, from the moment a chart is opened (the
 * active patient set, as the patient list does on Enter) until the chart has been laid out and painted
 * ({@link CairnUi#TOPIC_CHART_SHOWN}). Measured in one run, interleaved: the heavy demo chart (five years: 1,800
 * doses, 400 notes, 150 assessments, 12 care-plan versions), a small chart (an admission's first days) as the
 * baseline, and reading the heavy chart's summary from the store alone (no UI). Prints medians; run by
 * releng/benchmarks/chart.sh. The aim is under 300 ms for the heavy chart.
 */
class ChartOpenBenchmark {

	private static final int WARM_UP = 5;
	private static final int RUNS = 21;
	private static final String HEAVY = "bench-heavy";
	private static final String SMALL = "bench-small";

	static {
		seed();
	}

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = WorkbenchExtension.cairn()
			.withArguments(() -> java.util.Map.of(Session.class.getName(), signIn()));

	/** A clinician of the benchmark's own, signed in through the accounts service (the login dialog has its tests). */
	private static Session signIn() {
		BundleContext context = FrameworkUtil.getBundle(ChartOpenBenchmark.class).getBundleContext();
		ServiceTracker<Accounts, Accounts> tracker = new ServiceTracker<>(context, Accounts.class, null);
		tracker.open();
		try {
			Accounts accounts = tracker.waitForService(60_000);
			char[] password = "a long benchmark passphrase".toCharArray();
			if (!accounts.isSetUp()) {
				accounts.setUp("Benchmark Centre", "bench-admin", "Benchmark Administrator", password);
			}
			if (accounts.find("bench-clinician").isEmpty()) {
				Session admin = new Session((Authentication.Success) accounts.authenticate("bench-admin", password), java.time.Instant.now());
				accounts.create(admin, "bench-clinician", "Benchmark Clinician", java.util.Set.of("clinician"), password);
			}
			return new Session((Authentication.Success) accounts.authenticate("bench-clinician", password), java.time.Instant.now());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		} finally {
			tracker.close();
		}
	}

	private static RecordStore store() {
		BundleContext context = FrameworkUtil.getBundle(ChartOpenBenchmark.class).getBundleContext();
		ServiceTracker<RecordStore, RecordStore> tracker = new ServiceTracker<>(context, RecordStore.class, null);
		tracker.open();
		try {
			return tracker.waitForService(60_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static void seed() {
		RecordStore store = store();
		if (store.read(HEAVY).isPresent()) {
			return;
		}
		DemoFacility demo = new DemoFacility(42, LocalDate.now());
		Patient heavy = demo.patient(2);
		heavy.setId(HEAVY);
		store.save(heavy, 0, "bench", "");
		Map<String, Integer> versions = new HashMap<>();
		demo.heavyChart(heavy, record -> {
			int based = versions.getOrDefault(record.getId(), 0);
			store.save(record, based, "bench", "");
			versions.put(record.getId(), based + 1);
		});
		// The small chart: a patient of the demo facility with the records of their first days.
		List<ClinicalRecord> small = new ArrayList<>();
		new DemoFacility(7, LocalDate.now()).generate(1, small::add);
		Patient patient = (Patient) small.stream().filter(Patient.class::isInstance).findFirst().orElseThrow();
		// Its own ids, so that they do not meet the heavy chart's (both come from a demo generator).
		String oldId = patient.getId();
		for (ClinicalRecord record : small) {
			record.setId(record == patient ? SMALL : "small-" + record.getId());
			if (record instanceof org.cairn.model.PatientRecord chart) {
				chart.setPatientId(oldId.equals(chart.getPatientId()) ? SMALL : chart.getPatientId());
				chart.setEpisodeId(chart.getEpisodeId() == null ? null : "small-" + chart.getEpisodeId());
			}
			if (record instanceof org.cairn.model.DoseAdministration dose && dose.getOrderId() != null) {
				dose.setOrderId("small-" + dose.getOrderId());
			}
		}
		store.saveAll(small, "bench", "");
	}

	@Test
	void openingTheHeavyChart(UiBot bot, RunningWorkbench workbench) throws Exception {
		RecordStore store = store();
		BlockingQueue<String> shown = new ArrayBlockingQueue<>(4);
		EventHandler handler = event -> shown.offer(String.valueOf(event.getProperty(IEventBroker.DATA)));
		IEventBroker events = bot.call(() -> workbench.application().getContext().get(IEventBroker.class));
		events.subscribe(CairnUi.TOPIC_CHART_SHOWN, handler);
		long[] heavy = new long[RUNS];
		long[] small = new long[RUNS];
		long[] storeOnly = new long[RUNS];
		int timelineRows = 0;
		try {
			for (int i = -WARM_UP; i < RUNS; i++) {
				long s = open(bot, workbench, shown, SMALL);
				long h = open(bot, workbench, shown, HEAVY);
				long t0 = System.nanoTime();
				ChartSummary summary = ChartSummary.load(store, HEAVY, null, LocalDate.now());
				long r = System.nanoTime() - t0;
				timelineRows = summary.timeline().size();
				if (i >= 0) {
					heavy[i] = h;
					small[i] = s;
					storeOnly[i] = r;
				}
			}
		} finally {
			events.unsubscribe(handler);
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "Chart open benchmark, Java %s, %d cores, %d runs after %d warm-up%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), RUNS, WARM_UP);
		System.out.printf(Locale.ROOT, "%-52s %10s %10s%n", "chart open, until header and timeline are painted", "median ms", "max ms");
		row("heavy chart (" + timelineRows + " timeline rows)", heavy);
		row("small chart (baseline)", small);
		row("heavy chart: reading its summary from the store", storeOnly);
		System.out.printf(Locale.ROOT, "heavy / small: %.2fx; aim: heavy chart under 300 ms%n", median(heavy) / median(small));
		if (median(heavy) / 1e6 >= 300) {
			System.out.println("AIM MISSED");
		}
	}

	private static long open(UiBot bot, RunningWorkbench workbench, BlockingQueue<String> shown, String patient) throws InterruptedException {
		// Start from no chart, so that every open reads and lays out the whole chart.
		bot.run(() -> workbench.application().getContext().set(CairnUi.ACTIVE_PATIENT, null));
		shown.clear();
		long t0 = System.nanoTime();
		bot.run(() -> workbench.application().getContext().set(CairnUi.ACTIVE_PATIENT, patient));
		String opened = shown.poll(60, TimeUnit.SECONDS);
		long elapsed = System.nanoTime() - t0;
		if (!patient.equals(opened)) {
			throw new AssertionError("The chart of " + patient + " was not shown (got " + opened + ")");
		}
		return elapsed;
	}

	private static void row(String name, long[] samples) {
		System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f%n", name, median(samples) / 1e6, Arrays.stream(samples).max().orElse(0) / 1e6);
	}

	private static double median(long[] samples) {
		long[] sorted = samples.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}
}
