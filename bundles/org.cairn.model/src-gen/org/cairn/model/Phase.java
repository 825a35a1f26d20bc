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
 * A representation of the literals of the enumeration '<em><b>Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getPhase()
 * @model
 * @generated
 */
public enum Phase implements Enumerator {
	/**
	 * The '<em><b>INTAKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE_VALUE
	 * @generated
	 * @ordered
	 */
	INTAKE(0, "INTAKE", "intake"),

	/**
	 * The '<em><b>WITHDRAWAL MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWAL_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWAL_MANAGEMENT(1, "WITHDRAWAL_MANAGEMENT", "withdrawal_management"),

	/**
	 * The '<em><b>STABILISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STABILISATION_VALUE
	 * @generated
	 * @ordered
	 */
	STABILISATION(2, "STABILISATION", "stabilisation"),

	/**
	 * The '<em><b>THERAPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THERAPY_VALUE
	 * @generated
	 * @ordered
	 */
	THERAPY(3, "THERAPY", "therapy"),

	/**
	 * The '<em><b>RELAPSE PREVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELAPSE_PREVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RELAPSE_PREVENTION(4, "RELAPSE_PREVENTION", "relapse_prevention"),

	/**
	 * The '<em><b>AFTERCARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFTERCARE_VALUE
	 * @generated
	 * @ordered
	 */
	AFTERCARE(5, "AFTERCARE", "aftercare");

	/**
	 * The '<em><b>INTAKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE
	 * @model literal="intake"
	 * @generated
	 * @ordered
	 */
	public static final int INTAKE_VALUE = 0;

	/**
	 * The '<em><b>WITHDRAWAL MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWAL_MANAGEMENT
	 * @model literal="withdrawal_management"
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWAL_MANAGEMENT_VALUE = 1;

	/**
	 * The '<em><b>STABILISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STABILISATION
	 * @model literal="stabilisation"
	 * @generated
	 * @ordered
	 */
	public static final int STABILISATION_VALUE = 2;

	/**
	 * The '<em><b>THERAPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THERAPY
	 * @model literal="therapy"
	 * @generated
	 * @ordered
	 */
	public static final int THERAPY_VALUE = 3;

	/**
	 * The '<em><b>RELAPSE PREVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELAPSE_PREVENTION
	 * @model literal="relapse_prevention"
	 * @generated
	 * @ordered
	 */
	public static final int RELAPSE_PREVENTION_VALUE = 4;

	/**
	 * The '<em><b>AFTERCARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFTERCARE
	 * @model literal="aftercare"
	 * @generated
	 * @ordered
	 */
	public static final int AFTERCARE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Phase[] VALUES_ARRAY =
		new Phase[] {
			INTAKE,
			WITHDRAWAL_MANAGEMENT,
			STABILISATION,
			THERAPY,
			RELAPSE_PREVENTION,
			AFTERCARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Phase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Phase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Phase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Phase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Phase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Phase get(int value) {
		switch (value) {
			case INTAKE_VALUE: return INTAKE;
			case WITHDRAWAL_MANAGEMENT_VALUE: return WITHDRAWAL_MANAGEMENT;
			case STABILISATION_VALUE: return STABILISATION;
			case THERAPY_VALUE: return THERAPY;
			case RELAPSE_PREVENTION_VALUE: return RELAPSE_PREVENTION;
			case AFTERCARE_VALUE: return AFTERCARE;
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
	private Phase(int value, String name, String literal) {
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
	
} //Phase
