package org.cairn.ui.handlers;

import org.cairn.ui.export.ExportRecordDialog.Output;

/** Chart › Print Record: the export of the open chart, with the printer chosen to start with. */
public class PrintRecordHandler extends ExportRecordHandler {

	@Override
	protected Output initialOutput() {
		return Output.PRINTER;
	}
}
