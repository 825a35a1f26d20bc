package org.cairn.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cairn.security.Passwords;
import org.junit.jupiter.api.Test;

class PasswordsTest {

	@Test
	void aHashIsSaltedSlowAndVerifies() {
		char[] password = "correct horse battery".toCharArray();
		String first = Passwords.hash(password);
		String second = Passwords.hash(password);
		assertTrue(first.matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}"), first);
		assertNotEquals(first, second, "each hash has its own salt");
		assertTrue(Passwords.verify(password, first));
		assertTrue(Passwords.verify(password, second));
		assertFalse(Passwords.verify("correct horse battery!".toCharArray(), first));
		assertFalse(Passwords.verify(password, "md5$abc"), "an unknown scheme never verifies");
		assertFalse(Passwords.verify(password, null));
	}

	@Test
	void weakPasswordsAreRefusedWithTheReason() {
		assertEquals("A password needs at least 12 characters (this one has 7)", Passwords.problem("ana", "secret1".toCharArray()));
		assertEquals("A password cannot be the account's own name", Passwords.problem("ana.lopez.rn", "ANA.LOPEZ.RN".toCharArray()));
		assertEquals("A password cannot be one character repeated", Passwords.problem("ana", "aaaaaaaaaaaaaa".toCharArray()));
		assertNull(Passwords.problem("ana", "three blind mice".toCharArray()));
	}
}
