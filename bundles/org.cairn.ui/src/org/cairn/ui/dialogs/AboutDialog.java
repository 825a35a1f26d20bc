package org.cairn.ui.dialogs;

import org.cairn.core.Branding;
import org.cairn.ui.CairnUi;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Help › About: product name and version, what it is, its licence and the components it is built from. */
public class AboutDialog extends Dialog {

	private final Branding branding;
	private Image logo;

	public AboutDialog(Shell parent, Branding branding) {
		super(parent);
		this.branding = branding;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(org.cairn.ui.Messages.format("about.title", branding.name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setData(CairnUi.WIDGET_ID, "about");
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 20;
		layout.marginHeight = 16;
		layout.horizontalSpacing = 18;
		area.setLayout(layout);

		Label image = new Label(area, SWT.NONE);
		logo = loadLogo();
		if (logo != null) {
			image.setImage(logo);
		}
		image.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false, 1, 4));

		Label name = new Label(area, SWT.NONE);
		name.setText(branding.name());
		name.setFont(JFaceResources.getHeaderFont());
		name.setData(CairnUi.WIDGET_ID, "about.name");

		Label version = new Label(area, SWT.NONE);
		String build = branding.version().getQualifier();
		if (branding.branded()) {
			version.setText(build.isEmpty()
					? org.cairn.ui.Messages.format("about.version.branded", branding.shortVersion(), Branding.PLATFORM_NAME, branding.platformVersion())
					: org.cairn.ui.Messages.format("about.version.branded.build", branding.shortVersion(), Branding.PLATFORM_NAME, branding.platformVersion(), build));
		} else {
			version.setText(build.isEmpty()
					? org.cairn.ui.Messages.format("about.version", branding.shortVersion())
					: org.cairn.ui.Messages.format("about.version.build", branding.shortVersion(), build));
		}
		version.setData(CairnUi.WIDGET_ID, "about.version");

		Label about = new Label(area, SWT.WRAP);
		about.setText(branding.aboutText());
		about.setData(CairnUi.WIDGET_ID, "about.text");
		GridData aboutData = new GridData(SWT.FILL, SWT.TOP, true, false);
		aboutData.widthHint = 440;
		about.setLayoutData(aboutData);

		Label licence = new Label(area, SWT.WRAP);
		licence.setText(org.cairn.ui.Messages.format("about.licence", branding.licence()));
		licence.setData(CairnUi.WIDGET_ID, "about.licence");

		Label creditsTitle = new Label(area, SWT.NONE);
		creditsTitle.setText(org.cairn.ui.Messages.get("about.credits"));
		creditsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		// A bordered frame with some air around the text (SWT's Text has no margins of its own on GTK).
		Composite frame = new Composite(area, SWT.BORDER);
		GridLayout frameLayout = new GridLayout();
		frameLayout.marginWidth = 6;
		frameLayout.marginHeight = 4;
		frame.setLayout(frameLayout);
		Text credits = new Text(frame, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		credits.setText(branding.credits());
		credits.setData(CairnUi.WIDGET_ID, "about.credits");
		frame.setBackground(credits.getBackground());
		GridData creditsData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// All the credits without scrolling, up to a dozen lines; more scroll.
		int lines = Math.min(12, Math.max(4, branding.credits().split("\\R").length + 1));
		creditsData.heightHint = lines * credits.getLineHeight();
		credits.setLayoutData(creditsData);
		frame.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		return area;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		// The keyboard starts on Close (Enter or Escape leaves), not in the credits with a blinking caret.
		getButton(IDialogConstants.CLOSE_ID).setFocus();
		return contents;
	}

	private Image loadLogo() {
		// The product's own image (a brand's logo), else Cairn's.
		var url = Branding.aboutImage().orElse(getClass().getResource("/icons/cairn-64.png"));
		if (url == null) {
			return null;
		}
		try (var in = url.openStream()) {
			return new Image(getShell().getDisplay(), in);
		} catch (java.io.IOException e) {
			return null;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	public boolean close() {
		if (logo != null) {
			logo.dispose();
			logo = null;
		}
		return super.close();
	}
}
