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
 * A representation of the literals of the enumeration '<em><b>Dose Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getDoseOutcome()
 * @model
 * @generated
 */
public enum DoseOutcome implements Enumerator {
	/**
	 * The '<em><b>OBSERVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVED_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVED(0, "OBSERVED", "observed"),

	/**
	 * The '<em><b>TAKE HOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAKE_HOME_VALUE
	 * @generated
	 * @ordered
	 */
	TAKE_HOME(1, "TAKE_HOME", "take_home"),

	/**
	 * The '<em><b>MISSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSED_VALUE
	 * @generated
	 * @ordered
	 */
	MISSED(2, "MISSED", "missed"),

	/**
	 * The '<em><b>REFUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSED_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSED(3, "REFUSED", "refused"),

	/**
	 * The '<em><b>HELD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELD_VALUE
	 * @generated
	 * @ordered
	 */
	HELD(4, "HELD", "held");

	/**
	 * The '<em><b>OBSERVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVED
	 * @model literal="observed"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVED_VALUE = 0;

	/**
	 * The '<em><b>TAKE HOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAKE_HOME
	 * @model literal="take_home"
	 * @generated
	 * @ordered
	 */
	public static final int TAKE_HOME_VALUE = 1;

	/**
	 * The '<em><b>MISSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSED
	 * @model literal="missed"
	 * @generated
	 * @ordered
	 */
	public static final int MISSED_VALUE = 2;

	/**
	 * The '<em><b>REFUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSED
	 * @model literal="refused"
	 * @generated
	 * @ordered
	 */
	public static final int REFUSED_VALUE = 3;

	/**
	 * The '<em><b>HELD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELD
	 * @model literal="held"
	 * @generated
	 * @ordered
	 */
	public static final int HELD_VALUE = 4;

	/**
	 * An array of all the '<em><b>Dose Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DoseOutcome[] VALUES_ARRAY =
		new DoseOutcome[] {
			OBSERVED,
			TAKE_HOME,
			MISSED,
			REFUSED,
			HELD,
		};

	/**
	 * A public read-only list of all the '<em><b>Dose Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DoseOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dose Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DoseOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DoseOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dose Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DoseOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DoseOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dose Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DoseOutcome get(int value) {
		switch (value) {
			case OBSERVED_VALUE: return OBSERVED;
			case TAKE_HOME_VALUE: return TAKE_HOME;
			case MISSED_VALUE: return MISSED;
			case REFUSED_VALUE: return REFUSED;
			case HELD_VALUE: return HELD;
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
	private DoseOutcome(int value, String name, String literal) {
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
	
} //DoseOutcome
