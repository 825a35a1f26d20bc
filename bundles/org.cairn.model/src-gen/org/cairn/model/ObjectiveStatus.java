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
 * A representation of the literals of the enumeration '<em><b>Objective Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getObjectiveStatus()
 * @model
 * @generated
 */
public enum ObjectiveStatus implements Enumerator {
	/**
	 * The '<em><b>NOT STARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_STARTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_STARTED(0, "NOT_STARTED", "not_started"),

	/**
	 * The '<em><b>IN PROGRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROGRESS_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PROGRESS(1, "IN_PROGRESS", "in_progress"),

	/**
	 * The '<em><b>MET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MET_VALUE
	 * @generated
	 * @ordered
	 */
	MET(2, "MET", "met"),

	/**
	 * The '<em><b>PARTIALLY MET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIALLY_MET_VALUE
	 * @generated
	 * @ordered
	 */
	PARTIALLY_MET(3, "PARTIALLY_MET", "partially_met"),

	/**
	 * The '<em><b>NOT MET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_MET_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_MET(4, "NOT_MET", "not_met"),

	/**
	 * The '<em><b>REVISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVISED_VALUE
	 * @generated
	 * @ordered
	 */
	REVISED(5, "REVISED", "revised"),

	/**
	 * The '<em><b>DISCONTINUED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCONTINUED_VALUE
	 * @generated
	 * @ordered
	 */
	DISCONTINUED(6, "DISCONTINUED", "discontinued");

	/**
	 * The '<em><b>NOT STARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_STARTED
	 * @model literal="not_started"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_STARTED_VALUE = 0;

	/**
	 * The '<em><b>IN PROGRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROGRESS
	 * @model literal="in_progress"
	 * @generated
	 * @ordered
	 */
	public static final int IN_PROGRESS_VALUE = 1;

	/**
	 * The '<em><b>MET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MET
	 * @model literal="met"
	 * @generated
	 * @ordered
	 */
	public static final int MET_VALUE = 2;

	/**
	 * The '<em><b>PARTIALLY MET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTIALLY_MET
	 * @model literal="partially_met"
	 * @generated
	 * @ordered
	 */
	public static final int PARTIALLY_MET_VALUE = 3;

	/**
	 * The '<em><b>NOT MET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_MET
	 * @model literal="not_met"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_MET_VALUE = 4;

	/**
	 * The '<em><b>REVISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVISED
	 * @model literal="revised"
	 * @generated
	 * @ordered
	 */
	public static final int REVISED_VALUE = 5;

	/**
	 * The '<em><b>DISCONTINUED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCONTINUED
	 * @model literal="discontinued"
	 * @generated
	 * @ordered
	 */
	public static final int DISCONTINUED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Objective Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ObjectiveStatus[] VALUES_ARRAY =
		new ObjectiveStatus[] {
			NOT_STARTED,
			IN_PROGRESS,
			MET,
			PARTIALLY_MET,
			NOT_MET,
			REVISED,
			DISCONTINUED,
		};

	/**
	 * A public read-only list of all the '<em><b>Objective Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ObjectiveStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Objective Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveStatus get(int value) {
		switch (value) {
			case NOT_STARTED_VALUE: return NOT_STARTED;
			case IN_PROGRESS_VALUE: return IN_PROGRESS;
			case MET_VALUE: return MET;
			case PARTIALLY_MET_VALUE: return PARTIALLY_MET;
			case NOT_MET_VALUE: return NOT_MET;
			case REVISED_VALUE: return REVISED;
			case DISCONTINUED_VALUE: return DISCONTINUED;
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
	private ObjectiveStatus(int value, String name, String literal) {
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
	
} //ObjectiveStatus
