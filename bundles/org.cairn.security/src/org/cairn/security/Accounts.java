package org.cairn.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user accounts: who may log in, with which roles, and what those roles permit. Every change and every login
 * attempt is an audit event. {@code by} is the id of the person making a change.
 */
public interface Accounts {

	/**
	 * The one answer to a sign-in that fails, whatever the reason (no such name, a wrong password, a locked or disabled
	 * account, at the accounts or at an encrypted database's key slots), so that nobody learns from it which names
	 * exist or whether a password was right.
	 */
	String SIGN_IN_REFUSED = "The user name or password is wrong, or the account is locked or disabled. After 5 wrong passwords in a row"
			+ " an account locks for 15 minutes; an administrator can set a new password or enable it.";

	/** How many wrong passwords in a row lock an account. */
	int LOCK_AFTER = 5;

	/** The roles known to this database (those with permissions in {@code cairn_role_permission}). */
	Set<String> roles();

	List<Account> list();

	/** Every account's name by user id: how the workbench shows people (signers, authors, care teams) by name. */
	default java.util.Map<String, String> names() {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		list().forEach(account -> names.put(account.id(), account.displayName()));
		return names;
	}

	Optional<Account> find(String id);

	/**
	 * Creates an account, as {@code by}'s person. Every change of an account is made by someone signed in whose role
	 * may manage accounts ({@link Permission#ACCOUNT_MANAGE}): anyone else is refused with their words
	 * ({@link Session#refusal}) and the refusal audited as {@code PERMISSION_DENIED}; the change is audited under them.
	 * The one exception: with {@code by} null, the first account of a database that has none, which must be an
	 * administrator (that administrator then adds the others, signed in).
	 *
	 * @throws AccountException when the person may not, the id is taken or not a login name, a role is unknown, or the
	 *                          password is too weak; nothing is stored then
	 */
	Account create(Session by, String id, String displayName, Set<String> roles, char[] password);

	/** Replaces an account's roles, as {@code by}'s person (see {@link #create} for who may). */
	void setRoles(Session by, String id, Set<String> roles);

	/** Stops an account from signing in, or lets it again, as {@code by}'s person (see {@link #create} for who may). */
	void setDisabled(Session by, String id, boolean disabled);

	/** Sets a new password and unlocks the account, as {@code by}'s person (see {@link #create} for who may). */
	void changePassword(Session by, String id, char[] password);

	/** Checks a login: locks the account after {@link #LOCK_AFTER} wrong passwords in a row for a quarter of an hour. */
	Authentication authenticate(String id, char[] password);

	/** What {@code account}'s roles permit. */
	Set<Permission> permissions(Account account);

	/**
	 * Whether {@code session}'s person may do {@code action}, which needs {@code permission}. When not, the refusal is
	 * audited here as {@code PERMISSION_DENIED} under the person (the permission and the action), and
	 * {@link Session#refusal} says why in their words. What a screen or a command asks before it starts; the service it
	 * then calls decides again, so whatever did not ask is refused all the same.
	 *
	 * @param action    what was tried ("open the audit log"); kept in the audit event
	 * @param patientId the patient it concerns, or null
	 */
	boolean may(Session session, Permission permission, String action, String patientId);

	/**
	 * Audits what happened to {@code session} at this workstation ({@code LOGOUT}, {@code LOCK}, {@code UNLOCK}), under
	 * its person, with {@code detail} (why: "idle for 10 min"), or null.
	 */
	void sessionEvent(Session session, org.cairn.store.AuditEvent.Action action, String detail);

	/**
	 * Audits {@code count} wrong user names or passwords typed at this workstation's login before the encrypted
	 * database was opened (they could not be written then), as one {@code LOGIN_FAILED} event of an unknown user.
	 */
	void failedBeforeOpen(int count);

	/**
	 * Checks the password of someone already signed in before an action that needs it said again (signing, unlocking
	 * the workstation). A wrong password counts towards the lockout and is audited with {@code purpose}; a right one
	 * is left for the caller to audit as the action it allows.
	 */
	Authentication confirm(String id, char[] password, String purpose);

	/**
	 * The programmes {@code id} works in ({@code org.cairn.model.Programme} names): where charts are kept to
	 * caseloads, medication staff (nurses, prescribers) see the charts of their programmes' patients.
	 */
	Set<String> programmes(String id);

	/**
	 * Replaces the programmes {@code id} works in, as {@code by}'s person (see {@link #create} for who may).
	 *
	 * @throws AccountException when there is no such account or a name is not a programme
	 */
	void setProgrammes(Session by, String id, Set<String> programmes);

	/** The clinicians {@code supervisorId} supervises: they see the charts of those clinicians' caseloads. */
	Set<String> supervisees(String supervisorId);

	/**
	 * Replaces the clinicians {@code supervisorId} supervises, as {@code by}'s person (see {@link #create} for who may).
	 *
	 * @throws AccountException when an account named is not there, or a supervisor would supervise themselves
	 */
	void setSupervisees(Session by, String supervisorId, Set<String> clinicians);

	/** Whether the first administrator has been created (false on a new database: the setup wizard runs). */
	boolean isSetUp();

	/**
	 * First run: names the facility and creates its first administrator, in one transaction.
	 *
	 * @throws AccountException when an account exists already (another workstation was set up first), or the name or
	 *                          password cannot be used; nothing is stored then
	 */
	Account setUp(String facility, String id, String displayName, char[] password);

	/** A facility setting, such as {@link #FACILITY_NAME}. */
	Optional<String> setting(String name);

	/**
	 * Changes a facility setting, as {@code by}'s person, whose role must be allowed to configure the facility
	 * ({@link Permission#CONFIGURE}; refused and audited otherwise); the change is audited under them.
	 */
	void setSetting(Session by, String name, String value);

	/** Setting: the facility's name, as set up on first run. */
	String FACILITY_NAME = "facility.name";
	/** Setting: minutes without input before the workstation locks (default {@value #DEFAULT_IDLE_LOCK_MINUTES}). */
	String IDLE_LOCK_MINUTES = "security.idle-lock-minutes";
	int DEFAULT_IDLE_LOCK_MINUTES = 10;
	/**
	 * Setting: who may open a chart: {@code all} (everyone whose role reads clinical records; the default) or
	 * {@code caseload} (the patient's care team; anyone else by emergency access with a stated reason).
	 */
	String CHART_ACCESS = "security.chart-access";
}
