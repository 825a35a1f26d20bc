package org.cairn.ui.security;

import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Shows the recovery key of a new encrypted database, once: the only way into the records if every administrator's
 * password is lost. It is not kept anywhere by Cairn. Widget id: {@code recovery.key}.
 */
class RecoveryKeyDialog extends TitleAreaDialog {

	private final String recoveryKey;
	private final String product;

	RecoveryKeyDialog(Shell parent, String recoveryKey, String product) {
		super(parent);
		this.recoveryKey = recoveryKey;
		this.product = product;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("recovery.window"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.get("recovery.title"));
		setMessage(Messages.format("recovery.message", product));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().margins(16, 12).spacing(10, 10).applyTo(form);
		Text key = new Text(form, SWT.BORDER | SWT.READ_ONLY | SWT.SINGLE | SWT.CENTER);
		key.setText(recoveryKey);
		key.setData(CairnUi.WIDGET_ID, "recovery.key");
		key.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(key);
		Label advice = new Label(form, SWT.WRAP);
		advice.setText(Messages.get("recovery.advice"));
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(advice);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.get("recovery.ok"), true).setData(CairnUi.WIDGET_ID, "recovery.ok");
	}
}
