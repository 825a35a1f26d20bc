package org.cairn.forms.ui;

import java.util.Map;
import java.util.function.Function;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.Scoring;
import org.eclipse.swt.widgets.Composite;

/**
 * Turns a form into an SWT page. Cairn's own, {@link DefinitionRenderer}, renders any definition; a facility may
 * contribute its own for a form (the contribution's {@code renderer} class). The page reports every change, and
 * the workbench stores {@link FormPage#answers()} as the response's raw answers.
 */
public interface FormRenderer {

	/**
	 * Builds the page for {@code form} in {@code parent}, filled with {@code answers}.
	 *
	 * @param scorer scores answers as the workstation does (the registry: engine and the form's own scorer)
	 */
	FormPage render(Composite parent, FormDefinition form, Map<String, Object> answers, Function<Map<String, Object>, Scoring.Result> scorer);
}
