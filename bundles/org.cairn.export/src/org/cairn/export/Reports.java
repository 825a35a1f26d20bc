package org.cairn.export;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.cairn.model.AnalyteResult;
import org.cairn.model.AssessmentResponse;
import org.cairn.model.Phase;
import org.cairn.model.Programme;
import org.cairn.model.ScreenResult;
import org.cairn.model.SpecimenValidity;
import org.cairn.model.SubscaleScore;
import org.cairn.model.UrineDrugScreen;
import org.cairn.store.CensusEntry;
import org.cairn.store.CensusFilter;
import org.cairn.store.RecordStore;
import org.cairn.store.ScoreEntry;
import org.cairn.store.StoredRecord;
import org.cairn.store.TimelineEntry;
import org.cairn.store.WorkItem;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The programme's reports, read from the store's indexes and records: census by programme and phase, caseload per
 * clinician, and the outcomes (retention, change in COWS, PHQ-9 and BAM from intake, drug screens negative for
 * non-prescribed opioids by month). Each is a {@link Report}: a table, its chart and how it was counted. Reports hold
 * counts, never names of patients. Their definitions are in docs/REPORTS.md.
 */
public final class Reports {

	/** The opioid analytes of a drug screen, by LOINC code (Cairn's panel): opiates, 6-MAM, fentanyl, oxycodone, buprenorphine, methadone. */
	public static final Set<String> OPIOID_ANALYTES = Set.of("19295-5", "19321-9", "59673-4", "19642-8", "93494-3", "19550-3");
	private static final List<String> OPIOID_WORDS = List.of("opiate", "opioid", "heroin", "6-mam", "morphine", "codeine", "fentanyl", "oxycodone",
			"hydrocodone", "hydromorphone", "oxymorphone", "buprenorphine", "methadone", "tramadol");
	private static final int[] RETENTION_DAYS = { 30, 90, 180 };
	private static final int WORKLIST_LIMIT = 100_000;

	private final RecordStore store;
	private final Function<String, String> staff;
	private final Clock clock;
	private final Words words;
	private final Programme programme;

	/** @param staff a user id in words, for the caseload's clinicians */
	public Reports(RecordStore store, Function<String, String> staff, Clock clock) {
		this(store, staff, clock, null);
	}

	/**
	 * @param programme the one programme the reports count (its episodes, their patients' screens), or null for all
	 */
	public Reports(RecordStore store, Function<String, String> staff, Clock clock, Programme programme) {
		this.store = store;
		this.staff = staff;
		this.clock = clock;
		this.words = new Words(clock.getZone());
		this.programme = programme;
	}

	/** The episodes {@code filter} selects, narrowed to this report's programme. */
	private List<CensusEntry> census(CensusFilter filter) {
		return store.census(programme == null ? filter : filter.programme(programme));
	}

	/** ", Detox only" when the reports count one programme; "" otherwise. */
	private String only() {
		return programme == null ? "" : ", " + Words.of(programme) + " only";
	}

	/** Every report on the period {@code from}–{@code to} (admissions and screens in it), census and caseload as of today. */
	public List<Report> all(LocalDate from, LocalDate to, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Counting", 5);
		return List.of(census(), caseload(progress.split(1)), retention(from, to), scoreChange(from, to, progress.split(2)),
				screens(from, to, progress.split(2)));
	}

