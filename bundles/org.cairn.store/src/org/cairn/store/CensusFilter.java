package org.cairn.store;

import org.cairn.model.Phase;
import org.cairn.model.Programme;

/**
 * Which episodes a census lists: open ones (planned or active) by default, narrowed by programme, current phase
 * and a staff member on the care team today; {@code null} means any. Discharged episodes only when asked for.
 */
public record CensusFilter(Programme programme, Phase phase, String staffId, boolean includeDischarged) {

	/** Every open episode. */
	public static CensusFilter open() {
		return new CensusFilter(null, null, null, false);
	}

	public CensusFilter programme(Programme value) {
		return new CensusFilter(value, phase, staffId, includeDischarged);
	}

	public CensusFilter phase(Phase value) {
		return new CensusFilter(programme, value, staffId, includeDischarged);
	}

	public CensusFilter staff(String value) {
		return new CensusFilter(programme, phase, value, includeDischarged);
	}

	public CensusFilter withDischarged() {
		return new CensusFilter(programme, phase, staffId, true);
	}
}
