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
 * A representation of the literals of the enumeration '<em><b>Attendance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getAttendance()
 * @model
 * @generated
 */
public enum Attendance implements Enumerator {
	/**
	 * The '<em><b>PRESENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESENT_VALUE
	 * @generated
	 * @ordered
	 */
	PRESENT(0, "PRESENT", "present"),

	/**
	 * The '<em><b>LATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATE_VALUE
	 * @generated
	 * @ordered
	 */
	LATE(1, "LATE", "late"),

	/**
	 * The '<em><b>LEFT EARLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_EARLY_VALUE
	 * @generated
	 * @ordered
	 */
	LEFT_EARLY(2, "LEFT_EARLY", "left_early"),

	/**
	 * The '<em><b>ABSENT EXCUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENT_EXCUSED_VALUE
	 * @generated
	 * @ordered
	 */
	ABSENT_EXCUSED(3, "ABSENT_EXCUSED", "absent_excused"),

	/**
	 * The '<em><b>ABSENT UNEXCUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENT_UNEXCUSED_VALUE
	 * @generated
	 * @ordered
	 */
	ABSENT_UNEXCUSED(4, "ABSENT_UNEXCUSED", "absent_unexcused");

	/**
	 * The '<em><b>PRESENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESENT
	 * @model literal="present"
	 * @generated
	 * @ordered
	 */
	public static final int PRESENT_VALUE = 0;

	/**
	 * The '<em><b>LATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATE
	 * @model literal="late"
	 * @generated
	 * @ordered
	 */
	public static final int LATE_VALUE = 1;

	/**
	 * The '<em><b>LEFT EARLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEFT_EARLY
	 * @model literal="left_early"
	 * @generated
	 * @ordered
	 */
	public static final int LEFT_EARLY_VALUE = 2;

	/**
	 * The '<em><b>ABSENT EXCUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENT_EXCUSED
	 * @model literal="absent_excused"
	 * @generated
	 * @ordered
	 */
	public static final int ABSENT_EXCUSED_VALUE = 3;

	/**
	 * The '<em><b>ABSENT UNEXCUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENT_UNEXCUSED
	 * @model literal="absent_unexcused"
	 * @generated
	 * @ordered
	 */
	public static final int ABSENT_UNEXCUSED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Attendance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Attendance[] VALUES_ARRAY =
		new Attendance[] {
			PRESENT,
			LATE,
			LEFT_EARLY,
			ABSENT_EXCUSED,
			ABSENT_UNEXCUSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Attendance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Attendance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attendance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Attendance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Attendance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attendance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Attendance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Attendance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attendance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Attendance get(int value) {
		switch (value) {
			case PRESENT_VALUE: return PRESENT;
			case LATE_VALUE: return LATE;
			case LEFT_EARLY_VALUE: return LEFT_EARLY;
			case ABSENT_EXCUSED_VALUE: return ABSENT_EXCUSED;
			case ABSENT_UNEXCUSED_VALUE: return ABSENT_UNEXCUSED;
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
	private Attendance(int value, String name, String literal) {
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
	
} //Attendance
