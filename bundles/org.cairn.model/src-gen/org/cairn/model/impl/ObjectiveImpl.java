/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.cairn.model.CairnPackage;
import org.cairn.model.Intervention;
import org.cairn.model.Objective;
import org.cairn.model.ObjectiveStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getStartOn <em>Start On</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getTargetOn <em>Target On</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getProgressRating <em>Progress Rating</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getLinkedFormId <em>Linked Form Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.ObjectiveImpl#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectiveImpl extends MinimalEObjectImpl.Container implements Objective {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartOn() <em>Start On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartOn() <em>Start On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startOn = START_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetOn() <em>Target On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TARGET_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetOn() <em>Target On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate targetOn = TARGET_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveStatus STATUS_EDEFAULT = ObjectiveStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgressRating() <em>Progress Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressRating()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRESS_RATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgressRating() <em>Progress Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressRating()
	 * @generated
	 * @ordered
	 */
	protected int progressRating = PROGRESS_RATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinkedFormId() <em>Linked Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedFormId()
	 * @generated
	 * @ordered
	 */
	protected static final String LINKED_FORM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLinkedFormId() <em>Linked Form Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedFormId()
	 * @generated
	 * @ordered
	 */
	protected String linkedFormId = LINKED_FORM_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartOn() {
		return startOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartOn(LocalDate newStartOn) {
		LocalDate oldStartOn = startOn;
		startOn = newStartOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__START_ON, oldStartOn, startOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTargetOn() {
		return targetOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetOn(LocalDate newTargetOn) {
		LocalDate oldTargetOn = targetOn;
		targetOn = newTargetOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__TARGET_ON, oldTargetOn, targetOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ObjectiveStatus newStatus) {
		ObjectiveStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgressRating() {
		return progressRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgressRating(int newProgressRating) {
		int oldProgressRating = progressRating;
		progressRating = newProgressRating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__PROGRESS_RATING, oldProgressRating, progressRating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLinkedFormId() {
		return linkedFormId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkedFormId(String newLinkedFormId) {
		String oldLinkedFormId = linkedFormId;
		linkedFormId = newLinkedFormId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.OBJECTIVE__LINKED_FORM_ID, oldLinkedFormId, linkedFormId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<Intervention>(Intervention.class, this, CairnPackage.OBJECTIVE__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.OBJECTIVE__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.OBJECTIVE__ID:
				return getId();
			case CairnPackage.OBJECTIVE__STATEMENT:
				return getStatement();
			case CairnPackage.OBJECTIVE__MEASURE:
				return getMeasure();
			case CairnPackage.OBJECTIVE__BASELINE:
				return getBaseline();
			case CairnPackage.OBJECTIVE__TARGET:
				return getTarget();
			case CairnPackage.OBJECTIVE__START_ON:
				return getStartOn();
			case CairnPackage.OBJECTIVE__TARGET_ON:
				return getTargetOn();
			case CairnPackage.OBJECTIVE__STATUS:
				return getStatus();
			case CairnPackage.OBJECTIVE__PROGRESS_RATING:
				return getProgressRating();
			case CairnPackage.OBJECTIVE__LINKED_FORM_ID:
				return getLinkedFormId();
			case CairnPackage.OBJECTIVE__INTERVENTIONS:
				return getInterventions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CairnPackage.OBJECTIVE__ID:
				setId((String)newValue);
				return;
			case CairnPackage.OBJECTIVE__STATEMENT:
				setStatement((String)newValue);
				return;
			case CairnPackage.OBJECTIVE__MEASURE:
				setMeasure((String)newValue);
				return;
			case CairnPackage.OBJECTIVE__BASELINE:
				setBaseline((String)newValue);
				return;
			case CairnPackage.OBJECTIVE__TARGET:
				setTarget((String)newValue);
				return;
			case CairnPackage.OBJECTIVE__START_ON:
				setStartOn((LocalDate)newValue);
				return;
			case CairnPackage.OBJECTIVE__TARGET_ON:
				setTargetOn((LocalDate)newValue);
				return;
			case CairnPackage.OBJECTIVE__STATUS:
				setStatus((ObjectiveStatus)newValue);
				return;
			case CairnPackage.OBJECTIVE__PROGRESS_RATING:
				setProgressRating((Integer)newValue);
				return;
			case CairnPackage.OBJECTIVE__LINKED_FORM_ID:
				setLinkedFormId((String)newValue);
				return;
			case CairnPackage.OBJECTIVE__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
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
			case CairnPackage.OBJECTIVE__ID:
				setId(ID_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__START_ON:
				setStartOn(START_ON_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__TARGET_ON:
				setTargetOn(TARGET_ON_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__PROGRESS_RATING:
				setProgressRating(PROGRESS_RATING_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__LINKED_FORM_ID:
				setLinkedFormId(LINKED_FORM_ID_EDEFAULT);
				return;
			case CairnPackage.OBJECTIVE__INTERVENTIONS:
				getInterventions().clear();
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
			case CairnPackage.OBJECTIVE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CairnPackage.OBJECTIVE__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case CairnPackage.OBJECTIVE__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case CairnPackage.OBJECTIVE__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case CairnPackage.OBJECTIVE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case CairnPackage.OBJECTIVE__START_ON:
				return START_ON_EDEFAULT == null ? startOn != null : !START_ON_EDEFAULT.equals(startOn);
			case CairnPackage.OBJECTIVE__TARGET_ON:
				return TARGET_ON_EDEFAULT == null ? targetOn != null : !TARGET_ON_EDEFAULT.equals(targetOn);
			case CairnPackage.OBJECTIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case CairnPackage.OBJECTIVE__PROGRESS_RATING:
				return progressRating != PROGRESS_RATING_EDEFAULT;
			case CairnPackage.OBJECTIVE__LINKED_FORM_ID:
				return LINKED_FORM_ID_EDEFAULT == null ? linkedFormId != null : !LINKED_FORM_ID_EDEFAULT.equals(linkedFormId);
			case CairnPackage.OBJECTIVE__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", statement: ");
		result.append(statement);
		result.append(", measure: ");
		result.append(measure);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(", startOn: ");
		result.append(startOn);
		result.append(", targetOn: ");
		result.append(targetOn);
		result.append(", status: ");
		result.append(status);
		result.append(", progressRating: ");
		result.append(progressRating);
		result.append(", linkedFormId: ");
		result.append(linkedFormId);
		result.append(')');
		return result.toString();
	}

} //ObjectiveImpl
