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
 * A representation of the literals of the enumeration '<em><b>Programme</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getProgramme()
 * @model
 * @generated
 */
public enum Programme implements Enumerator {
	/**
	 * The '<em><b>DETOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETOX_VALUE
	 * @generated
	 * @ordered
	 */
	DETOX(0, "DETOX", "detox"),

	/**
	 * The '<em><b>RESIDENTIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENTIAL(1, "RESIDENTIAL", "residential"),

	/**
	 * The '<em><b>INTENSIVE OUTPATIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTENSIVE_OUTPATIENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTENSIVE_OUTPATIENT(2, "INTENSIVE_OUTPATIENT", "intensive_outpatient"),

	/**
	 * The '<em><b>OPIOID TREATMENT PROGRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPIOID_TREATMENT_PROGRAM_VALUE
	 * @generated
	 * @ordered
	 */
	OPIOID_TREATMENT_PROGRAM(3, "OPIOID_TREATMENT_PROGRAM", "opioid_treatment_program"),

	/**
	 * The '<em><b>OFFICE BASED OPIOID TREATMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_BASED_OPIOID_TREATMENT_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICE_BASED_OPIOID_TREATMENT(4, "OFFICE_BASED_OPIOID_TREATMENT", "office_based_opioid_treatment"),

	/**
	 * The '<em><b>OUTPATIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTPATIENT_VALUE
	 * @generated
	 * @ordered
	 */
	OUTPATIENT(5, "OUTPATIENT", "outpatient");

	/**
	 * The '<em><b>DETOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETOX
	 * @model literal="detox"
	 * @generated
	 * @ordered
	 */
	public static final int DETOX_VALUE = 0;

	/**
	 * The '<em><b>RESIDENTIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENTIAL
	 * @model literal="residential"
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENTIAL_VALUE = 1;

	/**
	 * The '<em><b>INTENSIVE OUTPATIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTENSIVE_OUTPATIENT
	 * @model literal="intensive_outpatient"
	 * @generated
	 * @ordered
	 */
	public static final int INTENSIVE_OUTPATIENT_VALUE = 2;

	/**
	 * The '<em><b>OPIOID TREATMENT PROGRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPIOID_TREATMENT_PROGRAM
	 * @model literal="opioid_treatment_program"
	 * @generated
	 * @ordered
	 */
	public static final int OPIOID_TREATMENT_PROGRAM_VALUE = 3;

	/**
	 * The '<em><b>OFFICE BASED OPIOID TREATMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICE_BASED_OPIOID_TREATMENT
	 * @model literal="office_based_opioid_treatment"
	 * @generated
	 * @ordered
	 */
	public static final int OFFICE_BASED_OPIOID_TREATMENT_VALUE = 4;

	/**
	 * The '<em><b>OUTPATIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTPATIENT
	 * @model literal="outpatient"
	 * @generated
	 * @ordered
	 */
	public static final int OUTPATIENT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Programme</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Programme[] VALUES_ARRAY =
		new Programme[] {
			DETOX,
			RESIDENTIAL,
			INTENSIVE_OUTPATIENT,
			OPIOID_TREATMENT_PROGRAM,
			OFFICE_BASED_OPIOID_TREATMENT,
			OUTPATIENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Programme</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Programme> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Programme</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Programme get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Programme result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Programme</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Programme getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Programme result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Programme</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Programme get(int value) {
		switch (value) {
			case DETOX_VALUE: return DETOX;
			case RESIDENTIAL_VALUE: return RESIDENTIAL;
			case INTENSIVE_OUTPATIENT_VALUE: return INTENSIVE_OUTPATIENT;
			case OPIOID_TREATMENT_PROGRAM_VALUE: return OPIOID_TREATMENT_PROGRAM;
			case OFFICE_BASED_OPIOID_TREATMENT_VALUE: return OFFICE_BASED_OPIOID_TREATMENT;
			case OUTPATIENT_VALUE: return OUTPATIENT;
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
	private Programme(int value, String name, String literal) {
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
	
} //Programme
