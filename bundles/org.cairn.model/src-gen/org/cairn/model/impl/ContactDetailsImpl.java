/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model.impl;

import java.util.Collection;

import org.cairn.model.CairnPackage;
import org.cairn.model.ContactDetails;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Details</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getMobile <em>Mobile</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getAddressLines <em>Address Lines</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getCity <em>City</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.cairn.model.impl.ContactDetailsImpl#isMayLeaveMessages <em>May Leave Messages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactDetailsImpl extends MinimalEObjectImpl.Container implements ContactDetails {
	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMobile() <em>Mobile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMobile()
	 * @generated
	 * @ordered
	 */
	protected static final String MOBILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMobile() <em>Mobile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMobile()
	 * @generated
	 * @ordered
	 */
	protected String mobile = MOBILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddressLines() <em>Address Lines</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressLines()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addressLines;

	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected String postalCode = POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #isMayLeaveMessages() <em>May Leave Messages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMayLeaveMessages()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAY_LEAVE_MESSAGES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMayLeaveMessages() <em>May Leave Messages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMayLeaveMessages()
	 * @generated
	 * @ordered
	 */
	protected boolean mayLeaveMessages = MAY_LEAVE_MESSAGES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactDetailsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CairnPackage.Literals.CONTACT_DETAILS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMobile() {
		return mobile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMobile(String newMobile) {
		String oldMobile = mobile;
		mobile = newMobile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__MOBILE, oldMobile, mobile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddressLines() {
		if (addressLines == null) {
			addressLines = new EDataTypeUniqueEList<String>(String.class, this, CairnPackage.CONTACT_DETAILS__ADDRESS_LINES);
		}
		return addressLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostalCode() {
		return postalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostalCode(String newPostalCode) {
		String oldPostalCode = postalCode;
		postalCode = newPostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__POSTAL_CODE, oldPostalCode, postalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMayLeaveMessages() {
		return mayLeaveMessages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMayLeaveMessages(boolean newMayLeaveMessages) {
		boolean oldMayLeaveMessages = mayLeaveMessages;
		mayLeaveMessages = newMayLeaveMessages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CairnPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGES, oldMayLeaveMessages, mayLeaveMessages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CairnPackage.CONTACT_DETAILS__PHONE:
				return getPhone();
			case CairnPackage.CONTACT_DETAILS__MOBILE:
				return getMobile();
			case CairnPackage.CONTACT_DETAILS__EMAIL:
				return getEmail();
			case CairnPackage.CONTACT_DETAILS__ADDRESS_LINES:
				return getAddressLines();
			case CairnPackage.CONTACT_DETAILS__CITY:
				return getCity();
			case CairnPackage.CONTACT_DETAILS__REGION:
				return getRegion();
			case CairnPackage.CONTACT_DETAILS__POSTAL_CODE:
				return getPostalCode();
			case CairnPackage.CONTACT_DETAILS__COUNTRY:
				return getCountry();
			case CairnPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGES:
				return isMayLeaveMessages();
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
			case CairnPackage.CONTACT_DETAILS__PHONE:
				setPhone((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__MOBILE:
				setMobile((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__EMAIL:
				setEmail((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__ADDRESS_LINES:
				getAddressLines().clear();
				getAddressLines().addAll((Collection<? extends String>)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__CITY:
				setCity((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__REGION:
				setRegion((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__POSTAL_CODE:
				setPostalCode((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__COUNTRY:
				setCountry((String)newValue);
				return;
			case CairnPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGES:
				setMayLeaveMessages((Boolean)newValue);
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
			case CairnPackage.CONTACT_DETAILS__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__MOBILE:
				setMobile(MOBILE_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__ADDRESS_LINES:
				getAddressLines().clear();
				return;
			case CairnPackage.CONTACT_DETAILS__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__POSTAL_CODE:
				setPostalCode(POSTAL_CODE_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case CairnPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGES:
				setMayLeaveMessages(MAY_LEAVE_MESSAGES_EDEFAULT);
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
			case CairnPackage.CONTACT_DETAILS__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case CairnPackage.CONTACT_DETAILS__MOBILE:
				return MOBILE_EDEFAULT == null ? mobile != null : !MOBILE_EDEFAULT.equals(mobile);
			case CairnPackage.CONTACT_DETAILS__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case CairnPackage.CONTACT_DETAILS__ADDRESS_LINES:
				return addressLines != null && !addressLines.isEmpty();
			case CairnPackage.CONTACT_DETAILS__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case CairnPackage.CONTACT_DETAILS__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case CairnPackage.CONTACT_DETAILS__POSTAL_CODE:
				return POSTAL_CODE_EDEFAULT == null ? postalCode != null : !POSTAL_CODE_EDEFAULT.equals(postalCode);
			case CairnPackage.CONTACT_DETAILS__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case CairnPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGES:
				return mayLeaveMessages != MAY_LEAVE_MESSAGES_EDEFAULT;
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
		result.append(" (phone: ");
		result.append(phone);
		result.append(", mobile: ");
		result.append(mobile);
		result.append(", email: ");
		result.append(email);
		result.append(", addressLines: ");
		result.append(addressLines);
		result.append(", city: ");
		result.append(city);
		result.append(", region: ");
		result.append(region);
		result.append(", postalCode: ");
		result.append(postalCode);
		result.append(", country: ");
		result.append(country);
		result.append(", mayLeaveMessages: ");
		result.append(mayLeaveMessages);
		result.append(')');
		return result.toString();
	}

} //ContactDetailsImpl
