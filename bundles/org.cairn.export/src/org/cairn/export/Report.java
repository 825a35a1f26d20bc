package org.cairn.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A report's figures: one table (what CSV export writes, header first) and the chart drawn from it, with the notes a
 * reader needs to read the figures right (what was counted, what was left out).
 *
 * @param title       the report's name ("Census by programme and phase")
 * @param scope       what it covers, in words ("Open episodes on 4 Dec 2026")
 * @param header      the table's column names
 * @param rows        the table's rows, as shown and as written to CSV
 * @param chart       the chart of the table, or null
 * @param notes       how the figures were counted
 */
public record Report(String title, String scope, List<String> header, List<List<String>> rows, Chart chart, List<String> notes) {

	public Report {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		notes = List.copyOf(notes);
	}

	/** How a chart draws its series. */
	public enum ChartKind {
		/** Bars side by side per category. */
		BAR,
		/** Bars stacked per category (parts of a whole). */
		STACKED_BAR,
		/** A line per series across the categories (months, say). */
		LINE
	}

	/** A chart: categories along the x axis, one value per category in each series; NaN where there is none. */
	public record Chart(ChartKind kind, String valueAxis, List<String> categories, List<Series> series) {
		public Chart {
			categories = List.copyOf(categories);
			series = List.copyOf(series);
		}
	}

	public record Series(String name, double[] values) {
	}

	/** The cell at {@code row}, {@code column}. */
	public String cell(int row, int column) {
		return rows.get(row).get(column);
	}

	/** The row whose first cell is {@code first}, or an exception naming what there is. */
	public List<String> row(String first) {
		return rows.stream().filter(r -> r.get(0).equals(first)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No row " + first + " in " + title + "; rows: " + rows.stream().map(r -> r.get(0)).toList()));
	}

	/** Writes the table as CSV (RFC 4180: commas, CRLF line ends, quotes doubled inside quoted fields). */
	public void writeCsv(Writer out) throws IOException {
		writeLine(out, header);
		for (List<String> row : rows) {
			writeLine(out, row);
		}
		out.flush();
	}

	private static void writeLine(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(csv(cells.get(i)));
		}
		out.write("\r\n");
	}

	/**
	 * One CSV field; quoted when it holds a comma, quote or line break, and a leading =, +, - or @ is preceded by a
	 * quote mark so that a spreadsheet does not run it as a formula.
	 */
	static String csv(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
