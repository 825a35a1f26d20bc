package org.cairn.plugins;

import java.util.List;

import org.osgi.framework.Bundle;

/**
 * A check of what a plugin contributes, run when the plugin is installed (after it resolved and started): the faults
 * that would leave a contribution unusable, each naming the contribution and what is wrong. The forms bundle checks a
 * plugin's assessment forms so; a plugin whose contributions do not load is refused unless the installer forces it.
 * Registered as an OSGi service; every one registered is asked.
 */
public interface ContributionCheck {

	/** The faults of what {@code bundle} contributes; empty when all of it loads. */
	List<String> faults(Bundle bundle);
}
