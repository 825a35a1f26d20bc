package org.cairn.ui.export;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import org.cairn.export.FhirExport;
import org.cairn.export.RecordExport;
import org.cairn.export.Reports;
import org.cairn.security.Account;
import org.cairn.security.Accounts;
import org.cairn.store.RecordStore;
import org.cairn.ui.parts.Forms;
import org.cairn.ui.security.Login;

/**
 * The export services as the workbench uses them: staff named from the accounts, forms from the registry, the
 * facility's name from its settings, times in this workstation's zone.
 */
public final class Exports {

	private Exports() {
	}

	/** "Name (id)" of a user id, from the accounts when there are any. */
	public static Function<String, String> staff() {
		Accounts accounts = Login.accounts();
		return RecordExport.staffNames(id -> accounts == null ? Optional.empty() : accounts.find(id).map(Account::displayName));
	}

	/** Who produces a document: the facility and {@code user} (the person signed in). Reads the accounts: call it in a job. */
	public static RecordExport.Producer producer(String user) {
		Accounts accounts = Login.accounts();
		String facility = accounts == null ? "" : accounts.setting(Accounts.FACILITY_NAME).orElse("");
		String name = accounts == null ? user : accounts.find(user).map(Account::displayName).orElse(user);
		return new RecordExport.Producer(facility, user, name);
	}

	public static RecordExport records(RecordStore store) {
		return new RecordExport(store, staff(), Forms::definition, Clock.systemDefaultZone());
	}

	public static FhirExport fhir(RecordStore store) {
		return new FhirExport(store, staff(), Forms::definition, Clock.systemDefaultZone());
	}

	/** @param programme the one programme to count, or null for all */
	public static Reports reports(RecordStore store, org.cairn.model.Programme programme) {
		return new Reports(store, staff(), Clock.systemDefaultZone(), programme);
	}
}
