/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.math.BigDecimal;

import org.cairn.model.CairnPackage;
import org.cairn.model.SubscaleScore;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subscale Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.SubscaleScoreImpl#getSubscaleId <em>Subscale Id</em>}</li>
 *   <li>{@link org.cairn.model.impl.SubscaleScoreImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.cairn.model.impl.SubscaleScoreImpl#getBand <em>Band</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubscaleScoreImpl extends MinimalEObjectImpl.Container implements SubscaleScore {
	/**
	 * The default value of the '{@link #getSubscaleId() <em>Subscale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscaleId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSCALE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubscaleId() <em>Subscale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscaleId()
	 * @generated
	 * @ordered
	 */
	protected String subscaleId = SUBSCALE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected static final String BAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected String band = BAND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubscaleScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.SUBSCALE_SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubscaleId() {
		return subscaleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubscaleId(String newSubscaleId) {
		String oldSubscaleId = subscaleId;
		subscaleId = newSubscaleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SUBSCALE_SCORE__SUBSCALE_ID, oldSubscaleId, subscaleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(BigDecimal newScore) {
		BigDecimal oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SUBSCALE_SCORE__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBand() {
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBand(String newBand) {
		String oldBand = band;
		band = newBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.SUBSCALE_SCORE__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.SUBSCALE_SCORE__SUBSCALE_ID:
				return getSubscaleId();
			case CairnPackage.SUBSCALE_SCORE__SCORE:
				return getScore();
			case CairnPackage.SUBSCALE_SCORE__BAND:
				return getBand();
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
			case CairnPackage.SUBSCALE_SCORE__SUBSCALE_ID:
				setSubscaleId((String)newValue);
				return;
			case CairnPackage.SUBSCALE_SCORE__SCORE:
				setScore((BigDecimal)newValue);
				return;
			case CairnPackage.SUBSCALE_SCORE__BAND:
				setBand((String)newValue);
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
			case CairnPackage.SUBSCALE_SCORE__SUBSCALE_ID:
				setSubscaleId(SUBSCALE_ID_EDEFAULT);
				return;
			case CairnPackage.SUBSCALE_SCORE__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case CairnPackage.SUBSCALE_SCORE__BAND:
				setBand(BAND_EDEFAULT);
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
			case CairnPackage.SUBSCALE_SCORE__SUBSCALE_ID:
				return SUBSCALE_ID_EDEFAULT == null ? subscaleId != null : !SUBSCALE_ID_EDEFAULT.equals(subscaleId);
			case CairnPackage.SUBSCALE_SCORE__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case CairnPackage.SUBSCALE_SCORE__BAND:
				return BAND_EDEFAULT == null ? band != null : !BAND_EDEFAULT.equals(band);
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
		result.append(" (subscaleId: ");
		result.append(subscaleId);
		result.append(", score: ");
		result.append(score);
		result.append(", band: ");
		result.append(band);
		result.append(')');
		return result.toString();
	}

} //SubscaleScoreImpl
