package org.cairn.ui.plugins;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cairn.plugins.Plugin;
import org.cairn.plugins.PluginException;
import org.cairn.plugins.Plugins;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * View › Plugins, for administrators: the facility plugins in the installation's dropins folder with version,
 * state, file and what each contributes (a refused one with the reason); Install… takes a plugin jar or a p2
 * repository archive, checks that it resolves before it keeps it, and shows the steps; Remove takes a plugin out.
 * Widget ids: {@code plugins.table}, {@code plugins.details}, {@code plugins.install}, {@code plugins.remove}.
 */
public class PluginsDialog extends Dialog {

	private static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int REMOVE_ID = IDialogConstants.CLIENT_ID + 2;

	private final Plugins plugins;
	private final org.cairn.security.Session session;
	private Table table;
	private Text details;
	private List<Plugin> shown = List.of();

	/** @param session who installs and removes: the configuration events are theirs */
	public PluginsDialog(Shell parent, Plugins plugins, org.cairn.security.Session session) {
		super(parent);
		this.plugins = plugins;
		this.session = session;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.get("plugins.title"));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(980, 540);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.format("plugins.intro", plugins.dropins()));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 900;
		intro.setLayoutData(introData);
		table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CairnUi.WIDGET_ID, "plugins.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] keys = { "plugin", "version", "state", "file", "contributes" };
		int[] widths = { 230, 150, 80, 250, 230 };
		for (int i = 0; i < keys.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(Messages.get("plugins.column." + keys[i]));
			column.setWidth(widths[i]);
		}
		details = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		details.setData(CairnUi.WIDGET_ID, "plugins.details");
		GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
		detailsData.heightHint = 100;
		details.setLayoutData(detailsData);
		table.addListener(SWT.Selection, event -> showDetails());
		fill(plugins.plugins());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button install = createButton(parent, INSTALL_ID, Messages.get("plugins.install"), false);
		install.setData(CairnUi.WIDGET_ID, "plugins.install");
		Button remove = createButton(parent, REMOVE_ID, Messages.get("plugins.remove"), false);
		remove.setData(CairnUi.WIDGET_ID, "plugins.remove");
		remove.setEnabled(false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == INSTALL_ID) {
			Path file = chooseFile();
			if (file != null) {
				install(file);
			}
		} else if (buttonId == REMOVE_ID) {
			remove();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Asks for the plugin jar or p2 repository archive; {@code null} when the administrator cancels. */
	protected Path chooseFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.get("plugins.choose"));
		dialog.setFilterExtensions(new String[] { "*.jar;*.zip", "*" });
		dialog.setFilterNames(new String[] { Messages.get("plugins.filter"), Messages.get("plugins.filterAll") });
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private void install(Path file) {
		install(file, false);
	}

	/**
	 * Installs {@code file}; a plugin whose forms do not load is refused with each fault named, and the administrator
	 * may then install it anyway ({@code force}), without those forms.
	 */
	private void install(Path file, boolean force) {
		List<String> steps = new ArrayList<>();
		try {
			new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
				monitor.beginTask(Messages.format("plugins.installing", file.getFileName()), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					plugins.install(session, file, force, step -> {
						steps.add(step);
						monitor.subTask(step);
					});
				} catch (PluginException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			fill(plugins.plugins());
			details.setText(String.join("\n", steps));
		} catch (InvocationTargetException e) {
			fill(plugins.plugins());
			String message = e.getCause() == null ? String.valueOf(e.getMessage()) : e.getCause().getMessage();
			details.setText(Messages.format("plugins.refused", message));
			if (e.getCause() instanceof org.cairn.plugins.UnusableContributionsException unusable) {
				MessageDialog ask = new MessageDialog(getShell(), Messages.get("plugins.installFailed"), null,
						Messages.format("plugins.unusable", String.join("\n", unusable.faults())), MessageDialog.WARNING, 1,
						Messages.get("plugins.installAnyway"), Messages.get("plugins.dontInstall"));
				if (ask.open() == 0) {
					install(file, true);
				}
				return;
			}
			MessageDialog.openError(getShell(), Messages.get("plugins.installFailed"), message);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void remove() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= shown.size()) {
			return;
		}
		Plugin plugin = shown.get(index);
		if (!MessageDialog.openConfirm(getShell(), Messages.get("plugins.removeTitle"), Messages.format("plugins.removeConfirm", plugin.label()))) {
			return;
		}
		String name = plugin.file() == null ? plugin.symbolicName() : plugin.file().getFileName().toString();
		try {
			// Removing reads the dropins folder and refreshes the framework: off the UI thread, like installing.
			new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
				monitor.beginTask(Messages.format("plugins.removing", plugin.label()), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					plugins.remove(session, name);
				} catch (PluginException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			fill(plugins.plugins());
			details.setText(Messages.format("plugins.removed", plugin.label()));
		} catch (InvocationTargetException e) {
			fill(plugins.plugins());
			MessageDialog.openError(getShell(), Messages.get("plugins.removeTitle"), e.getCause() == null ? String.valueOf(e.getMessage()) : e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void fill(List<Plugin> list) {
		shown = list;
		table.removeAll();
		for (Plugin plugin : list) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { plugin.symbolicName(), plugin.version(), Messages.get("plugins.state." + plugin.state().name()),
					plugin.file() == null ? "" : plugin.file().getFileName().toString(), String.join(", ", plugin.contributions()) });
			if (plugin.state() == Plugin.State.REFUSED) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		details.setText(list.isEmpty() ? Messages.get("plugins.none") : Messages.format("plugins.summary", list.size()));
		Button remove = getButton(REMOVE_ID);
		if (remove != null) {
			remove.setEnabled(false);
		}
	}

	private void showDetails() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= shown.size()) {
			return;
		}
		Plugin plugin = shown.get(index);
		StringBuilder text = new StringBuilder(plugin.label());
		if (!plugin.name().isEmpty() || !plugin.vendor().isEmpty()) {
			text.append('\n').append(plugin.name()).append(plugin.vendor().isEmpty() ? "" : " \u00b7 " + plugin.vendor());
		}
		if (!plugin.problem().isEmpty()) {
			text.append('\n').append(Messages.format("plugins.refused", plugin.problem()));
		}
		for (String contribution : plugin.contributions()) {
			text.append('\n').append(Messages.format("plugins.contributes", contribution));
		}
		details.setText(text.toString());
		getButton(REMOVE_ID).setEnabled(plugin.file() != null);
	}
}
