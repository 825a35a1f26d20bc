package org.cairn.bench.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.cairn.demo.DemoFacility;
import org.cairn.export.FhirExport;
import org.cairn.export.FormLookup;
import org.cairn.export.RecordExport;
import org.cairn.export.Selection;
import org.cairn.model.Patient;
import org.cairn.store.TimelineEntry;
import org.cairn.store.internal.Database;
import org.cairn.store.internal.JdbcRecordStore;
import org.cairn.store.internal.Migrations;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Measures exporting a five-year chart (1,800 doses, 400 notes, 150 assessments, 12 care-plan versions) against the
 * floor of reading the same records from the same store, in one run: the whole record as PDF (laid out and written
 * with PDFBox) and as a FHIR R4 Bundle (built and written with HAPI). Each measurement follows unmeasured warm-up runs
 * of the same work. Prints medians, ratios to the floor, the output's size and pages, the memory each allocated (the
 * thread's allocated bytes: garbage included, so it says how much work the collector gets) and the heap still in use
 * after the work and a collection while its output is held. Usage: {@code ExportBenchmark [--runs N]}.
 */
public final class ExportBenchmark {

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = 7;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--runs")) {
				runs = Integer.parseInt(args[++i]);
			} else {
				throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		Path folder = Path.of("target", "bench-export");
		deleteTree(folder);
		Database database = Database.embedded(folder);
		new Migrations().migrate(database);
		JdbcRecordStore store = new JdbcRecordStore(database);
		DemoFacility demo = new DemoFacility(7, LocalDate.of(2026, 11, 23));
		Patient heavy = demo.patient(2);
		heavy.setId("bench-heavy");
		store.save(heavy, 0, "bench", "");
		Map<String, Integer> versions = new HashMap<>();
		demo.heavyChart(heavy, r -> {
			int based = versions.getOrDefault(r.getId(), 0);
			store.save(r, based, "bench", "");
			versions.put(r.getId(), based + 1);
		});
		Clock clock = Clock.systemDefaultZone();
		RecordExport records = new RecordExport(store, RecordExport.staffNames(id -> Optional.empty()), FormLookup.NONE, clock);
		FhirExport fhir = new FhirExport(store, RecordExport.staffNames(id -> Optional.empty()), FormLookup.NONE, clock);
		RecordExport.Producer producer = new RecordExport.Producer("Benchmark Recovery Centre", "bench", "Bench");

		System.out.printf(Locale.ROOT, "Export benchmark on %s, Java %s, %d cores, %d MB heap at most%n%n", database, Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));

		int[] count = new int[1];
		Work read = () -> {
			int n = 0;
			for (TimelineEntry entry : store.timeline("bench-heavy")) {
				store.read(entry.recordId()).orElseThrow();
				n++;
			}
			count[0] = n;
			return new byte[0];
		};
		Work layout = () -> {
			records.layout("bench-heavy", Selection.all(), producer, null, new NullProgressMonitor());
			return new byte[0];
		};
		Work pdf = () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			records.writePdf("bench-heavy", Selection.all(), producer, out, new NullProgressMonitor());
			return out.toByteArray();
		};
		Work json = () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			fhir.write("bench-heavy", Selection.all(), producer, writer, new NullProgressMonitor());
			return out.toByteArray();
		};
		for (int i = 0; i < 3; i++) {
			read.run();
			layout.run();
			pdf.run();
			json.run();
		}
		Measured floor = measure(read, runs);
		Measured laidOut = measure(layout, runs);
		Measured asPdf = measure(pdf, runs);
		Measured asJson = measure(json, runs);
		int pages;
		try (var document = Loader.loadPDF(asPdf.output)) {
			pages = document.getNumberOfPages();
		}
		System.out.printf(Locale.ROOT, "%-46s %10s %8s %18s %14s %12s%n", "operation (" + count[0] + " records)", "median ms", "ratio", "output",
				"allocated MB", "retained MB");
		row("read every record (the floor)", floor, floor, "");
		row("the whole record laid out (read, no drawing)", laidOut, floor, "");
		row("the whole record as PDF", asPdf, floor, String.format(Locale.ROOT, "%d pages, %.1f MB", pages, asPdf.output.length / 1e6));
		row("the whole record as a FHIR R4 Bundle", asJson, floor, String.format(Locale.ROOT, "%.1f MB", asJson.output.length / 1e6));
		System.out.printf(Locale.ROOT, "%n(ratio: median time over the floor's; allocated: bytes the work allocated, garbage included; retained: heap"
				+ " still in use after it and a collection, its output held)%n");
		database.close();
	}

	@FunctionalInterface
	private interface Work {
		byte[] run() throws IOException;
	}

	private record Measured(long[] nanos, long allocated, long retained, byte[] output) {
		double medianMillis() {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			return sorted[sorted.length / 2] / 1e6;
		}
	}

	private static Measured measure(Work work, int runs) throws IOException {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] nanos = new long[runs];
		long allocated = 0;
		long retained = 0;
		byte[] output = null;
		for (int i = 0; i < runs; i++) {
			output = null;
			System.gc();
			long before = heapInUse();
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
			long t0 = System.nanoTime();
			output = work.run();
			nanos[i] = System.nanoTime() - t0;
			allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
			System.gc();
			retained = Math.max(0, heapInUse() - before);
		}
		return new Measured(nanos, allocated, retained, output);
	}

	private static long heapInUse() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getUsage().getUsed()).sum();
	}

	private static void row(String name, Measured measured, Measured floor, String output) {
		System.out.printf(Locale.ROOT, "%-46s %10.1f %7.1fx %18s %14.0f %12.1f%n", name, measured.medianMillis(), measured.medianMillis() / floor.medianMillis(),
				output, measured.allocated / (1024.0 * 1024.0), measured.retained / (1024.0 * 1024.0));
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
