package org.cairn.clinical;

/**
 * A clinical service refused what was asked: nothing was changed and nothing of the record was returned. The
 * {@link #problem()} says why as a code the client turns into words; a refusal for want of a permission was audited as
 * {@code PERMISSION_DENIED} before this was thrown. The message names the code only (it may be logged).
 */
public class RefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient java.util.List<Problem> problems;

	public RefusedException(Problem problem) {
		this(java.util.List.of(problem));
	}

	/** A refusal for several problems at once (a note's rules); {@link #problem()} is the first. */
	public RefusedException(java.util.List<Problem> problems) {
		super("refused: " + problems.stream().map(Problem::code).toList());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a refusal says why");
		}
		this.problems = java.util.List.copyOf(problems);
	}

	public Problem problem() {
		return problems.get(0);
	}

	/** Every reason, in the order the rules found them. */
	public java.util.List<Problem> problems() {
		return problems;
	}
}
