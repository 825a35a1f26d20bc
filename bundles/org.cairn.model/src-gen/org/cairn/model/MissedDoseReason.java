/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Missed Dose Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getMissedDoseReason()
 * @model
 * @generated
 */
public enum MissedDoseReason implements Enumerator {
	/**
	 * The '<em><b>NO SHOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_SHOW_VALUE
	 * @generated
	 * @ordered
	 */
	NO_SHOW(0, "NO_SHOW", "no_show"),

	/**
	 * The '<em><b>INTOXICATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTOXICATED_VALUE
	 * @generated
	 * @ordered
	 */
	INTOXICATED(1, "INTOXICATED", "intoxicated"),

	/**
	 * The '<em><b>HELD BY PRESCRIBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELD_BY_PRESCRIBER_VALUE
	 * @generated
	 * @ordered
	 */
	HELD_BY_PRESCRIBER(2, "HELD_BY_PRESCRIBER", "held_by_prescriber"),

	/**
	 * The '<em><b>HOSPITALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITALISED_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITALISED(3, "HOSPITALISED", "hospitalised"),

	/**
	 * The '<em><b>INCARCERATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCARCERATED_VALUE
	 * @generated
	 * @ordered
	 */
	INCARCERATED(4, "INCARCERATED", "incarcerated"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "other");

	/**
	 * The '<em><b>NO SHOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_SHOW
	 * @model literal="no_show"
	 * @generated
	 * @ordered
	 */
	public static final int NO_SHOW_VALUE = 0;

	/**
	 * The '<em><b>INTOXICATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTOXICATED
	 * @model literal="intoxicated"
	 * @generated
	 * @ordered
	 */
	public static final int INTOXICATED_VALUE = 1;

	/**
	 * The '<em><b>HELD BY PRESCRIBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELD_BY_PRESCRIBER
	 * @model literal="held_by_prescriber"
	 * @generated
	 * @ordered
	 */
	public static final int HELD_BY_PRESCRIBER_VALUE = 2;

	/**
	 * The '<em><b>HOSPITALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITALISED
	 * @model literal="hospitalised"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITALISED_VALUE = 3;

	/**
	 * The '<em><b>INCARCERATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCARCERATED
	 * @model literal="incarcerated"
	 * @generated
	 * @ordered
	 */
	public static final int INCARCERATED_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Missed Dose Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MissedDoseReason[] VALUES_ARRAY =
		new MissedDoseReason[] {
			NO_SHOW,
			INTOXICATED,
			HELD_BY_PRESCRIBER,
			HOSPITALISED,
			INCARCERATED,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Missed Dose Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MissedDoseReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Missed Dose Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissedDoseReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MissedDoseReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Missed Dose Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissedDoseReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MissedDoseReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Missed Dose Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissedDoseReason get(int value) {
		switch (value) {
			case NO_SHOW_VALUE: return NO_SHOW;
			case INTOXICATED_VALUE: return INTOXICATED;
			case HELD_BY_PRESCRIBER_VALUE: return HELD_BY_PRESCRIBER;
			case HOSPITALISED_VALUE: return HOSPITALISED;
			case INCARCERATED_VALUE: return INCARCERATED;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MissedDoseReason(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MissedDoseReason
