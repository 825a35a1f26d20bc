/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.cairn.model.AnalyteResult;
import org.cairn.model.CairnPackage;
import org.cairn.model.ErrorMark;
import org.cairn.model.ScreenMethod;
import org.cairn.model.SpecimenValidity;
import org.cairn.model.UrineDrugScreen;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Urine Drug Screen</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getCollectedAt <em>Collected At</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getCollectedBy <em>Collected By</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#isObserved <em>Observed</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#isTemperatureInRange <em>Temperature In Range</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getValidity <em>Validity</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#isRandom <em>Random</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getResults <em>Results</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.cairn.model.impl.UrineDrugScreenImpl#getEnteredInError <em>Entered In Error</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UrineDrugScreenImpl extends PatientRecordImpl implements UrineDrugScreen {
	/**
	 * The default value of the '{@link #getCollectedAt() <em>Collected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant COLLECTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedAt() <em>Collected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant collectedAt = COLLECTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectedBy() <em>Collected By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String COLLECTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedBy() <em>Collected By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedBy()
	 * @generated
	 * @ordered
	 */
	protected String collectedBy = COLLECTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #isObserved() <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObserved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OBSERVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isObserved() <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObserved()
	 * @generated
	 * @ordered
	 */
	protected boolean observed = OBSERVED_EDEFAULT;

	/**
	 * The default value of the '{@link #isTemperatureInRange() <em>Temperature In Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTemperatureInRange()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TEMPERATURE_IN_RANGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTemperatureInRange() <em>Temperature In Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTemperatureInRange()
	 * @generated
	 * @ordered
	 */
	protected boolean temperatureInRange = TEMPERATURE_IN_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenMethod METHOD_EDEFAULT = ScreenMethod.POINT_OF_CARE;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected ScreenMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidity() <em>Validity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidity()
	 * @generated
	 * @ordered
	 */
	protected static final SpecimenValidity VALIDITY_EDEFAULT = SpecimenValidity.VALID;

	/**
	 * The cached value of the '{@link #getValidity() <em>Validity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidity()
	 * @generated
	 * @ordered
	 */
	protected SpecimenValidity validity = VALIDITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isRandom() <em>Random</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandom()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RANDOM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRandom() <em>Random</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandom()
	 * @generated
	 * @ordered
	 */
	protected boolean random = RANDOM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalyteResult> results;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnteredInError() <em>Entered In Error</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnteredInError()
	 * @generated
	 * @ordered
	 */
	protected ErrorMark enteredInError;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UrineDrugScreenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.URINE_DRUG_SCREEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCollectedAt() {
		return collectedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedAt(Instant newCollectedAt) {
		Instant oldCollectedAt = collectedAt;
		collectedAt = newCollectedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__COLLECTED_AT, oldCollectedAt, collectedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCollectedBy() {
		return collectedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedBy(String newCollectedBy) {
		String oldCollectedBy = collectedBy;
		collectedBy = newCollectedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__COLLECTED_BY, oldCollectedBy, collectedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isObserved() {
		return observed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObserved(boolean newObserved) {
		boolean oldObserved = observed;
		observed = newObserved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__OBSERVED, oldObserved, observed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTemperatureInRange() {
		return temperatureInRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemperatureInRange(boolean newTemperatureInRange) {
		boolean oldTemperatureInRange = temperatureInRange;
		temperatureInRange = newTemperatureInRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE, oldTemperatureInRange, temperatureInRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(ScreenMethod newMethod) {
		ScreenMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecimenValidity getValidity() {
		return validity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidity(SpecimenValidity newValidity) {
		SpecimenValidity oldValidity = validity;
		validity = newValidity == null ? VALIDITY_EDEFAULT : newValidity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__VALIDITY, oldValidity, validity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRandom() {
		return random;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandom(boolean newRandom) {
		boolean oldRandom = random;
		random = newRandom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__RANDOM, oldRandom, random));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalyteResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<AnalyteResult>(AnalyteResult.class, this, CairnPackage.URINE_DRUG_SCREEN__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorMark getEnteredInError() {
		return enteredInError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnteredInError(ErrorMark newEnteredInError, NotificationChain msgs) {
		ErrorMark oldEnteredInError = enteredInError;
		enteredInError = newEnteredInError;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR, oldEnteredInError, newEnteredInError);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnteredInError(ErrorMark newEnteredInError) {
		if (newEnteredInError != enteredInError) {
			NotificationChain msgs = null;
			if (enteredInError != null)
				msgs = ((InternalEObject)enteredInError).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR, null, msgs);
			if (newEnteredInError != null)
				msgs = ((InternalEObject)newEnteredInError).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR, null, msgs);
			msgs = basicSetEnteredInError(newEnteredInError, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR, newEnteredInError, newEnteredInError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CairnPackage.URINE_DRUG_SCREEN__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
			case CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR:
				return basicSetEnteredInError(null, msgs);
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
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_AT:
				return getCollectedAt();
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_BY:
				return getCollectedBy();
			case CairnPackage.URINE_DRUG_SCREEN__OBSERVED:
				return isObserved();
			case CairnPackage.URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE:
				return isTemperatureInRange();
			case CairnPackage.URINE_DRUG_SCREEN__METHOD:
				return getMethod();
			case CairnPackage.URINE_DRUG_SCREEN__VALIDITY:
				return getValidity();
			case CairnPackage.URINE_DRUG_SCREEN__RANDOM:
				return isRandom();
			case CairnPackage.URINE_DRUG_SCREEN__RESULTS:
				return getResults();
			case CairnPackage.URINE_DRUG_SCREEN__NOTES:
				return getNotes();
			case CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR:
				return getEnteredInError();
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
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_AT:
				setCollectedAt((Instant)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_BY:
				setCollectedBy((String)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__OBSERVED:
				setObserved((Boolean)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE:
				setTemperatureInRange((Boolean)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__METHOD:
				setMethod((ScreenMethod)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__VALIDITY:
				setValidity((SpecimenValidity)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__RANDOM:
				setRandom((Boolean)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends AnalyteResult>)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__NOTES:
				setNotes((String)newValue);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)newValue);
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
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_AT:
				setCollectedAt(COLLECTED_AT_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_BY:
				setCollectedBy(COLLECTED_BY_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__OBSERVED:
				setObserved(OBSERVED_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE:
				setTemperatureInRange(TEMPERATURE_IN_RANGE_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__VALIDITY:
				setValidity(VALIDITY_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__RANDOM:
				setRandom(RANDOM_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__RESULTS:
				getResults().clear();
				return;
			case CairnPackage.URINE_DRUG_SCREEN__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR:
				setEnteredInError((ErrorMark)null);
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
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_AT:
				return COLLECTED_AT_EDEFAULT == null ? collectedAt != null : !COLLECTED_AT_EDEFAULT.equals(collectedAt);
			case CairnPackage.URINE_DRUG_SCREEN__COLLECTED_BY:
				return COLLECTED_BY_EDEFAULT == null ? collectedBy != null : !COLLECTED_BY_EDEFAULT.equals(collectedBy);
			case CairnPackage.URINE_DRUG_SCREEN__OBSERVED:
				return observed != OBSERVED_EDEFAULT;
			case CairnPackage.URINE_DRUG_SCREEN__TEMPERATURE_IN_RANGE:
				return temperatureInRange != TEMPERATURE_IN_RANGE_EDEFAULT;
			case CairnPackage.URINE_DRUG_SCREEN__METHOD:
				return method != METHOD_EDEFAULT;
			case CairnPackage.URINE_DRUG_SCREEN__VALIDITY:
				return validity != VALIDITY_EDEFAULT;
			case CairnPackage.URINE_DRUG_SCREEN__RANDOM:
				return random != RANDOM_EDEFAULT;
			case CairnPackage.URINE_DRUG_SCREEN__RESULTS:
				return results != null && !results.isEmpty();
			case CairnPackage.URINE_DRUG_SCREEN__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case CairnPackage.URINE_DRUG_SCREEN__ENTERED_IN_ERROR:
				return enteredInError != null;
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
		result.append(" (collectedAt: ");
		result.append(collectedAt);
		result.append(", collectedBy: ");
		result.append(collectedBy);
		result.append(", observed: ");
		result.append(observed);
		result.append(", temperatureInRange: ");
		result.append(temperatureInRange);
		result.append(", method: ");
		result.append(method);
		result.append(", validity: ");
		result.append(validity);
		result.append(", random: ");
		result.append(random);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //UrineDrugScreenImpl
