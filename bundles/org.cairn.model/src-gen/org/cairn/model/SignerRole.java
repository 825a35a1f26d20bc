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
 * A representation of the literals of the enumeration '<em><b>Signer Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getSignerRole()
 * @model
 * @generated
 */
public enum SignerRole implements Enumerator {
	/**
	 * The '<em><b>CLIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT(0, "CLIENT", "client"),

	/**
	 * The '<em><b>CLINICIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLINICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	CLINICIAN(1, "CLINICIAN", "clinician"),

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR(2, "SUPERVISOR", "supervisor"),

	/**
	 * The '<em><b>PHYSICIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICIAN(3, "PHYSICIAN", "physician"),

	/**
	 * The '<em><b>GUARDIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUARDIAN_VALUE
	 * @generated
	 * @ordered
	 */
	GUARDIAN(4, "GUARDIAN", "guardian");

	/**
	 * The '<em><b>CLIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT
	 * @model literal="client"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_VALUE = 0;

	/**
	 * The '<em><b>CLINICIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLINICIAN
	 * @model literal="clinician"
	 * @generated
	 * @ordered
	 */
	public static final int CLINICIAN_VALUE = 1;

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR
	 * @model literal="supervisor"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_VALUE = 2;

	/**
	 * The '<em><b>PHYSICIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICIAN
	 * @model literal="physician"
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICIAN_VALUE = 3;

	/**
	 * The '<em><b>GUARDIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUARDIAN
	 * @model literal="guardian"
	 * @generated
	 * @ordered
	 */
	public static final int GUARDIAN_VALUE = 4;

	/**
	 * An array of all the '<em><b>Signer Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SignerRole[] VALUES_ARRAY =
		new SignerRole[] {
			CLIENT,
			CLINICIAN,
			SUPERVISOR,
			PHYSICIAN,
			GUARDIAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Signer Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SignerRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Signer Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignerRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignerRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signer Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignerRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SignerRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signer Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignerRole get(int value) {
		switch (value) {
			case CLIENT_VALUE: return CLIENT;
			case CLINICIAN_VALUE: return CLINICIAN;
			case SUPERVISOR_VALUE: return SUPERVISOR;
			case PHYSICIAN_VALUE: return PHYSICIAN;
			case GUARDIAN_VALUE: return GUARDIAN;
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
	private SignerRole(int value, String name, String literal) {
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
	
} //SignerRole
