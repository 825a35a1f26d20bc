package org.cairn.admin;

/** Thrown by a command whose arguments are wrong; the message says what was wrong and is shown as it is. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