	/** Open episodes (planned or active) today, by programme and the phase each is in. */
	public Report census() {
		LocalDate today = LocalDate.now(clock);
		List<CensusEntry> census = census(CensusFilter.open());
		Map<Programme, Map<Phase, Integer>> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		boolean noPhase = false;
		for (CensusEntry entry : census) {
			counts.computeIfAbsent(entry.programme(), p -> new LinkedHashMap<>()).merge(entry.phase(), 1, Integer::sum);
			noPhase |= entry.phase() == null;
		}
		List<Phase> phases = List.of(Phase.values());
		List<String> header = new ArrayList<>(List.of("Programme"));
		phases.forEach(phase -> header.add(Words.of(phase)));
		if (noPhase) {
			header.add("No phase recorded");
		}
		header.add("Total");
		List<List<String>> rows = new ArrayList<>();
		int[] totals = new int[header.size() - 1];
		List<Report.Series> series = new ArrayList<>();
		double[][] values = new double[phases.size()][counts.size()];
		int column = 0;
		for (Map.Entry<Programme, Map<Phase, Integer>> programme : counts.entrySet()) {
			List<String> row = new ArrayList<>(List.of(programme.getKey() == null ? "No programme recorded" : Words.of(programme.getKey())));
			int total = 0;
			int index = 0;
			for (Phase phase : phases) {
				int count = programme.getValue().getOrDefault(phase, 0);
				row.add(String.valueOf(count));
				totals[index++] += count;
				values[phase.ordinal()][column] = count;
				total += count;
			}
			if (noPhase) {
				int count = programme.getValue().getOrDefault(null, 0);
				row.add(String.valueOf(count));
				totals[index++] += count;
				total += count;
			}
			row.add(String.valueOf(total));
			totals[index] += total;
			rows.add(row);
			column++;
		}
		List<String> all = new ArrayList<>(List.of("All programmes"));
		for (int total : totals) {
			all.add(String.valueOf(total));
		}
		rows.add(all);
		for (Phase phase : phases) {
			series.add(new Report.Series(Words.of(phase), values[phase.ordinal()]));
		}
		List<String> categories = counts.keySet().stream().map(Reports::shortName).toList();
		return new Report("Census by programme and phase", "Open episodes of care on " + words.date(today) + only(), header, rows,
				new Report.Chart(Report.ChartKind.STACKED_BAR, "Episodes", categories, series),
				List.of("Planned and active episodes; each counted once, in the phase it is in today.", census.size() + " open episodes."));
	}

	/** Each clinician's open episodes today, with care-plan reviews overdue and notes not yet signed. */
	public Report caseload(IProgressMonitor monitor) {
		LocalDate today = LocalDate.now(clock);
		Map<String, List<WorkItem>> drafts = byAuthor(store.worklist("SessionNote", "DRAFT", WORKLIST_LIMIT));
		Map<String, List<WorkItem>> awaiting = byAuthor(store.worklist("SessionNote", "AWAITING_COSIGNATURE", WORKLIST_LIMIT));
		Set<String> clinicians = new TreeSet<>(store.careTeamStaff());
		clinicians.addAll(drafts.keySet());
		clinicians.addAll(awaiting.keySet());
		SubMonitor progress = SubMonitor.convert(monitor, "Caseloads", clinicians.size());
		List<List<String>> rows = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		double[] patients = new double[clinicians.size()];
		double[] overdue = new double[clinicians.size()];
		double[] unsigned = new double[clinicians.size()];
		int index = 0;
		for (String clinician : clinicians) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<CensusEntry> caseload = census(CensusFilter.open().staff(clinician));
			long people = caseload.stream().map(CensusEntry::patientId).distinct().count();
			long reviewsOverdue = caseload.stream().filter(e -> e.reviewOverdue(today)).count();
			long withoutPlan = caseload.stream().filter(e -> e.reviewDue() == null).count();
			List<WorkItem> notes = drafts.getOrDefault(clinician, List.of());
			String oldest = notes.stream().map(WorkItem::occurredAt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
					.map(at -> String.valueOf(ChronoUnit.DAYS.between(at.atZone(clock.getZone()).toLocalDate(), today))).orElse("");
			rows.add(List.of(staff.apply(clinician), String.valueOf(people), String.valueOf(reviewsOverdue), String.valueOf(withoutPlan),
					String.valueOf(notes.size()), oldest, String.valueOf(awaiting.getOrDefault(clinician, List.of()).size())));
			categories.add(clinician);
			patients[index] = people;
			overdue[index] = reviewsOverdue;
			unsigned[index] = notes.size();
			index++;
			progress.worked(1);
		}
		return new Report("Caseload per clinician", "Care teams of open episodes on " + words.date(today) + only(),
				List.of("Clinician", "Patients", "Plan reviews overdue", "No active care plan", "Unsigned notes", "Oldest unsigned (days)",
						"Awaiting co-signature"),
				rows, new Report.Chart(Report.ChartKind.BAR, "Count", categories,
						List.of(new Report.Series("Patients", patients), new Report.Series("Plan reviews overdue", overdue), new Report.Series("Unsigned notes", unsigned))),
				List.of("A clinician's patients are those of open episodes whose care team names them today.",
						"A plan review is overdue when the earliest review date of the episode's active care plans has passed.",
						"Unsigned notes are the clinician's session notes still in draft; awaiting co-signature are signed notes a supervisor has not co-signed."));
	}

