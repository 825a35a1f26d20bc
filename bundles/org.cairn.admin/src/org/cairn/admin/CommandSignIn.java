package org.cairn.admin;

/**
 * Signs in the person running a command, as the command's {@link Requirement} asks: the same accounts, lockout and
 * audit events as the workbench's login. Offered by the accounts bundle; without it, no command that needs an account
 * runs.
 */
public interface CommandSignIn {

	/**
	 * Signs in the person running {@code command} and checks {@code requirement}'s permission.
	 *
	 * @param command     the command's name, for the audit event of a refusal and for messages
	 * @param requirement what the command needs ({@link Requirement#needsSignIn()} is true)
	 * @param invocation  the streams, for a prompt on the terminal
	 * @return who signed in
	 * @throws CommandRefusedException when nobody could be signed in or the account may not run the command; the
	 *                                 message says why and what to give (it is audited when an account was named)
	 */
	Operator signIn(String command, Requirement requirement, CommandInvocation invocation) throws CommandRefusedException;
}
