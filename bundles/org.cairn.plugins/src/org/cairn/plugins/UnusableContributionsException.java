package org.cairn.plugins;

import java.util.List;

/**
 * A plugin was not installed because some of what it contributes does not load (a form with a fault); installing it
 * again with {@code force} has it without those contributions.
 */
public class UnusableContributionsException extends PluginException {

	private static final long serialVersionUID = 1L;

	private final List<String> faults;

	public UnusableContributionsException(String message, List<String> faults) {
		super(message);
		this.faults = List.copyOf(faults);
	}

	/** Each contribution that does not load, with its fault. */
	public List<String> faults() {
		return faults;
	}
}
