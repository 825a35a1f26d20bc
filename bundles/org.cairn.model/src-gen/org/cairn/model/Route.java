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
 * A representation of the literals of the enumeration '<em><b>Route</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getRoute()
 * @model
 * @generated
 */
public enum Route implements Enumerator {
	/**
	 * The '<em><b>ORAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORAL_VALUE
	 * @generated
	 * @ordered
	 */
	ORAL(0, "ORAL", "oral"),

	/**
	 * The '<em><b>SUBLINGUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBLINGUAL_VALUE
	 * @generated
	 * @ordered
	 */
	SUBLINGUAL(1, "SUBLINGUAL", "sublingual"),

	/**
	 * The '<em><b>BUCCAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUCCAL_VALUE
	 * @generated
	 * @ordered
	 */
	BUCCAL(2, "BUCCAL", "buccal"),

	/**
	 * The '<em><b>SUBCUTANEOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCUTANEOUS_VALUE
	 * @generated
	 * @ordered
	 */
	SUBCUTANEOUS(3, "SUBCUTANEOUS", "subcutaneous"),

	/**
	 * The '<em><b>INTRAMUSCULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRAMUSCULAR_VALUE
	 * @generated
	 * @ordered
	 */
	INTRAMUSCULAR(4, "INTRAMUSCULAR", "intramuscular"),

	/**
	 * The '<em><b>INTRANASAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRANASAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTRANASAL(5, "INTRANASAL", "intranasal"),

	/**
	 * The '<em><b>INTRAVENOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRAVENOUS_VALUE
	 * @generated
	 * @ordered
	 */
	INTRAVENOUS(6, "INTRAVENOUS", "intravenous");

	/**
	 * The '<em><b>ORAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORAL
	 * @model literal="oral"
	 * @generated
	 * @ordered
	 */
	public static final int ORAL_VALUE = 0;

	/**
	 * The '<em><b>SUBLINGUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBLINGUAL
	 * @model literal="sublingual"
	 * @generated
	 * @ordered
	 */
	public static final int SUBLINGUAL_VALUE = 1;

	/**
	 * The '<em><b>BUCCAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUCCAL
	 * @model literal="buccal"
	 * @generated
	 * @ordered
	 */
	public static final int BUCCAL_VALUE = 2;

	/**
	 * The '<em><b>SUBCUTANEOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCUTANEOUS
	 * @model literal="subcutaneous"
	 * @generated
	 * @ordered
	 */
	public static final int SUBCUTANEOUS_VALUE = 3;

	/**
	 * The '<em><b>INTRAMUSCULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRAMUSCULAR
	 * @model literal="intramuscular"
	 * @generated
	 * @ordered
	 */
	public static final int INTRAMUSCULAR_VALUE = 4;

	/**
	 * The '<em><b>INTRANASAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRANASAL
	 * @model literal="intranasal"
	 * @generated
	 * @ordered
	 */
	public static final int INTRANASAL_VALUE = 5;

	/**
	 * The '<em><b>INTRAVENOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRAVENOUS
	 * @model literal="intravenous"
	 * @generated
	 * @ordered
	 */
	public static final int INTRAVENOUS_VALUE = 6;

	/**
	 * An array of all the '<em><b>Route</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Route[] VALUES_ARRAY =
		new Route[] {
			ORAL,
			SUBLINGUAL,
			BUCCAL,
			SUBCUTANEOUS,
			INTRAMUSCULAR,
			INTRANASAL,
			INTRAVENOUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Route</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Route> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Route</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Route get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Route result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Route</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Route getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Route result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Route</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Route get(int value) {
		switch (value) {
			case ORAL_VALUE: return ORAL;
			case SUBLINGUAL_VALUE: return SUBLINGUAL;
			case BUCCAL_VALUE: return BUCCAL;
			case SUBCUTANEOUS_VALUE: return SUBCUTANEOUS;
			case INTRAMUSCULAR_VALUE: return INTRAMUSCULAR;
			case INTRANASAL_VALUE: return INTRANASAL;
			case INTRAVENOUS_VALUE: return INTRAVENOUS;
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
	private Route(int value, String name, String literal) {
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
	
} //Route
