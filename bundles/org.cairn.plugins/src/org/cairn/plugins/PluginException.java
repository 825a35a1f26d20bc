package org.cairn.plugins;

/** A plugin could not be installed or removed; the message says what was wrong and where, for an administrator. */
public class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginException(String message) {
		super(message);
	}

	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
