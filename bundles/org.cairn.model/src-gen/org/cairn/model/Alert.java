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
 * A representation of the model object '<em><b>Alert</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.Alert#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cairn.model.Alert#getText <em>Text</em>}</li>
 *   <li>{@link org.cairn.model.Alert#getSince <em>Since</em>}</li>
 *   <li>{@link org.cairn.model.Alert#isActive <em>Active</em>}</li>
 *   <li>{@link org.cairn.model.Alert#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getAlert()
 * @model
 * @generated
 */
public interface Alert extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.AlertKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cairn.model.AlertKind
	 * @see #setKind(AlertKind)
	 * @see org.cairn.model.CairnPackage#getAlert_Kind()
	 * @model required="true"
	 * @generated
	 */
	AlertKind getKind();

	/**
	 * Sets the value of the '{@link org.cairn.model.Alert#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cairn.model.AlertKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AlertKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.cairn.model.CairnPackage#getAlert_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.cairn.model.Alert#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see org.cairn.model.CairnPackage#getAlert_Since()
	 * @model dataType="org.cairn.model.Date"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link org.cairn.model.Alert#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.cairn.model.CairnPackage#getAlert_Active()
	 * @model
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.cairn.model.Alert#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.cairn.model.CairnPackage#getAlert_RecordedBy()
	 * @model
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.cairn.model.Alert#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

} // Alert