	/** Days in treatment and the share still in treatment 30, 90 and 180 days after admission, for admissions in the period. */
	public Report retention(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		List<CensusEntry> cohort = cohort(from, to);
		Map<String, List<CensusEntry>> byProgramme = new LinkedHashMap<>();
		Map<String, String> shortNames = new LinkedHashMap<>();
		cohort.stream().sorted(Comparator.comparing(CensusEntry::programme, Comparator.nullsLast(Comparator.naturalOrder()))).forEach(entry -> {
			String name = entry.programme() == null ? "No programme recorded" : Words.of(entry.programme());
			byProgramme.computeIfAbsent(name, p -> new ArrayList<>()).add(entry);
			shortNames.put(name, shortName(entry.programme()));
		});
		byProgramme.put("All programmes", cohort);
		shortNames.put("All programmes", "All");
		List<String> header = new ArrayList<>(List.of("Programme", "Admissions", "Median days in treatment"));
		for (int days : RETENTION_DAYS) {
			header.add("In treatment at " + days + " days (%)");
			header.add("Admitted " + days + "+ days ago");
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		double[][] values = new double[RETENTION_DAYS.length][byProgramme.size()];
		int column = 0;
		for (Map.Entry<String, List<CensusEntry>> programme : byProgramme.entrySet()) {
			List<Long> days = programme.getValue().stream().map(e -> daysInTreatment(e, today)).sorted().toList();
			List<String> row = new ArrayList<>(List.of(programme.getKey(), String.valueOf(days.size()), median(days)));
			for (int r = 0; r < RETENTION_DAYS.length; r++) {
				int mark = RETENTION_DAYS[r];
				List<CensusEntry> eligible = programme.getValue().stream().filter(e -> !e.admittedOn().plusDays(mark).isAfter(today)).toList();
				long retained = eligible.stream().filter(e -> daysInTreatment(e, today) >= mark).count();
				row.add(eligible.isEmpty() ? "" : percent(retained, eligible.size()));
				row.add(String.valueOf(eligible.size()));
				values[r][column] = eligible.isEmpty() ? Double.NaN : 100.0 * retained / eligible.size();
			}
			rows.add(row);
			categories.add(shortNames.get(programme.getKey()));
			column++;
		}
		List<Report.Series> series = new ArrayList<>();
		for (int r = 0; r < RETENTION_DAYS.length; r++) {
			series.add(new Report.Series(RETENTION_DAYS[r] + " days", values[r]));
		}
		return new Report("Retention in treatment", "Admissions from " + words.date(from) + " to " + words.date(to) + ", as of " + words.date(today) + only(), header,
				rows, new Report.Chart(Report.ChartKind.BAR, "% still in treatment", categories, series),
				List.of("Days in treatment run from admission to discharge, or to today for an episode still open.",
						"An episode counts towards the share at N days only once its admission is N days past; it was still in treatment if it had not been discharged before day N.",
						"Cancelled episodes and episodes entered in error are left out."));
	}

	/** The change in COWS, PHQ-9 and BAM between the first and the latest score of each episode admitted in the period. */
	public Report scoreChange(LocalDate from, LocalDate to, IProgressMonitor monitor) {
		LocalDate today = LocalDate.now(clock);
		List<CensusEntry> cohort = cohort(from, to);
		SubMonitor progress = SubMonitor.convert(monitor, "Scores", 3);
		List<List<String>> rows = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		List<double[]> firstAndLast = new ArrayList<>();
		measure(rows, categories, firstAndLast, "COWS total", cohort, today, totals("cows"));
		progress.worked(1);
		measure(rows, categories, firstAndLast, "PHQ-9 total", cohort, today, totals("phq9"));
		progress.worked(1);
		Map<String, List<Scored>> bam = subscales("bam", progress.split(1));
		for (String subscale : List.of("use", "risk", "protective")) {
			String name = switch (subscale) {
			case "use" -> "BAM use";
			case "risk" -> "BAM risk factors";
			default -> "BAM protective factors";
			};
			Map<String, List<Scored>> one = new LinkedHashMap<>();
			bam.forEach((patient, scores) -> one.put(patient, scores.stream().filter(s -> s.key().equals(subscale)).toList()));
			measure(rows, categories, firstAndLast, name, cohort, today, one);
		}
		double[] first = firstAndLast.stream().mapToDouble(v -> v[0]).toArray();
		double[] last = firstAndLast.stream().mapToDouble(v -> v[1]).toArray();
		return new Report("Change in scores from intake", "Episodes admitted from " + words.date(from) + " to " + words.date(to) + only(),
				List.of("Measure", "Episodes with two or more scores", "Mean first score", "Mean latest score", "Mean change"), rows,
				new Report.Chart(Report.ChartKind.BAR, "Mean score", categories, List.of(new Report.Series("First", first), new Report.Series("Latest", last))),
				List.of("For each episode, its first and its latest score between admission and discharge (or today); episodes with fewer than two are left out.",
						"Lower is better for COWS, PHQ-9, BAM use and BAM risk factors; higher is better for BAM protective factors.",
						"Responses entered in error are left out."));
	}

	/** Drug screens collected in the period, by month, and the share negative for opioids not prescribed to the patient. */
	public Report screens(LocalDate from, LocalDate to, IProgressMonitor monitor) {
		Set<String> patients = new LinkedHashSet<>();
		Set<String> episodes = new java.util.HashSet<>();
		census(CensusFilter.open().withDischarged()).forEach(e -> {
			patients.add(e.patientId());
			episodes.add(e.episodeId());
		});
		SubMonitor progress = SubMonitor.convert(monitor, "Drug screens", patients.size());
		Map<YearMonth, int[]> months = new TreeMap<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.put(month, new int[3]);
		}
		for (String patient : patients) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			for (TimelineEntry entry : store.timeline(patient, Set.of("UrineDrugScreen"))) {
				if (entry.occurredAt() == null) {
					continue;
				}
				LocalDate day = entry.occurredAt().atZone(clock.getZone()).toLocalDate();
				if (day.isBefore(from) || day.isAfter(to)) {
					continue;
				}
				UrineDrugScreen screen = store.read(entry.recordId()).map(StoredRecord::record).filter(UrineDrugScreen.class::isInstance)
						.map(UrineDrugScreen.class::cast).orElse(null);
				if (screen == null || screen.getEnteredInError() != null || programme != null && !episodes.contains(screen.getEpisodeId())) {
					continue;
				}
				int[] counts = months.get(YearMonth.from(day));
				Boolean negative = negativeForNonPrescribedOpioids(screen);
				if (negative == null) {
					counts[2]++;
				} else {
					counts[0]++;
					counts[1] += negative ? 1 : 0;
				}
			}
			progress.worked(1);
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		List<Double> share = new ArrayList<>();
		int screens = 0;
		int negatives = 0;
		for (Map.Entry<YearMonth, int[]> month : months.entrySet()) {
			int[] counts = month.getValue();
			String label = month.getKey().toString();
			rows.add(List.of(label, String.valueOf(counts[0]), String.valueOf(counts[1]), counts[0] == 0 ? "" : percent(counts[1], counts[0]),
					String.valueOf(counts[2])));
			if (counts[0] > 0) {
				// the line runs through the months that had screens; a month without any has no share to draw
				categories.add(label);
				share.add(100.0 * counts[1] / counts[0]);
			}
			screens += counts[0];
			negatives += counts[1];
		}
		rows.add(List.of("All months", String.valueOf(screens), String.valueOf(negatives), screens == 0 ? "" : percent(negatives, screens),
				String.valueOf(months.values().stream().mapToInt(c -> c[2]).sum())));
		return new Report("Drug screens negative for non-prescribed opioids", "Screens collected from " + words.date(from) + " to " + words.date(to) + only(),
				List.of("Month", "Screens", "Negative for non-prescribed opioids", "Negative (%)", "No opioid tested"), rows,
				new Report.Chart(Report.ChartKind.LINE, "% negative", categories, List.of(new Report.Series("Negative for non-prescribed opioids", share.stream().mapToDouble(Double::doubleValue).toArray()))),
				List.of("A screen is negative for non-prescribed opioids when every opioid analyte tested (opiates, 6-MAM, fentanyl, oxycodone,"
						+ " buprenorphine, methadone and the like) is negative, or positive only for a medication the patient was prescribed.",
						"A dilute, adulterated, substituted or invalid specimen, or an invalid opioid result, counts as not negative.",
						"Screens that tested no opioid are counted apart and left out of the share; screens entered in error are left out."));
	}

