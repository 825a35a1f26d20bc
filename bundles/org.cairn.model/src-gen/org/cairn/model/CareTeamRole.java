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
 * A representation of the literals of the enumeration '<em><b>Care Team Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getCareTeamRole()
 * @model
 * @generated
 */
public enum CareTeamRole implements Enumerator {
	/**
	 * The '<em><b>PRIMARY COUNSELLOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_COUNSELLOR_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_COUNSELLOR(0, "PRIMARY_COUNSELLOR", "primary_counsellor"),

	/**
	 * The '<em><b>PRESCRIBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESCRIBER_VALUE
	 * @generated
	 * @ordered
	 */
	PRESCRIBER(1, "PRESCRIBER", "prescriber"),

	/**
	 * The '<em><b>NURSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NURSE_VALUE
	 * @generated
	 * @ordered
	 */
	NURSE(2, "NURSE", "nurse"),

	/**
	 * The '<em><b>CASE MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_MANAGER(3, "CASE_MANAGER", "case_manager"),

	/**
	 * The '<em><b>PEER SPECIALIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SPECIALIST_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SPECIALIST(4, "PEER_SPECIALIST", "peer_specialist"),

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR(5, "SUPERVISOR", "supervisor"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "other");

	/**
	 * The '<em><b>PRIMARY COUNSELLOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_COUNSELLOR
	 * @model literal="primary_counsellor"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_COUNSELLOR_VALUE = 0;

	/**
	 * The '<em><b>PRESCRIBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESCRIBER
	 * @model literal="prescriber"
	 * @generated
	 * @ordered
	 */
	public static final int PRESCRIBER_VALUE = 1;

	/**
	 * The '<em><b>NURSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NURSE
	 * @model literal="nurse"
	 * @generated
	 * @ordered
	 */
	public static final int NURSE_VALUE = 2;

	/**
	 * The '<em><b>CASE MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_MANAGER
	 * @model literal="case_manager"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_MANAGER_VALUE = 3;

	/**
	 * The '<em><b>PEER SPECIALIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SPECIALIST
	 * @model literal="peer_specialist"
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SPECIALIST_VALUE = 4;

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR
	 * @model literal="supervisor"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Care Team Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CareTeamRole[] VALUES_ARRAY =
		new CareTeamRole[] {
			PRIMARY_COUNSELLOR,
			PRESCRIBER,
			NURSE,
			CASE_MANAGER,
			PEER_SPECIALIST,
			SUPERVISOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Care Team Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CareTeamRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Care Team Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CareTeamRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CareTeamRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Care Team Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CareTeamRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CareTeamRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Care Team Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CareTeamRole get(int value) {
		switch (value) {
			case PRIMARY_COUNSELLOR_VALUE: return PRIMARY_COUNSELLOR;
			case PRESCRIBER_VALUE: return PRESCRIBER;
			case NURSE_VALUE: return NURSE;
			case CASE_MANAGER_VALUE: return CASE_MANAGER;
			case PEER_SPECIALIST_VALUE: return PEER_SPECIALIST;
			case SUPERVISOR_VALUE: return SUPERVISOR;
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
	private CareTeamRole(int value, String name, String literal) {
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
	
} //CareTeamRole
