package org.cairn.app.tests.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.Scoring;
import org.cairn.forms.ui.FormPage;
import org.cairn.forms.ui.FormRenderer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A facility's own page for a form, as a plugin would contribute it (FacilityRendererTest installs a bundle whose
 * contribution names this class): a heading of its own and one field for the form's only item, "minutes".
 */
public class OwnPageRenderer implements FormRenderer {

	@Override
	public FormPage render(Composite parent, FormDefinition form, Map<String, Object> answers, Function<Map<String, Object>, Scoring.Result> scorer) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label heading = new Label(page, SWT.NONE);
		heading.setText("Our own page: " + form.title());
		heading.setData("org.cairn.widgetId", "test.ownpage.heading");
		Text minutes = new Text(page, SWT.BORDER);
		minutes.setData("org.cairn.widgetId", "test.ownpage.minutes");
		Map<String, Object> current = new HashMap<>(answers);
		List<Runnable> listeners = new ArrayList<>();
		minutes.addModifyListener(event -> {
			String text = minutes.getText().strip();
			if (text.isEmpty()) {
				current.remove("minutes");
			} else {
				current.put("minutes", text);
			}
			listeners.forEach(Runnable::run);
		});
		return new FormPage() {
			@Override
			public Control control() {
				return page;
			}

			@Override
			public Map<String, Object> answers() {
				return Map.copyOf(current);
			}

			@Override
			public Scoring.Result result() {
				return scorer.apply(current);
			}

			@Override
			public void addChangeListener(Runnable listener) {
				listeners.add(listener);
			}

			@Override
			public void setFocus() {
				minutes.setFocus();
			}
		};
	}
}
