package org.cairn.brand;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A platform Cairn's product is built for, with the names its archives carry. */
public enum Target {

	LINUX_X86_64("linux-x86_64", "linux.gtk.x86_64", "tar.gz"),
	WINDOWS_X86_64("windows-x86_64", "win32.win32.x86_64", "zip"),
	MACOS_AARCH64("macos-aarch64", "macosx.cocoa.aarch64", "tar.gz");

	/** The name in brand.properties and in the branded archives' names. */
	public final String id;
	/** Tycho's os.ws.arch, in the product archives' names. */
	public final String environment;
	public final String extension;

	Target(String id, String environment, String extension) {
		this.id = id;
		this.environment = environment;
		this.extension = extension;
	}

	static Target byId(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(null);
	}

	static String ids() {
		return Arrays.stream(values()).map(t -> t.id).collect(Collectors.joining(", "));
	}

	boolean windows() {
		return this == WINDOWS_X86_64;
	}

	boolean macos() {
		return this == MACOS_AARCH64;
	}

	/** The SWT fragment that must be in this platform's archive. */
	String swtFragment() {
		return switch (this) {
		case LINUX_X86_64 -> "org.eclipse.swt.gtk.linux.x86_64";
		case WINDOWS_X86_64 -> "org.eclipse.swt.win32.win32.x86_64";
		case MACOS_AARCH64 -> "org.eclipse.swt.cocoa.macosx.aarch64";
		};
	}
}
