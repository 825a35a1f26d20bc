/**
 * Cairn, a clinician workstation for addiction-treatment programmes.
 * SPDX-License-Identifier: EPL-2.0
 * 
 * Generated from model/cairn.ecore by org.cairn.model.codegen; do not edit.
 */
package org.cairn.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analyte Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cairn.model.AnalyteResult#getAnalyte <em>Analyte</em>}</li>
 *   <li>{@link org.cairn.model.AnalyteResult#getResult <em>Result</em>}</li>
 *   <li>{@link org.cairn.model.AnalyteResult#getCutoffNgPerMl <em>Cutoff Ng Per Ml</em>}</li>
 *   <li>{@link org.cairn.model.AnalyteResult#isExpected <em>Expected</em>}</li>
 *   <li>{@link org.cairn.model.AnalyteResult#getConfirmation <em>Confirmation</em>}</li>
 * </ul>
 *
 * @see org.cairn.model.CairnPackage#getAnalyteResult()
 * @model
 * @generated
 */
public interface AnalyteResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Analyte</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LOINC screen code, e.g. 59673-4 fentanyl.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analyte</em>' containment reference.
	 * @see #setAnalyte(Code)
	 * @see org.cairn.model.CairnPackage#getAnalyteResult_Analyte()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Code getAnalyte();

	/**
	 * Sets the value of the '{@link org.cairn.model.AnalyteResult#getAnalyte <em>Analyte</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analyte</em>' containment reference.
	 * @see #getAnalyte()
	 * @generated
	 */
	void setAnalyte(Code value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ScreenResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.cairn.model.ScreenResult
	 * @see #setResult(ScreenResult)
	 * @see org.cairn.model.CairnPackage#getAnalyteResult_Result()
	 * @model required="true"
	 * @generated
	 */
	ScreenResult getResult();

	/**
	 * Sets the value of the '{@link org.cairn.model.AnalyteResult#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.cairn.model.ScreenResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(ScreenResult value);

	/**
	 * Returns the value of the '<em><b>Cutoff Ng Per Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cutoff Ng Per Ml</em>' attribute.
	 * @see #setCutoffNgPerMl(int)
	 * @see org.cairn.model.CairnPackage#getAnalyteResult_CutoffNgPerMl()
	 * @model
	 * @generated
	 */
	int getCutoffNgPerMl();

	/**
	 * Sets the value of the '{@link org.cairn.model.AnalyteResult#getCutoffNgPerMl <em>Cutoff Ng Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cutoff Ng Per Ml</em>' attribute.
	 * @see #getCutoffNgPerMl()
	 * @generated
	 */
	void setCutoffNgPerMl(int value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a positive result is expected from prescribed medication (e.g. buprenorphine).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see #setExpected(boolean)
	 * @see org.cairn.model.CairnPackage#getAnalyteResult_Expected()
	 * @model
	 * @generated
	 */
	boolean isExpected();

	/**
	 * Sets the value of the '{@link org.cairn.model.AnalyteResult#isExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see #isExpected()
	 * @generated
	 */
	void setExpected(boolean value);

	/**
	 * Returns the value of the '<em><b>Confirmation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cairn.model.ScreenResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confirmation</em>' attribute.
	 * @see org.cairn.model.ScreenResult
	 * @see #setConfirmation(ScreenResult)
	 * @see org.cairn.model.CairnPackage#getAnalyteResult_Confirmation()
	 * @model
	 * @generated
	 */
	ScreenResult getConfirmation();

	/**
	 * Sets the value of the '{@link org.cairn.model.AnalyteResult#getConfirmation <em>Confirmation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmation</em>' attribute.
	 * @see org.cairn.model.ScreenResult
	 * @see #getConfirmation()
	 * @generated
	 */
	void setConfirmation(ScreenResult value);

} // AnalyteResult
