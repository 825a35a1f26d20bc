/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import org.cairn.model.CairnPackage;
import org.cairn.model.CareTeamMember;
import org.cairn.model.CareTeamRole;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Care Team Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.CareTeamMemberImpl#getStaffId <em>Staff Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.CareTeamMemberImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.cairn.model.impl.CareTeamMemberImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.cairn.model.impl.CareTeamMemberImpl#getTo <em>To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CareTeamMemberImpl extends MinimalEObjectImpl.Container implements CareTeamMember {
	/**
	 * The default value of the '{@link #getStaffId() <em>Staff Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffId()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFF_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffId() <em>Staff Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffId()
	 * @generated
	 * @ordered
	 */
	protected String staffId = STAFF_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final CareTeamRole ROLE_EDEFAULT = CareTeamRole.PRIMARY_COUNSELLOR;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected CareTeamRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate to = TO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CareTeamMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.CARE_TEAM_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffId() {
		return staffId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffId(String newStaffId) {
		String oldStaffId = staffId;
		staffId = newStaffId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_TEAM_MEMBER__STAFF_ID, oldStaffId, staffId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareTeamRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(CareTeamRole newRole) {
		CareTeamRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_TEAM_MEMBER__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(LocalDate newFrom) {
		LocalDate oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_TEAM_MEMBER__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(LocalDate newTo) {
		LocalDate oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CARE_TEAM_MEMBER__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.CARE_TEAM_MEMBER__STAFF_ID:
				return getStaffId();
			case CairnPackage.CARE_TEAM_MEMBER__ROLE:
				return getRole();
			case CairnPackage.CARE_TEAM_MEMBER__FROM:
				return getFrom();
			case CairnPackage.CARE_TEAM_MEMBER__TO:
				return getTo();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CairnPackage.CARE_TEAM_MEMBER__STAFF_ID:
				setStaffId((String)newValue);
				return;
			case CairnPackage.CARE_TEAM_MEMBER__ROLE:
				setRole((CareTeamRole)newValue);
				return;
			case CairnPackage.CARE_TEAM_MEMBER__FROM:
				setFrom((LocalDate)newValue);
				return;
			case CairnPackage.CARE_TEAM_MEMBER__TO:
				setTo((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CairnPackage.CARE_TEAM_MEMBER__STAFF_ID:
				setStaffId(STAFF_ID_EDEFAULT);
				return;
			case CairnPackage.CARE_TEAM_MEMBER__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CairnPackage.CARE_TEAM_MEMBER__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case CairnPackage.CARE_TEAM_MEMBER__TO:
				setTo(TO_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CairnPackage.CARE_TEAM_MEMBER__STAFF_ID:
				return STAFF_ID_EDEFAULT == null ? staffId != null : !STAFF_ID_EDEFAULT.equals(staffId);
			case CairnPackage.CARE_TEAM_MEMBER__ROLE:
				return role != ROLE_EDEFAULT;
			case CairnPackage.CARE_TEAM_MEMBER__FROM:
				return FROM_EDEFAULT == null ? from != null : !FROM_EDEFAULT.equals(from);
			case CairnPackage.CARE_TEAM_MEMBER__TO:
				return TO_EDEFAULT == null ? to != null : !TO_EDEFAULT.equals(to);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (staffId: ");
		result.append(staffId);
		result.append(", role: ");
		result.append(role);
		result.append(", from: ");
		result.append(from);
		result.append(", to: ");
		result.append(to);
		result.append(')');
		return result.toString();
	}

} //CareTeamMemberImpl
