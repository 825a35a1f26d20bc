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
 * A representation of the literals of the enumeration '<em><b>Service Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.cairn.model.CairnPackage#getServiceType()
 * @model
 * @generated
 */
public enum ServiceType implements Enumerator {
	/**
	 * The '<em><b>INTAKE ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTAKE_ASSESSMENT(0, "INTAKE_ASSESSMENT", "intake_assessment"),

	/**
	 * The '<em><b>INDIVIDUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDIVIDUAL_VALUE
	 * @generated
	 * @ordered
	 */
	INDIVIDUAL(1, "INDIVIDUAL", "individual"),

	/**
	 * The '<em><b>GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP(2, "GROUP", "group"),

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(3, "FAMILY", "family"),

	/**
	 * The '<em><b>CASE MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_MANAGEMENT(4, "CASE_MANAGEMENT", "case_management"),

	/**
	 * The '<em><b>MEDICATION VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICATION_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICATION_VISIT(5, "MEDICATION_VISIT", "medication_visit"),

	/**
	 * The '<em><b>CRISIS INTERVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRISIS_INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	CRISIS_INTERVENTION(6, "CRISIS_INTERVENTION", "crisis_intervention"),

	/**
	 * The '<em><b>PEER SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_SUPPORT(7, "PEER_SUPPORT", "peer_support"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(8, "EDUCATION", "education"),

	/**
	 * The '<em><b>ALTERNATIVE THERAPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATIVE_THERAPY_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATIVE_THERAPY(9, "ALTERNATIVE_THERAPY", "alternative_therapy"),

	/**
	 * The '<em><b>DISCHARGE PLANNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCHARGE_PLANNING_VALUE
	 * @generated
	 * @ordered
	 */
	DISCHARGE_PLANNING(10, "DISCHARGE_PLANNING", "discharge_planning");

	/**
	 * The '<em><b>INTAKE ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE_ASSESSMENT
	 * @model literal="intake_assessment"
	 * @generated
	 * @ordered
	 */
	public static final int INTAKE_ASSESSMENT_VALUE = 0;

	/**
	 * The '<em><b>INDIVIDUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDIVIDUAL
	 * @model literal="individual"
	 * @generated
	 * @ordered
	 */
	public static final int INDIVIDUAL_VALUE = 1;

	/**
	 * The '<em><b>GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP
	 * @model literal="group"
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_VALUE = 2;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY
	 * @model literal="family"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 3;

	/**
	 * The '<em><b>CASE MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_MANAGEMENT
	 * @model literal="case_management"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_MANAGEMENT_VALUE = 4;

	/**
	 * The '<em><b>MEDICATION VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICATION_VISIT
	 * @model literal="medication_visit"
	 * @generated
	 * @ordered
	 */
	public static final int MEDICATION_VISIT_VALUE = 5;

	/**
	 * The '<em><b>CRISIS INTERVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRISIS_INTERVENTION
	 * @model literal="crisis_intervention"
	 * @generated
	 * @ordered
	 */
	public static final int CRISIS_INTERVENTION_VALUE = 6;

	/**
	 * The '<em><b>PEER SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_SUPPORT
	 * @model literal="peer_support"
	 * @generated
	 * @ordered
	 */
	public static final int PEER_SUPPORT_VALUE = 7;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION
	 * @model literal="education"
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 8;

	/**
	 * The '<em><b>ALTERNATIVE THERAPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATIVE_THERAPY
	 * @model literal="alternative_therapy"
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATIVE_THERAPY_VALUE = 9;

	/**
	 * The '<em><b>DISCHARGE PLANNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCHARGE_PLANNING
	 * @model literal="discharge_planning"
	 * @generated
	 * @ordered
	 */
	public static final int DISCHARGE_PLANNING_VALUE = 10;

	/**
	 * An array of all the '<em><b>Service Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ServiceType[] VALUES_ARRAY =
		new ServiceType[] {
			INTAKE_ASSESSMENT,
			INDIVIDUAL,
			GROUP,
			FAMILY,
			CASE_MANAGEMENT,
			MEDICATION_VISIT,
			CRISIS_INTERVENTION,
			PEER_SUPPORT,
			EDUCATION,
			ALTERNATIVE_THERAPY,
			DISCHARGE_PLANNING,
		};

	/**
	 * A public read-only list of all the '<em><b>Service Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ServiceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Service Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceType get(int value) {
		switch (value) {
			case INTAKE_ASSESSMENT_VALUE: return INTAKE_ASSESSMENT;
			case INDIVIDUAL_VALUE: return INDIVIDUAL;
			case GROUP_VALUE: return GROUP;
			case FAMILY_VALUE: return FAMILY;
			case CASE_MANAGEMENT_VALUE: return CASE_MANAGEMENT;
			case MEDICATION_VISIT_VALUE: return MEDICATION_VISIT;
			case CRISIS_INTERVENTION_VALUE: return CRISIS_INTERVENTION;
			case PEER_SUPPORT_VALUE: return PEER_SUPPORT;
			case EDUCATION_VALUE: return EDUCATION;
			case ALTERNATIVE_THERAPY_VALUE: return ALTERNATIVE_THERAPY;
			case DISCHARGE_PLANNING_VALUE: return DISCHARGE_PLANNING;
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
	private ServiceType(int value, String name, String literal) {
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
	
} //ServiceType
