package org.cairn.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.cairn.model.ClinicalRecord;

/**
 * A record as plain text, field by field in the model's order, nested parts indented: what a disclosure hands a
 * recipient until the printed layout exists. The same fields as the record's version view ({@link RecordDialog}).
 */
public final class RecordText {

	private RecordText() {
	}

	/** The lines of {@code record}, without a heading. */
	public static List<String> lines(ClinicalRecord record) {
		List<String> lines = new ArrayList<>();
		for (RecordDialog.Node node : RecordDialog.nodes(record)) {
			add(lines, node, "");
		}
		return lines;
	}

	/** The record's kind in words, e.g. "Session note". */
	public static String kind(ClinicalRecord record) {
		return Values.label(record.eClass().getName());
	}

	private static void add(List<String> lines, RecordDialog.Node node, String indent) {
		String value = node.value() == null || node.value().isEmpty() || !node.children().isEmpty() && node.value().matches("\\d+") ? ""
				: ": " + node.value();
		lines.add(indent + node.label() + value);
		for (RecordDialog.Node child : node.children()) {
			add(lines, child, indent + "    ");
		}
	}
}
