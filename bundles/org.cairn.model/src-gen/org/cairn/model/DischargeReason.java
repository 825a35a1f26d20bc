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
 * A representation of the literals of the enumeration '<em><b>Discharge Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getDischargeReason()
 * @model
 * @generated
 */
public enum DischargeReason implements Enumerator {
	/**
	 * The '<em><b>COMPLETED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETED_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLETED(0, "COMPLETED", "completed"),

	/**
	 * The '<em><b>TRANSFERRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSFERRED_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFERRED(1, "TRANSFERRED", "transferred"),

	/**
	 * The '<em><b>LEFT AGAINST ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_AGAINST_ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	LEFT_AGAINST_ADVICE(2, "LEFT_AGAINST_ADVICE", "left_against_advice"),

	/**
	 * The '<em><b>ADMINISTRATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE(3, "ADMINISTRATIVE", "administrative"),

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
	 * The '<em><b>HOSPITALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITALISED_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITALISED(5, "HOSPITALISED", "hospitalised"),

	/**
	 * The '<em><b>DECEASED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECEASED_VALUE
	 * @generated
	 * @ordered
	 */
	DECEASED(6, "DECEASED", "deceased"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "other");

	/**
	 * The '<em><b>COMPLETED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLETED
	 * @model literal="completed"
	 * @generated
	 * @ordered
	 */
	public static final int COMPLETED_VALUE = 0;

	/**
	 * The '<em><b>TRANSFERRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSFERRED
	 * @model literal="transferred"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFERRED_VALUE = 1;

	/**
	 * The '<em><b>LEFT AGAINST ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_AGAINST_ADVICE
	 * @model literal="left_against_advice"
	 * @generated
	 * @ordered
	 */
	public static final int LEFT_AGAINST_ADVICE_VALUE = 2;

	/**
	 * The '<em><b>ADMINISTRATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATIVE
	 * @model literal="administrative"
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_VALUE = 3;

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
	 * The '<em><b>HOSPITALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITALISED
	 * @model literal="hospitalised"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITALISED_VALUE = 5;

	/**
	 * The '<em><b>DECEASED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECEASED
	 * @model literal="deceased"
	 * @generated
	 * @ordered
	 */
	public static final int DECEASED_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Discharge Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DischargeReason[] VALUES_ARRAY =
		new DischargeReason[] {
			COMPLETED,
			TRANSFERRED,
			LEFT_AGAINST_ADVICE,
			ADMINISTRATIVE,
			INCARCERATED,
			HOSPITALISED,
			DECEASED,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Discharge Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DischargeReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Discharge Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DischargeReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DischargeReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discharge Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DischargeReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DischargeReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Discharge Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DischargeReason get(int value) {
		switch (value) {
			case COMPLETED_VALUE: return COMPLETED;
			case TRANSFERRED_VALUE: return TRANSFERRED;
			case LEFT_AGAINST_ADVICE_VALUE: return LEFT_AGAINST_ADVICE;
			case ADMINISTRATIVE_VALUE: return ADMINISTRATIVE;
			case INCARCERATED_VALUE: return INCARCERATED;
			case HOSPITALISED_VALUE: return HOSPITALISED;
			case DECEASED_VALUE: return DECEASED;
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
	private DischargeReason(int value, String name, String literal) {
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
	
} //DischargeReason
