package org.cairn.brand;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a brand takes from Cairn's own product bundle, org.cairn.app: its version, its product extension's
 * properties (the application model, lifecycle, stylesheet and so on, with their %keys resolved), and its default
 * preferences. Reading them from the product rather than knowing them here keeps a brand in step with the Cairn it
 * is built on.
 *
 * @param version            Bundle-Version of org.cairn.app, which the brand bundle takes
 * @param productProperties  the product's properties by name, %keys resolved, in their order
 * @param customization      the text of org.cairn.app's plugin_customization.ini
 */
record CairnApp(String version, Map<String, String> productProperties, String customization) {

	static final String BUNDLE = "org.cairn.app";
	static final String PRODUCT_ID = "org.cairn.app.product";

	/** The short version, major.minor.micro. */
	String shortVersion() {
		String[] parts = version.split("\\.");
		return parts.length >= 3 ? parts[0] + "." + parts[1] + "." + parts[2] : version;
	}

	static CairnApp read(Path jar) throws BrandException {
		try (JarFile file = new JarFile(jar.toFile())) {
			String version = file.getManifest().getMainAttributes().getValue("Bundle-Version");
			Properties strings = new Properties();
			ZipEntry propertiesEntry = file.getEntry("plugin.properties");
			if (propertiesEntry != null) {
				try (InputStream in = file.getInputStream(propertiesEntry)) {
					strings.load(in);
				}
			}
			ZipEntry xml = file.getEntry("plugin.xml");
			if (xml == null || version == null) {
				throw new BrandException(jar.getFileName() + ": not Cairn's product bundle (no plugin.xml or Bundle-Version)");
			}
			Map<String, String> properties = new LinkedHashMap<>();
			try (InputStream in = file.getInputStream(xml)) {
				DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
				factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
				NodeList products = document.getElementsByTagName("product");
				if (products.getLength() == 0) {
					throw new BrandException(jar.getFileName() + ": plugin.xml declares no product");
				}
				Element product = (Element) products.item(0);
				properties.put("name", resolve(product.getAttribute("name"), strings));
				properties.put("application", product.getAttribute("application"));
				NodeList children = product.getElementsByTagName("property");
				for (int i = 0; i < children.getLength(); i++) {
					Element property = (Element) children.item(i);
					properties.put(property.getAttribute("name"), resolve(property.getAttribute("value"), strings));
				}
			} catch (BrandException e) {
				throw e;
			} catch (Exception e) {
				throw new BrandException(jar.getFileName() + ": plugin.xml cannot be read (" + e.getMessage() + ")");
			}
			String customization = "";
			ZipEntry ini = file.getEntry("plugin_customization.ini");
			if (ini != null) {
				try (InputStream in = file.getInputStream(ini)) {
					customization = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return new CairnApp(version, properties, customization);
		} catch (IOException e) {
			throw new BrandException(jar.getFileName() + ": cannot be read (" + e.getMessage() + ")");
		}
	}

	private static String resolve(String value, Properties strings) {
		if (value != null && value.startsWith("%")) {
			return strings.getProperty(value.substring(1), value);
		}
		return value;
	}
}
