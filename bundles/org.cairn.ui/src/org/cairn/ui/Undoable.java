package org.cairn.ui;

/**
 * An editor whose changes can be undone and redone with Edit › Undo (Ctrl+Z) and Edit › Redo (Ctrl+Y): the
 * workbench's handlers ask the active part.
 */
public interface Undoable {

	boolean canUndo();

	boolean canRedo();

	void undo();

	void redo();
}
