package org.cairn.app.tests.forms;

import java.util.Map;
import java.util.function.Function;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.Scoring;
import org.cairn.forms.ui.FormPage;
import org.cairn.forms.ui.FormRenderer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A facility's renderer with a bug: it starts drawing its page, then throws. Cairn's page must stand in. */
public class BrokenPageRenderer implements FormRenderer {

	@Override
	public FormPage render(Composite parent, FormDefinition form, Map<String, Object> answers, Function<Map<String, Object>, Scoring.Result> scorer) {
		Label half = new Label(parent, SWT.NONE);
		half.setText("half a page");
		half.setData("org.cairn.widgetId", "test.brokenpage.half");
		throw new IllegalStateException("a bug in the facility's renderer");
	}
}
