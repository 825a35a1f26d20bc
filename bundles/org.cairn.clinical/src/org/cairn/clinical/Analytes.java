package org.cairn.clinical;

import java.util.List;
import java.util.Locale;

import org.cairn.model.CairnFactory;
import org.cairn.model.Code;
import org.cairn.model.MedicationOrder;

/**
 * The urine drug screen panel (CLINICAL.md, LOINC screen codes from the CDC opioid CDS value sets), and which
 * positive results the patient's active orders explain: buprenorphine while on buprenorphine (alone or with
 * naloxone), methadone while on methadone. Everything else positive is unexpected. The opiates immunoassay does
 * not detect fentanyl, methadone or buprenorphine, so no MOUD order explains it.
 */
public final class Analytes {

	/** LOINC, the system of every analyte code. */
	public static final String LOINC = "http://loinc.org";

	/** One analyte of the panel: its LOINC screen code, its name, and the medication name that explains it. */
	public record Analyte(String loinc, String name, String explainedBy) {

		public Code code() {
			Code code = CairnFactory.eINSTANCE.createCode();
			code.setSystem(LOINC);
			code.setCode(loinc);
			code.setDisplay(name);
			return code;
		}
	}

	/** The standard panel, in the order a result sheet lists it. */
	public static final List<Analyte> PANEL = List.of(new Analyte("19295-5", "Opiates", null), new Analyte("19321-9", "6-MAM (heroin)", null),
			new Analyte("59673-4", "Fentanyl", null), new Analyte("93494-3", "Buprenorphine", "buprenorphine"),
			new Analyte("19550-3", "Methadone", "methadone"), new Analyte("19642-8", "Oxycodone", null), new Analyte("19359-9", "Cocaine", null),
			new Analyte("19343-3", "Amphetamines", null), new Analyte("19554-5", "Methamphetamine", null),
			new Analyte("14316-4", "Benzodiazepines", null), new Analyte("18282-4", "Cannabinoids (THC)", null));

	private Analytes() {
	}

	/** The panel's analyte with LOINC code {@code loinc}, or null. */
	public static Analyte byLoinc(String loinc) {
		return PANEL.stream().filter(analyte -> analyte.loinc().equals(loinc)).findFirst().orElse(null);
	}

	/**
	 * Whether a positive {@code analyte} is expected given {@code activeOrders} (the orders active on the day of
	 * collection): only when an order's medication is what the analyte detects.
	 */
	public static boolean expectedPositive(Analyte analyte, List<MedicationOrder> activeOrders) {
		if (analyte.explainedBy() == null) {
			return false;
		}
		return activeOrders.stream().anyMatch(order -> order.getMedicationName() != null
				&& order.getMedicationName().toLowerCase(Locale.ROOT).contains(analyte.explainedBy()));
	}
}
