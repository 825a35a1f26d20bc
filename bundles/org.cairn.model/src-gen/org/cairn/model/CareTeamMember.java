/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Care Team Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.CareTeamMember#getStaffId <em>Staff Id</em>}</li>
 *   <li>{@link org.cairn.model.CareTeamMember#getRole <em>Role</em>}</li>
 *   <li>{@link org.cairn.model.CareTeamMember#getFrom <em>From</em>}</li>
 *   <li>{@link org.cairn.model.CareTeamMember#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getCareTeamMember()
 * @model
 * @generated
 */
public interface CareTeamMember extends EObject {
	/**
	 * Returns the value of the '<em><b>Staff Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff Id</em>' attribute.
	 * @see #setStaffId(String)
	 * @see org.cairn.model.CairnPackage#getCareTeamMember_StaffId()
	 * @model required="true"
	 * @generated
	 */
	String getStaffId();

	/**
	 * Sets the value of the '{@link org.cairn.model.CareTeamMember#getStaffId <em>Staff Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff Id</em>' attribute.
	 * @see #getStaffId()
	 * @generated
	 */
	void setStaffId(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.CareTeamRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.cairn.model.CareTeamRole
	 * @see #setRole(CareTeamRole)
	 * @see org.cairn.model.CairnPackage#getCareTeamMember_Role()
	 * @model required="true"
	 * @generated
	 */
	CareTeamRole getRole();

	/**
	 * Sets the value of the '{@link org.cairn.model.CareTeamMember#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.cairn.model.CareTeamRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(CareTeamRole value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(LocalDate)
	 * @see org.cairn.model.CairnPackage#getCareTeamMember_From()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getFrom();

	/**
	 * Sets the value of the '{@link org.cairn.model.CareTeamMember#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(LocalDate)
	 * @see org.cairn.model.CairnPackage#getCareTeamMember_To()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getTo();

	/**
	 * Sets the value of the '{@link org.cairn.model.CareTeamMember#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(LocalDate value);

} // CareTeamMember
