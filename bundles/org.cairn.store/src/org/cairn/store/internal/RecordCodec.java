package org.cairn.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * EMF's options for fast, repeated XML work: pooled parsers, cached lookup tables and name-to-feature maps.
	 * The caches are not thread-safe, so each thread keeps its own options.
	 */
	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl();
	private static final ThreadLocal<Map<Object, Object>> SAVE = ThreadLocal.withInitial(() -> Map.of(
			XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE,
			XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>()));
	private static final ThreadLocal<Map<Object, Object>> LOAD = ThreadLocal.withInitial(() -> Map.of(
			XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_USE_PARSER_POOL, PARSERS,
			XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE, XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE,
			XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE, XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>()));

	private RecordCodec() {
	}

	/** A record as it is stored: the bytes, and the copy of the record they were written from. */
	public record Encoded<T extends ClinicalRecord>(byte[] bytes, T copy) {
	}

	/** The stored bytes of {@code record}. */
	public static byte[] encode(ClinicalRecord record) {
		return encodeCopy(record).bytes();
	}

	/**
	 * The stored bytes of {@code record}, with the copy that was serialized (the record itself stays where it was,
	 * in its editor's resource or nowhere); the copy is what the caller gets back as stored.
	 */
	public static <T extends ClinicalRecord> Encoded<T> encodeCopy(T record) {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("cairn:record/" + record.getId()));
		T copy = EcoreUtil.copy(record);
		resource.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, SAVE.get());
		} catch (IOException e) {
			throw new StoreException("Cannot serialize record " + record.getId() + ": " + e.getMessage(), e);
		} finally {
			resource.getContents().clear();
		}
		return new Encoded<>(bytes.toByteArray(), copy);
	}

	/** The record stored as {@code bytes}. */
	public static ClinicalRecord decode(String id, byte[] bytes) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(CairnPackage.eNS_URI, CairnPackage.eINSTANCE);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("cairn:record/" + id));
		resources.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(bytes), LOAD.get());
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
