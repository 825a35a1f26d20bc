package org.cairn.ui.security;

import org.cairn.security.Accounts;

/**
 * The facility's chart-access setting as the users dialog shows it. Whose charts a person may open, and emergency
 * access to the others, are decided by the clinical services ({@code org.cairn.clinical.Charts}), for every caller.
 */
public final class Caseload {

	/** {@link Accounts#CHART_ACCESS}: every chart to everyone whose role reads clinical records (the default). */
	public static final String ALL = "all";
	/** {@link Accounts#CHART_ACCESS}: charts to their care team; others by emergency access. */
	public static final String CASELOAD = "caseload";

	private Caseload() {
	}

	/** Whether the facility keeps charts to caseloads. */
	public static boolean restricted(Accounts accounts) {
		return accounts != null && CASELOAD.equals(accounts.setting(Accounts.CHART_ACCESS).orElse(ALL));
	}
}
