package org.cairn.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.cairn.model.CairnPackage;
import org.cairn.model.ClinicalRecord;
import org.cairn.store.StoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** A record as stored: its EMF content as UTF-8 XMI, and the SHA-256 of those bytes. */
public final class RecordCodec {

	/** EMF's options for fast, repeated XML work: pooled parsers, cached name lookups. */
	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl();
	private static final Map<Object, Object> SAVE = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
	private static final Map<Object, Object> LOAD = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
			XMLResource.OPTION_USE_PARSER_POOL, PARSERS, XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE,
			XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE, XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);

	private RecordCodec() {
	}

	/** The stored bytes of {@code record} (a copy is serialized; the record stays where it was). */
	public static byte[] encode(ClinicalRecord record) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("cairn:record/" + record.getId()));
		resource.getContents().add(EcoreUtil.copy(record));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, SAVE);
		} catch (IOException e) {
			throw new StoreException("Cannot serialize record " + record.getId() + ": " + e.getMessage(), e);
		}
		return bytes.toByteArray();
	}

	/** The record stored as {@code bytes}. */
	public static ClinicalRecord decode(String id, byte[] bytes) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(CairnPackage.eNS_URI, CairnPackage.eINSTANCE);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("cairn:record/" + id));
		resources.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(bytes), LOAD);
		} catch (IOException e) {
			throw new StoreException("Stored record " + id + " cannot be read: " + e.getMessage(), e);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof ClinicalRecord record)) {
			throw new StoreException("Stored record " + id + " holds no Cairn record");
		}
		resource.getContents().clear();
		return record;
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
