package org.cairn.ui.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cairn.model.ClinicalRecord;
import org.cairn.store.StoredRecord;
import org.cairn.ui.CairnUi;
import org.cairn.ui.Messages;
import org.cairn.clinical.Charts;
import org.cairn.security.Session;
import org.cairn.ui.data.StoreAccess;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A stored record, read-only, with every version it has had: who saved each, when and why, and what each held.
 * Every version stays readable (the legal medical record). Until each kind has its own editor, this is how the
 * timeline opens a record.
 */
public class RecordDialog extends Dialog {

	/** One line of the content tree: a field's label, its value as text, and the nested values under it. */
	record Node(String label, String value, List<Node> children) {
	}

	private final StoreAccess store;
	private final Charts charts;
	private final Session session;
	private final String recordId;
	private final String kind;
	private final java.util.function.Function<String, String> nameOf;
	private TableViewer versions;
	private TreeViewer content;
	private Label status;

	/**
	 * The record {@code recordId} with all its versions, read for {@code session} through {@code charts} (audited there);
	 * people (who saved a version, who gave a dose) are shown as {@code nameOf} names them.
	 */
	public RecordDialog(Shell parent, StoreAccess store, Charts charts, Session session, String recordId, String kind,
			java.util.function.Function<String, String> nameOf) {
		super(parent);
		this.nameOf = nameOf;
		this.store = store;
		this.charts = charts;
		this.session = session;
		this.recordId = recordId;
		this.kind = kind;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.format("record.title", Messages.get("kind." + kind)));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 560);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		status = new Label(area, SWT.NONE);
		status.setText(Messages.get("record.loading"));
		status.setData(CairnUi.WIDGET_ID, "record.status");
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		versions = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		versions.getTable().setData(CairnUi.WIDGET_ID, "record.versions");
		versions.getTable().setHeaderVisible(true);
		versions.setContentProvider(ArrayContentProvider.getInstance());
		versionColumn("record.column.version", 60, stored -> String.valueOf(stored.version()));
		versionColumn("record.column.saved", 150, stored -> Messages.dateTime(stored.savedAt()));
		versionColumn("record.column.by", 110, stored -> nameOf.apply(stored.savedBy()));
		versionColumn("record.column.why", 120, StoredRecord::reason);
		versions.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof StoredRecord<?> stored) {
				content.setInput(nodes(stored.record(), nameOf));
				content.expandToLevel(2);
			}
		});

		content = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
		content.getTree().setData(CairnUi.WIDGET_ID, "record.content");
		content.getTree().setHeaderVisible(true);
		content.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((Node) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Node) element).children().isEmpty();
			}
		});
		treeColumn("record.column.field", 200, Node::label);
		treeColumn("record.column.value", 380, Node::value);
		sash.setWeights(40, 60);

		store.call(Messages.get("record.job"), () -> charts.history(session, recordId), history -> {
			if (versions.getTable().isDisposed()) {
				return;
			}
			List<StoredRecord<ClinicalRecord>> newestFirst = new ArrayList<>(history);
			java.util.Collections.reverse(newestFirst);
			versions.setInput(newestFirst);
			status.setText(Messages.format("record.versions", history.size()));
			if (!newestFirst.isEmpty()) {
				versions.setSelection(new org.eclipse.jface.viewers.StructuredSelection(newestFirst.get(0)), true);
			}
		}, failure -> {
			if (!status.isDisposed()) {
				status.setText(failure.message());
			}
		});
		return area;
	}

	private void versionColumn(String key, int width, java.util.function.Function<StoredRecord<ClinicalRecord>, String> text) {
		TableViewerColumn column = new TableViewerColumn(versions, SWT.LEFT);
		column.getColumn().setText(Messages.get(key));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				String value = text.apply((StoredRecord<ClinicalRecord>) element);
				return value == null ? "" : value;
			}
		});
	}

	private void treeColumn(String key, int width, java.util.function.Function<Node, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(content, SWT.LEFT);
		column.getColumn().setText(Messages.get(key));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Node) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	/**
	 * The fields of {@code object} that hold something, in the model's order, nested values as children; a member of
	 * staff by name ({@code nameOf}), not by user id.
	 */
	static List<Node> nodes(EObject object, java.util.function.Function<String, String> nameOf) {
		List<Node> nodes = new ArrayList<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature);
			String label = label(feature.getName());
			if (feature instanceof EReference reference && reference.isContainment()) {
				List<Node> children = new ArrayList<>();
				if (feature.isMany()) {
					int index = 1;
					for (Object item : (Collection<?>) value) {
						children.add(new Node(label(((EObject) item).eClass().getName()) + " " + index++, "", nodes((EObject) item, nameOf)));
					}
					nodes.add(new Node(label, String.valueOf(children.size()), children));
				} else {
					nodes.add(new Node(label, "", nodes((EObject) value, nameOf)));
				}
			} else if (feature instanceof EAttribute && feature.isMany()) {
				List<Node> children = new ArrayList<>();
				for (Object item : (Collection<?>) value) {
					children.add(new Node("", Values.text(feature.getName(), item, nameOf), List.of()));
				}
				nodes.add(new Node(label, children.size() == 1 ? children.get(0).value() : String.valueOf(children.size()),
						children.size() == 1 ? List.of() : children));
			} else {
				nodes.add(new Node(label, Values.text(feature.getName(), value, nameOf), List.of()));
			}
		}
		return nodes;
	}

	static String label(String name) {
		return Values.label(name);
	}

	private static String text(Object value) {
		return Values.text(value);
	}
}