	/** A programme's name short enough for a chart's axis: "OTP", "IOP". The tables use the full name. */
	public static String shortName(Programme programme) {
		return programme == null ? "None" : switch (programme) {
		case DETOX -> "Detox";
		case RESIDENTIAL -> "Residential";
		case INTENSIVE_OUTPATIENT -> "IOP";
		case OPIOID_TREATMENT_PROGRAM -> "OTP";
		case OFFICE_BASED_OPIOID_TREATMENT -> "OBOT";
		case OUTPATIENT -> "Outpatient";
		};
	}

	/**
	 * Whether {@code screen} is negative for opioids the patient was not prescribed: null when it tested no opioid.
	 */
	public static Boolean negativeForNonPrescribedOpioids(UrineDrugScreen screen) {
		List<AnalyteResult> opioids = screen.getResults().stream().filter(Reports::isOpioid)
				.filter(r -> r.getResult() != null && r.getResult() != ScreenResult.NOT_TESTED).toList();
		if (opioids.isEmpty()) {
			return null;
		}
		if (screen.getValidity() != null && screen.getValidity() != SpecimenValidity.VALID) {
			return false;
		}
		return opioids.stream().allMatch(r -> r.getResult() == ScreenResult.NEGATIVE || r.getResult() == ScreenResult.POSITIVE && r.isExpected());
	}

