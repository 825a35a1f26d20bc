package org.cairn.forms.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormReader;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The definitions Cairn ships (bundle org.cairn.forms.standard) and this bundle's test files. */
final class Files {

	static final String STANDARD = "org.cairn.forms.standard";

	private Files() {
	}

	static byte[] standard(String formId) {
		for (Bundle bundle : FrameworkUtil.getBundle(Files.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(STANDARD)) {
				URL entry = bundle.getEntry("forms/" + formId + ".json");
				if (entry == null) {
					throw new AssertionError(STANDARD + " has no forms/" + formId + ".json");
				}
				try (InputStream in = entry.openStream()) {
					return in.readAllBytes();
				} catch (IOException e) {
					throw new AssertionError(e);
				}
			}
		}
		throw new AssertionError(STANDARD + " is not installed");
	}

	static FormDefinition standardForm(String formId) {
		FormReader.Result result = FormReader.read(standard(formId), formId + ".json");
		if (!result.ok()) {
			throw new AssertionError(formId + ".json does not read: " + result.problems());
		}
		return result.definition();
	}

	static byte[] resource(String path) {
		try (InputStream in = Files.class.getResourceAsStream("/" + path)) {
			if (in == null) {
				throw new AssertionError("no test resource " + path);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
