package org.cairn.security;

/** An account change that cannot be made, with the reason in words for the person who asked. */
public class AccountException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AccountException(String message) {
		super(message);
	}
}
