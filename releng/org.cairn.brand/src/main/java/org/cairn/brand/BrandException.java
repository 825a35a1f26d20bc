package org.cairn.brand;

import java.util.List;

/** A brand folder, plugin or product archive that cannot be turned into a branded build, with every reason. */
public class BrandException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public BrandException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public BrandException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}
}
