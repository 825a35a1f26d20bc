package org.cairn.security;

import java.util.Set;

/** What a login attempt came to: in, with the account and its permissions, or refused with the reason to show. */
public sealed interface Authentication {

	record Success(Account account, Set<Permission> permissions) implements Authentication {
		public Success {
			permissions = Set.copyOf(permissions);
		}
	}

	/**
	 * @param reason what to tell the person (a wrong user name and a wrong password get the same words)
	 */
	record Refused(String reason) implements Authentication {
	}
}
