package org.cairn.forms.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) that remembers where each value starts, so that a fault in a form definition
 * is named by line and column. Duplicate keys in an object are a fault (JSON allows them; a definition that says
 * {@code "id"} twice is a mistake). Numbers are kept exactly as {@link BigDecimal}. Nesting deeper than
 * {@link #MAX_DEPTH} is refused rather than overflowing the stack.
 */
public final class Json {

	/** Deeper nesting than any form needs; a file nested deeper is refused, not read into a stack overflow. */
	public static final int MAX_DEPTH = 64;

	/** Where a value starts: 1-based line and column. */
	public record Position(int line, int column) {
		@Override
		public String toString() {
			return line + ":" + column;
		}
	}

	/** A value read from the text, with where it starts. */
	public sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
		Position at();

		/** "an object", "a number"...: for messages saying what was found instead. */
		String describe();
	}

	public record Obj(Map<String, Value> members, Map<String, Position> keys, Position at) implements Value {
		public String describe() {
			return "an object";
		}
	}

	public record Arr(List<Value> elements, Position at) implements Value {
		public String describe() {
			return "a list";
		}
	}

	public record Str(String value, Position at) implements Value {
		public String describe() {
			return "the text \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
		}
	}

	public record Num(BigDecimal value, Position at) implements Value {
		public String describe() {
			return "the number " + value.toPlainString();
		}
	}

	public record Bool(boolean value, Position at) implements Value {
		public String describe() {
			return value ? "true" : "false";
		}
	}

	public record Null(Position at) implements Value {
		public String describe() {
			return "null";
		}
	}

	/** The text is not JSON: what is wrong and where. */
	public static final class SyntaxError extends Exception {
		private static final long serialVersionUID = 1L;
		private final Position at;

		SyntaxError(String message, Position at) {
			super(message);
			this.at = at;
		}

		public Position at() {
			return at;
		}
	}

	private final String text;
	private int index;
	private int line = 1;
	private int lineStart;

	private Json(String text) {
		this.text = text;
	}

	/** Reads {@code text} as one JSON value; anything but white space after it is a fault. */
	public static Value parse(String text) throws SyntaxError {
		Json json = new Json(text);
		json.skipSpace();
		Value value = json.value(0);
		json.skipSpace();
		if (json.index < text.length()) {
			throw json.error("unexpected " + json.describeNext() + " after the end of the JSON value");
		}
		return value;
	}

	private Position here() {
		return new Position(line, index - lineStart + 1);
	}

	private SyntaxError error(String message) {
		return new SyntaxError(message, here());
	}

	private String describeNext() {
		if (index >= text.length()) {
			return "end of the file";
		}
		char c = text.charAt(index);
		return Character.isISOControl(c) ? String.format("character U+%04X", (int) c) : "'" + c + "'";
	}

	private void skipSpace() {
		while (index < text.length()) {
			char c = text.charAt(index);
			if (c == '\n') {
				line++;
				index++;
				lineStart = index;
			} else if (c == ' ' || c == '\t' || c == '\r') {
				index++;
			} else {
				return;
			}
		}
	}

	private Value value(int depth) throws SyntaxError {
		if (depth > MAX_DEPTH) {
			throw error("nested more than " + MAX_DEPTH + " levels deep");
		}
		if (index >= text.length()) {
			throw error("the file ends where a value was expected");
		}
		Position at = here();
		char c = text.charAt(index);
		switch (c) {
		case '{':
			return object(at, depth);
		case '[':
			return array(at, depth);
		case '"':
			return new Str(string(), at);
		case 't':
			word("true");
			return new Bool(true, at);
		case 'f':
			word("false");
			return new Bool(false, at);
		case 'n':
			word("null");
			return new Null(at);
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return new Num(number(), at);
			}
			throw error("unexpected " + describeNext() + " where a value was expected");
		}
	}

	private Obj object(Position at, int depth) throws SyntaxError {
		index++;
		Map<String, Value> members = new LinkedHashMap<>();
		Map<String, Position> keys = new LinkedHashMap<>();
		skipSpace();
		if (peek() == '}') {
			index++;
			return new Obj(Collections.unmodifiableMap(members), keys, at);
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error("expected a key in double quotes, found " + describeNext());
			}
			Position keyAt = here();
			String key = string();
			if (members.containsKey(key)) {
				throw new SyntaxError("the key \"" + key + "\" appears twice in this object (first at " + keys.get(key) + ")", keyAt);
			}
			skipSpace();
			if (peek() != ':') {
				throw error("expected ':' after the key \"" + key + "\", found " + describeNext());
			}
			index++;
			skipSpace();
			members.put(key, value(depth + 1));
			keys.put(key, keyAt);
			skipSpace();
			char next = peek();
			index++;
			if (next == '}') {
				return new Obj(Collections.unmodifiableMap(members), keys, at);
			}
			if (next != ',') {
				index--;
				throw error("expected ',' or '}' in the object, found " + describeNext());
			}
		}
	}

	private Arr array(Position at, int depth) throws SyntaxError {
		index++;
		List<Value> elements = new ArrayList<>();
		skipSpace();
		if (peek() == ']') {
			index++;
			return new Arr(List.copyOf(elements), at);
		}
		while (true) {
			skipSpace();
			elements.add(value(depth + 1));
			skipSpace();
			char next = peek();
			index++;
			if (next == ']') {
				return new Arr(List.copyOf(elements), at);
			}
			if (next != ',') {
				index--;
				throw error("expected ',' or ']' in the list, found " + describeNext());
			}
		}
	}

	private char peek() {
		return index < text.length() ? text.charAt(index) : '\0';
	}

	private void word(String word) throws SyntaxError {
		if (!text.startsWith(word, index)) {
			throw error("unexpected " + describeNext() + " where a value was expected");
		}
		index += word.length();
	}

	private String string() throws SyntaxError {
		index++;
		StringBuilder out = new StringBuilder();
		while (true) {
			if (index >= text.length()) {
				throw error("the file ends inside a text (a closing '\"' is missing)");
			}
			char c = text.charAt(index);
			if (c == '"') {
				index++;
				return out.toString();
			}
			if (c == '\n') {
				throw error("a text runs to the end of the line (a closing '\"' is missing)");
			}
			if (c < 0x20) {
				throw error(String.format("control character U+%04X inside a text; write it as an escape", (int) c));
			}
			if (c == '\\') {
				index++;
				char e = peek();
				switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					// Exactly four hexadecimal digits: Integer.parseInt alone would take "+041" or "-041".
					Position escape = new Position(line, index - lineStart);
					String digits = text.substring(index + 1, Math.min(text.length(), index + 5));
					if (!digits.matches("[0-9A-Fa-f]{4}")) {
						throw new SyntaxError("\\u must be followed by four hexadecimal digits, not \"" + digits.replace("\n", "") + "\"", escape);
					}
					out.append((char) Integer.parseInt(digits, 16));
					index += 4;
				}
				default -> throw error("unknown escape \\" + e + " in a text");
				}
				index++;
				continue;
			}
			out.append(c);
			index++;
		}
	}

	private BigDecimal number() throws SyntaxError {
		int start = index;
		if (peek() == '-') {
			index++;
		}
		if (peek() == '0') {
			index++;
		} else if (peek() >= '1' && peek() <= '9') {
			digits();
		} else {
			throw error("a number needs digits after '-'");
		}
		if (peek() == '.') {
			index++;
			if (!(peek() >= '0' && peek() <= '9')) {
				throw error("a number needs digits after its decimal point");
			}
			digits();
		}
		if (peek() == 'e' || peek() == 'E') {
			index++;
			if (peek() == '+' || peek() == '-') {
				index++;
			}
			if (!(peek() >= '0' && peek() <= '9')) {
				throw error("a number needs digits in its exponent");
			}
			digits();
		}
		if (index - start > 40) {
			throw new SyntaxError("a number of more than 40 characters", new Position(line, start - lineStart + 1));
		}
		return new BigDecimal(text.substring(start, index));
	}

	private void digits() {
		while (peek() >= '0' && peek() <= '9') {
			index++;
		}
	}
}
