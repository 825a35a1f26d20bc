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
 * A representation of the literals of the enumeration '<em><b>Alert Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getAlertKind()
 * @model
 * @generated
 */
public enum AlertKind implements Enumerator {
	/**
	 * The '<em><b>ALLERGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ALLERGY(0, "ALLERGY", "allergy"),

	/**
	 * The '<em><b>RISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISK_VALUE
	 * @generated
	 * @ordered
	 */
	RISK(1, "RISK", "risk"),

	/**
	 * The '<em><b>CLINICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLINICAL_VALUE
	 * @generated
	 * @ordered
	 */
	CLINICAL(2, "CLINICAL", "clinical"),

	/**
	 * The '<em><b>ADMINISTRATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMINISTRATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE(3, "ADMINISTRATIVE", "administrative");

	/**
	 * The '<em><b>ALLERGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALLERGY
	 * @model literal="allergy"
	 * @generated
	 * @ordered
	 */
	public static final int ALLERGY_VALUE = 0;

	/**
	 * The '<em><b>RISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISK
	 * @model literal="risk"
	 * @generated
	 * @ordered
	 */
	public static final int RISK_VALUE = 1;

	/**
	 * The '<em><b>CLINICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLINICAL
	 * @model literal="clinical"
	 * @generated
	 * @ordered
	 */
	public static final int CLINICAL_VALUE = 2;

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
	 * An array of all the '<em><b>Alert Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AlertKind[] VALUES_ARRAY =
		new AlertKind[] {
			ALLERGY,
			RISK,
			CLINICAL,
			ADMINISTRATIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Alert Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AlertKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Alert Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlertKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlertKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Alert Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlertKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlertKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Alert Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlertKind get(int value) {
		switch (value) {
			case ALLERGY_VALUE: return ALLERGY;
			case RISK_VALUE: return RISK;
			case CLINICAL_VALUE: return CLINICAL;
			case ADMINISTRATIVE_VALUE: return ADMINISTRATIVE;
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
	private AlertKind(int value, String name, String literal) {
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
	
} //AlertKind
