package org.cairn.forms;

/**
 * A fault in a form definition, with its place: the file ({@code source}, e.g. "harbour-forms.jar!/forms/intake.json"),
 * line and column (0 when the fault is in the file as a whole), the path of the value in the definition
 * ({@code items[3].options[1].score}) and what is wrong, in words a facility developer can act on.
 */
public record FormProblem(String source, int line, int column, String path, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(source);
		if (line > 0) {
			text.append(':').append(line).append(':').append(column);
		}
		text.append(": ");
		if (path != null && !path.isEmpty()) {
			text.append(path).append(": ");
		}
		return text.append(message).toString();
	}
}
