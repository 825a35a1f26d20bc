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
 * A representation of the literals of the enumeration '<em><b>Screen Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getScreenMethod()
 * @model
 * @generated
 */
public enum ScreenMethod implements Enumerator {
	/**
	 * The '<em><b>POINT OF CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POINT_OF_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	POINT_OF_CARE(0, "POINT_OF_CARE", "point_of_care"),

	/**
	 * The '<em><b>LABORATORY IMMUNOASSAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABORATORY_IMMUNOASSAY_VALUE
	 * @generated
	 * @ordered
	 */
	LABORATORY_IMMUNOASSAY(1, "LABORATORY_IMMUNOASSAY", "laboratory_immunoassay"),

	/**
	 * The '<em><b>CONFIRMATORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRMATORY_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMATORY(2, "CONFIRMATORY", "confirmatory");

	/**
	 * The '<em><b>POINT OF CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POINT_OF_CARE
	 * @model literal="point_of_care"
	 * @generated
	 * @ordered
	 */
	public static final int POINT_OF_CARE_VALUE = 0;

	/**
	 * The '<em><b>LABORATORY IMMUNOASSAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LABORATORY_IMMUNOASSAY
	 * @model literal="laboratory_immunoassay"
	 * @generated
	 * @ordered
	 */
	public static final int LABORATORY_IMMUNOASSAY_VALUE = 1;

	/**
	 * The '<em><b>CONFIRMATORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRMATORY
	 * @model literal="confirmatory"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMATORY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Screen Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScreenMethod[] VALUES_ARRAY =
		new ScreenMethod[] {
			POINT_OF_CARE,
			LABORATORY_IMMUNOASSAY,
			CONFIRMATORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Screen Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScreenMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Screen Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScreenMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScreenMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Screen Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScreenMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScreenMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Screen Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScreenMethod get(int value) {
		switch (value) {
			case POINT_OF_CARE_VALUE: return POINT_OF_CARE;
			case LABORATORY_IMMUNOASSAY_VALUE: return LABORATORY_IMMUNOASSAY;
			case CONFIRMATORY_VALUE: return CONFIRMATORY;
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
	private ScreenMethod(int value, String name, String literal) {
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
	
} //ScreenMethod
