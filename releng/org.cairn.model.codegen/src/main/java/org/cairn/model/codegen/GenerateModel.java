package org.cairn.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates org.cairn.model from its Ecore model, headless and without a workspace: validates
 * {@code model/cairn.ecore}, writes {@code model/cairn.genmodel} from it with Cairn's generator settings, and
 * generates the model code into {@code src-gen/}, replacing what was there. The genmodel is derived, so it can
 * never drift from the Ecore model.
 *
 * <pre>
 * GenerateModel &lt;org.cairn.model bundle folder&gt; [&lt;output folder&gt;]
 * </pre>
 *
 * With an output folder the code goes there instead (the regeneration check compares it with src-gen).
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			System.err.println("Usage: GenerateModel <org.cairn.model folder> [<output folder>]");
			System.exit(2);
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		Path output = args.length == 2 ? Path.of(args[1]).toAbsolutePath().normalize() : bundle.resolve("src-gen");
		generate(bundle, output);
		System.out.println("Generated " + output);
	}

	/** Generates the model code of {@code bundle} into {@code output} (emptied first). */
	public static void generate(Path bundle, Path output) throws IOException {
		Path ecore = bundle.resolve("model/cairn.ecore");
		if (!Files.isRegularFile(ecore)) {
			throw new IOException("No Ecore model at " + ecore);
		}
		// The generator writes to platform:/resource/<project>/<folder>; map a scratch project onto the output.
		Path scratch = Files.createTempDirectory("cairn-codegen");
		try {
			EcorePlugin.getPlatformResourceMap().put("org.cairn.model", URI.createFileURI(scratch.toString() + "/"));

			ResourceSet resources = new ResourceSetImpl();
			Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
			factories.put("ecore", new EcoreResourceFactoryImpl());
			factories.put("genmodel", new XMIResourceFactoryImpl());
			resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
			resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

			Resource ecoreResource = resources.getResource(URI.createFileURI(ecore.toString()), true);
			EPackage model = (EPackage) ecoreResource.getContents().get(0);
			Diagnostic valid = Diagnostician.INSTANCE.validate(model);
			if (valid.getSeverity() >= Diagnostic.ERROR) {
				throw new IOException("The Ecore model is not valid: " + describe(valid));
			}

			GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
			genModel.initialize(List.of(model));
			genModel.setModelName("Cairn");
			genModel.setModelPluginID("org.cairn.model");
			genModel.setModelDirectory("/org.cairn.model/src-gen");
			genModel.setComplianceLevel(org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel.JDK170_LITERAL);
			genModel.setRuntimeVersion(GenRuntimeVersion.get("2.20"));
			genModel.setCopyrightText("Cairn, a clinician workstation for addiction-treatment programmes.\nSPDX-License-Identifier: EPL-2.0\n\nGenerated from model/cairn.ecore by org.cairn.model.codegen; do not edit.");
			genModel.setCopyrightFields(false);
			genModel.setBundleManifest(false);
			genModel.setUpdateClasspath(false);
			genModel.setCodeFormatting(false);
			genModel.setImportOrganizing(true);
			genModel.setOperationReflection(true);
			genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
			genModel.setEditDirectory("");
			genModel.setEditorDirectory("");
			genModel.setTestsDirectory("");
			genModel.getForeignModel().add("cairn.ecore");
			genModel.setCanGenerate(true);
			for (GenPackage genPackage : genModel.getGenPackages()) {
				genPackage.setPrefix("Cairn");
				genPackage.setBasePackage("org.cairn");
				// Built in code, not read from cairn.ecore at run time; with the usual Literals interface.
				genPackage.setLoadInitialization(false);
				genPackage.setLiteralsInterface(true);
			}
			Resource genResource = resources.createResource(URI.createFileURI(bundle.resolve("model/cairn.genmodel").toString()));
			genResource.getContents().add(genModel);
			// Relative references from the genmodel to the Ecore model, as the Eclipse tools write them.
			genResource.save(Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_URI_HANDLER,
					new org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl.PlatformSchemeAware()));

			GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
					GenModelGeneratorAdapterFactory.DESCRIPTOR);
			Generator generator = new Generator();
			generator.setInput(genModel);
			Diagnostic generated = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
					new BasicMonitor.Printing(System.out));
			if (generated.getSeverity() >= Diagnostic.ERROR) {
				throw new IOException("Code generation failed: " + describe(generated));
			}

			Path producedSources = scratch.resolve("src-gen");
			deleteTree(output);
			Files.createDirectories(output);
			try (Stream<Path> files = Files.walk(producedSources)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path target = output.resolve(producedSources.relativize(file).toString());
					Files.createDirectories(target.getParent());
					Files.copy(file, target);
				}
			}
		} finally {
			deleteTree(scratch);
		}
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append("\n  ").append(child.getMessage());
		}
		return text.toString();
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