	static boolean isOpioid(AnalyteResult result) {
		if (result.getAnalyte() == null) {
			return false;
		}
		if (result.getAnalyte().getCode() != null && OPIOID_ANALYTES.contains(result.getAnalyte().getCode())) {
			return true;
		}
		String display = result.getAnalyte().getDisplay() == null ? "" : result.getAnalyte().getDisplay().toLowerCase(Locale.ROOT);
		return OPIOID_WORDS.stream().anyMatch(display::contains);
	}

	private record Scored(java.time.Instant at, String key, BigDecimal score) {
	}

	private void measure(List<List<String>> rows, List<String> categories, List<double[]> chart, String name, List<CensusEntry> cohort, LocalDate today,
			Map<String, List<Scored>> byPatient) {
		double firstSum = 0;
		double lastSum = 0;
		int episodes = 0;
		for (CensusEntry episode : cohort) {
			LocalDate end = episode.dischargedOn() != null ? episode.dischargedOn() : today;
			List<Scored> scores = byPatient.getOrDefault(episode.patientId(), List.of()).stream().filter(s -> {
				LocalDate day = s.at().atZone(clock.getZone()).toLocalDate();
				return !day.isBefore(episode.admittedOn()) && !day.isAfter(end);
			}).sorted(Comparator.comparing(Scored::at)).toList();
			if (scores.size() < 2) {
				continue;
			}
			firstSum += scores.get(0).score().doubleValue();
			lastSum += scores.get(scores.size() - 1).score().doubleValue();
			episodes++;
		}
		double first = episodes == 0 ? Double.NaN : firstSum / episodes;
		double last = episodes == 0 ? Double.NaN : lastSum / episodes;
		rows.add(List.of(name, String.valueOf(episodes), decimal(first), decimal(last), episodes == 0 ? "" : signed(last - first)));
		categories.add(name);
		chart.add(new double[] { first, last });
	}

