package org.cairn.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairn.security.Account;
import org.cairn.security.Accounts;
import org.cairn.security.Authentication;
import org.cairn.security.Permission;
import org.cairn.security.Session;
import org.cairn.store.DatabaseKeys;
import org.cairn.store.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/** The {@link Accounts} service, on the record database the store has opened. */
@Component(service = Accounts.class)
public class AccountsService implements Accounts {

	@Reference
	Transactions transactions;

	/** The embedded database's key slots, kept in step with the accounts: a slot per account that may sign in. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	volatile DatabaseKeys keys;

	private Accounts accounts;

	@Activate
	void activate() {
		accounts = new JdbcAccounts(transactions, Clock.systemUTC());
	}

	@Override
	public Set<String> roles() {
		return accounts.roles();
	}

	@Override
	public List<Account> list() {
		return accounts.list();
	}

	@Override
	public Optional<Account> find(String id) {
		return accounts.find(id);
	}

	@Override
	public Account create(String id, String displayName, Set<String> roles, char[] password, String by) {
		Account account = accounts.create(id, displayName, roles, password, by);
		if (keys != null) {
			keys.putSlot(account.id(), password);
		}
		return account;
	}

	@Override
	public void setRoles(String id, Set<String> roles, String by) {
		accounts.setRoles(id, roles, by);
	}

	@Override
	public void setDisabled(String id, boolean disabled, String by) {
		accounts.setDisabled(id, disabled, by);
		if (disabled && keys != null) {
			// A disabled account no longer opens the database; enabling it again needs a new password (a new slot).
			keys.removeSlot(id);
		}
	}

	@Override
	public void changePassword(String id, char[] password, String by) {
		accounts.changePassword(id, password, by);
		if (keys != null) {
			keys.putSlot(id, password);
		}
	}

	@Override
	public Authentication authenticate(String id, char[] password) {
		return accounts.authenticate(id, password);
	}

	@Override
	public Set<Permission> permissions(Account account) {
		return accounts.permissions(account);
	}

	@Override
	public boolean may(Session session, Permission permission, String action, String patientId) {
		return accounts.may(session, permission, action, patientId);
	}

	@Override
	public void sessionEvent(Session session, org.cairn.store.AuditEvent.Action action, String detail) {
		accounts.sessionEvent(session, action, detail);
	}

	@Override
	public Authentication confirm(String id, char[] password, String purpose) {
		return accounts.confirm(id, password, purpose);
	}

	@Override
	public boolean isSetUp() {
		return accounts.isSetUp();
	}

	@Override
	public Account setUp(String facility, String id, String displayName, char[] password) {
		Account admin = accounts.setUp(facility, id, displayName, password);
		if (keys != null && !keys.slotUsers().contains(admin.id())) {
			// An encrypted database whose first setup was cut short after its key was made: the administrator who
			// finishes it gets a slot of their own.
			keys.putSlot(admin.id(), password);
		}
		return admin;
	}

	@Override
	public Optional<String> setting(String name) {
		return accounts.setting(name);
	}

	@Override
	public void setSetting(String name, String value, String by) {
		accounts.setSetting(name, value, by);
	}

	@Override
	public Set<String> programmes(String id) {
		return accounts.programmes(id);
	}

	@Override
	public void setProgrammes(String id, Set<String> programmes, String by) {
		accounts.setProgrammes(id, programmes, by);
	}

	@Override
	public Set<String> supervisees(String supervisorId) {
		return accounts.supervisees(supervisorId);
	}

	@Override
	public void setSupervisees(String supervisorId, Set<String> clinicians, String by) {
		accounts.setSupervisees(supervisorId, clinicians, by);
	}
}
