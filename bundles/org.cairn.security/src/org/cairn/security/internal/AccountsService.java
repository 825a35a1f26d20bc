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
public class AccountsService implements Accounts, RecoveryKeyPasswords {

	@Reference
	Transactions transactions;

	/** The embedded database's key slots, kept in step with the accounts: a slot per account that may sign in. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL)
	volatile DatabaseKeys keys;

	private JdbcAccounts accounts;

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
	public Account create(Session by, String id, String displayName, Set<String> roles, char[] password) {
		Account account = accounts.create(by, id, displayName, roles, password);
		if (keys != null) {
			keys.putSlot(account.id(), password);
		}
		return account;
	}

	@Override
	public void setRoles(Session by, String id, Set<String> roles) {
		accounts.setRoles(by, id, roles);
	}

	@Override
	public void setDisabled(Session by, String id, boolean disabled) {
		accounts.setDisabled(by, id, disabled);
		if (disabled && keys != null) {
			// A disabled account no longer opens the database; enabling it again needs a new password (a new slot).
			keys.removeSlot(id);
		}
	}

	@Override
	public void changePassword(Session by, String id, char[] password) {
		accounts.changePassword(by, id, password);
		if (keys != null) {
			keys.putSlot(id, password);
		}
	}

	@Override
	public void recoverAdministrator(String id, char[] password) {
		accounts.recoverAdministrator(id, password);
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
	public void failedBeforeOpen(int count) {
		accounts.failedBeforeOpen(count);
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
	public void setSetting(Session by, String name, String value) {
		accounts.setSetting(by, name, value);
	}

	@Override
	public Set<String> programmes(String id) {
		return accounts.programmes(id);
	}

	@Override
	public void setProgrammes(Session by, String id, Set<String> programmes) {
		accounts.setProgrammes(by, id, programmes);
	}

	@Override
	public Set<String> supervisees(String supervisorId) {
		return accounts.supervisees(supervisorId);
	}

	@Override
	public void setSupervisees(Session by, String supervisorId, Set<String> clinicians) {
		accounts.setSupervisees(by, supervisorId, clinicians);
	}
}
