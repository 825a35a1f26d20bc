package org.cairn.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Checks that every call and field access from a set of bundles into SWT ({@code org/eclipse/swt/...}) finds its
 * method or field in the SWT classes those bundles ship with (following superclasses and interfaces). The platform
 * fragments carry all of SWT's code, so a fragment of another SWT version than the bundles were built against shows
 * up here as unresolved references, which at run time are NoSuchMethodErrors.
 */
final class SwtReferences {

	private record ClassInfo(String superName, String[] interfaces, Set<String> members) {
	}

	private final Map<String, ClassInfo> classes = new HashMap<>();
	private final Set<String> references = new TreeSet<>();

	/** Reads the classes of {@code jars} (nested jars are left out: SWT and the E4 bundles have none). */
	static SwtReferences of(List<Path> jars) throws IOException {
		SwtReferences result = new SwtReferences();
		for (Path jar : jars) {
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
						try (InputStream in = zip.getInputStream(entry)) {
							result.read(new ClassReader(in.readAllBytes()), jar.getFileName().toString());
						} catch (IllegalArgumentException unsupported) {
							// a class file newer than this ASM reads: not one of SWT's callers here
						}
					}
				}
			}
		}
		return result;
	}

	private void read(ClassReader reader, String jar) {
		Set<String> members = new HashSet<>();
		String className = reader.getClassName();
		classes.putIfAbsent(className, new ClassInfo(reader.getSuperName(), reader.getInterfaces(), members));
		reader.accept(new ClassVisitor(Opcodes.ASM9) {
			@Override
			public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
				members.add(name);
				return null;
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
				members.add(name + descriptor);
				return new MethodVisitor(Opcodes.ASM9) {
					@Override
					public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
						if (owner.startsWith("org/eclipse/swt/")) {
							references.add(owner + "." + method + desc + " from " + className + " (" + jar + ")");
						}
					}

					@Override
					public void visitFieldInsn(int opcode, String owner, String field, String desc) {
						if (owner.startsWith("org/eclipse/swt/")) {
							references.add(owner + "#" + field + " from " + className + " (" + jar + ")");
						}
					}
				};
			}
		}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
	}

	private static boolean jdkHas(String owner, String member) {
		try {
			return declares(Class.forName(owner.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()), member, new HashSet<>());
		} catch (ClassNotFoundException e) {
			return false;
		}
	}

	/** Whether {@code type}, its superclasses or its interfaces declare {@code member} (name, or name+descriptor). */
	private static boolean declares(Class<?> type, String member, Set<Class<?>> seen) {
		if (type == null || !seen.add(type)) {
			return false;
		}
		int paren = member.indexOf('(');
		if (paren < 0) {
			for (var field : type.getDeclaredFields()) {
				if (field.getName().equals(member)) {
					return true;
				}
			}
		} else {
			String name = member.substring(0, paren);
			String descriptor = member.substring(paren);
			if (name.equals("<init>")) {
				return true;
			}
			for (var method : type.getDeclaredMethods()) {
				if (method.getName().equals(name) && MethodType.methodType(method.getReturnType(), method.getParameterTypes())
						.toMethodDescriptorString().equals(descriptor)) {
					return true;
				}
			}
		}
		if (declares(type.getSuperclass(), member, seen)) {
			return true;
		}
		for (Class<?> anInterface : type.getInterfaces()) {
			if (declares(anInterface, member, seen)) {
				return true;
			}
		}
		return false;
	}

	/** The references that find no method or field, each with the class (and jar) that makes it. */
	List<String> unresolved() {
		List<String> missing = new ArrayList<>();
		for (String reference : references) {
			String target = reference.substring(0, reference.indexOf(" from "));
			boolean field = target.contains("#");
			int split = field ? target.indexOf('#') : target.indexOf('.');
			String owner = target.substring(0, split);
			String member = target.substring(split + 1);
			if (!resolves(owner, member, new HashSet<>())) {
				missing.add(reference);
			}
		}
		return missing;
	}

	private boolean resolves(String owner, String member, Set<String> seen) {
		if (!seen.add(owner)) {
			return false;
		}
		ClassInfo info = classes.get(owner);
		if (info == null) {
			// A JDK class (an SWT widget's toString() is Object's, for example): ask the JDK.
			return !owner.startsWith("org/eclipse/swt/") && jdkHas(owner, member);
		}
		if (info.members().contains(member)) {
			return true;
		}
		if (info.superName() != null && resolves(info.superName(), member, seen)) {
			return true;
		}
		for (String anInterface : info.interfaces()) {
			if (resolves(anInterface, member, seen)) {
				return true;
			}
		}
		return false;
	}
}