	private Map<String, List<Scored>> totals(String formId) {
		Map<String, List<Scored>> byPatient = new LinkedHashMap<>();
		for (ScoreEntry entry : store.responses(null, formId)) {
			if (entry.total() != null && entry.administeredAt() != null && !"IN_PROGRESS".equals(entry.status())) {
				byPatient.computeIfAbsent(entry.patientId(), p -> new ArrayList<>()).add(new Scored(entry.administeredAt(), "total", entry.total()));
			}
		}
		return byPatient;
	}

	private Map<String, List<Scored>> subscales(String formId, IProgressMonitor monitor) {
		List<ScoreEntry> entries = store.responses(null, formId);
		SubMonitor progress = SubMonitor.convert(monitor, entries.size());
		Map<String, List<Scored>> byPatient = new LinkedHashMap<>();
		for (ScoreEntry entry : entries) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (entry.administeredAt() != null && !"IN_PROGRESS".equals(entry.status())) {
				store.read(entry.recordId()).map(StoredRecord::record).filter(AssessmentResponse.class::isInstance).map(AssessmentResponse.class::cast)
						.ifPresent(response -> {
							for (SubscaleScore subscale : response.getSubscales()) {
								if (subscale.getScore() != null) {
									byPatient.computeIfAbsent(entry.patientId(), p -> new ArrayList<>())
											.add(new Scored(entry.administeredAt(), subscale.getSubscaleId(), subscale.getScore()));
								}
							}
						});
			}
			progress.worked(1);
		}
		return byPatient;
	}

	/** Episodes (planned, active or discharged) admitted from {@code from} to {@code to}. */
	private List<CensusEntry> cohort(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends (" + words.date(to) + ") before it starts (" + words.date(from) + ")");
		}
		return census(CensusFilter.open().withDischarged()).stream()
				.filter(e -> e.admittedOn() != null && !e.admittedOn().isBefore(from) && !e.admittedOn().isAfter(to)).toList();
	}

	private static long daysInTreatment(CensusEntry episode, LocalDate today) {
		LocalDate end = episode.dischargedOn() != null ? episode.dischargedOn() : today;
		return Math.max(0, ChronoUnit.DAYS.between(episode.admittedOn(), end));
	}

	private static Map<String, List<WorkItem>> byAuthor(List<WorkItem> items) {
		Map<String, List<WorkItem>> byAuthor = new TreeMap<>();
		for (WorkItem item : items) {
			if (item.author() != null) {
				byAuthor.computeIfAbsent(item.author(), a -> new ArrayList<>()).add(item);
			}
		}
		return byAuthor;
	}

	private static String median(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return "";
		}
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? String.valueOf(sorted.get(middle)) : decimal((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
	}

	private static String percent(long part, long whole) {
		return String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
	}

	private static String decimal(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String signed(double value) {
		return String.format(Locale.ROOT, "%+.1f", value);
	}
}
