package org.cairn.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The macOS application bundle around the product: {@code Contents/Info.plist}, the brand's icon in
 * {@code Contents/Resources} and {@code Contents/MacOS/<command>}, a small script that starts the launcher script
 * in {@code Contents/Eclipse}. It is not signed or notarized (docs/BRANDING.md).
 */
final class MacApp {

	private MacApp() {
	}

	static void write(Path app, Brand brand, CairnApp cairn, Icons icons) throws IOException {
		Path contents = app.resolve("Contents");
		Files.createDirectories(contents.resolve("MacOS"));
		Files.createDirectories(contents.resolve("Resources"));
		Files.write(contents.resolve("Resources").resolve(brand.command() + ".icns"), icons.icns());
		Path stub = contents.resolve("MacOS").resolve(brand.command());
		Files.writeString(stub, """
				#!/bin/sh
				# Started by macOS when the application is opened: hands over to the launcher script.
				here=$(cd "$(dirname "$0")/../Eclipse" && pwd)
				exec "$here/%s" "$@"
				""".formatted(brand.command()), StandardCharsets.UTF_8);
		Archives.makeExecutable(stub);
		String version = brand.archiveVersion(cairn.shortVersion());
		Files.writeString(contents.resolve("Info.plist"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
				<plist version="1.0">
				<dict>
					<key>CFBundleDevelopmentRegion</key><string>en</string>
					<key>CFBundleExecutable</key><string>%1$s</string>
					<key>CFBundleIconFile</key><string>%1$s.icns</string>
					<key>CFBundleIdentifier</key><string>org.cairn.brand.%1$s</string>
					<key>CFBundleInfoDictionaryVersion</key><string>6.0</string>
					<key>CFBundleName</key><string>%2$s</string>
					<key>CFBundleDisplayName</key><string>%2$s</string>
					<key>CFBundlePackageType</key><string>APPL</string>
					<key>CFBundleShortVersionString</key><string>%3$s</string>
					<key>CFBundleVersion</key><string>%4$s</string>
					<key>LSMinimumSystemVersion</key><string>11.0</string>
					<key>NSHighResolutionCapable</key><true/>
				</dict>
				</plist>
				""".formatted(brand.command(), xml(brand.name()), xml(version), xml(cairn.version())), StandardCharsets.UTF_8);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
