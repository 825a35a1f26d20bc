package org.cairn.forms;

import java.util.List;

/** When an item is asked or a flag raised (docs/FORMS.md, "Conditions"). */
public sealed interface Condition {

	enum Op {
		EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), ANSWERED("answered"), UNANSWERED("unanswered");

		public final String symbol;

		Op(String symbol) {
			this.symbol = symbol;
		}

		public static Op of(String symbol) {
			for (Op op : values()) {
				if (op.symbol.equals(symbol)) {
					return op;
				}
			}
			return null;
		}
	}

	/**
	 * An item's answer compared with {@code value}: an option code, or with {@code byScore} the option's score; a
	 * number; true or false; a text or a date (yyyy-mm-dd).
	 */
	record OnItem(String item, Op op, Object value, boolean byScore) implements Condition {
	}

	/** A computed score compared with a number. */
	record OnScore(String score, Op op, java.math.BigDecimal value) implements Condition {
	}

	/** The patient's administrative sex ("female", "male", "other", "unknown") or age in years. */
	record OnPatient(String field, Op op, Object value) implements Condition {
	}

	record All(List<Condition> conditions) implements Condition {
	}

	record Any(List<Condition> conditions) implements Condition {
	}

	record Not(Condition condition) implements Condition {
	}
}
