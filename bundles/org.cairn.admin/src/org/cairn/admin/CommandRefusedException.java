package org.cairn.admin;

/**
 * A command that may not run for the person running it (no credentials, a wrong password, a role that does not
 * allow it). The message says why, in words for the person, and is shown as it is.
 */
public class CommandRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public CommandRefusedException(String message) {
		super(message);
	}
}
