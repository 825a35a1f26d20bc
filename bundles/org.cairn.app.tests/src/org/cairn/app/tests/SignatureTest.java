package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.cairn.model.CairnFactory;
import org.cairn.model.Modality;
import org.cairn.model.NoteFormat;
import org.cairn.model.NoteStatus;
import org.cairn.model.ServiceType;
import org.cairn.model.SessionNote;
import org.cairn.model.Signature;
import org.cairn.model.SignerRole;
import org.cairn.store.RecordStore;
import org.cairn.store.SignedContent;
import org.cairn.store.Transactions;
import org.cairn.testing.ui.RunningWorkbench;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.cairn.ui.notes.NoteFormats;
import org.cairn.ui.notes.Notes;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A signed note keeps the hash of what was signed; one changed underneath with SQL after signing opens with a
 * warning instead of the usual "Signed by", and an unchanged one opens as usual.
 */
@Order(12)
class SignatureTest {

	private static final String INTACT = "t-n-signed-intact";
	private static final String CHANGED = "t-n-signed-changed";

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private static SessionNote signedNote(String id, String plan) {
		SessionNote note = CairnFactory.eINSTANCE.createSessionNote();
		note.setId(id);
		note.setPatientId("t-p-quill");
		note.setEpisodeId("t-e-quill");
		note.setAuthorId("t-clinician");
		note.setServiceType(ServiceType.INDIVIDUAL);
		note.setModality(Modality.IN_PERSON);
		Instant start = TestCharts.TODAY.minusDays(2).atTime(10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant();
		note.setStartedAt(start);
		note.setEndedAt(start.plus(50, ChronoUnit.MINUTES));
		NoteFormats.apply(note, NoteFormat.DAP);
		note.getSections().forEach(section -> section.setText(section.getKey().equals("P") ? plan : "Discussed " + section.getKey()));
		Signature signature = CairnFactory.eINSTANCE.createSignature();
		signature.setSignerId("t-clinician");
		signature.setRole(SignerRole.CLINICIAN);
		signature.setSignedAt(start.plus(1, ChronoUnit.HOURS));
		signature.setContentHash(SignedContent.of(note));
		note.setSignature(signature);
		note.setStatus(NoteStatus.SIGNED);
		return note;
	}

	private static void open(UiBot bot, RunningWorkbench workbench, String id) {
		bot.run(() -> Notes.open(workbench.context().get(EPartService.class), workbench.context().get(EModelService.class),
				workbench.context().get(MApplication.class), id, "t-p-quill", null));
	}

	@Test
	void aSignedNoteChangedUnderneathOpensWithAWarning(UiBot bot, RunningWorkbench workbench) {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		if (store.read(INTACT).isEmpty()) {
			store.save(signedNote(INTACT, "Next session in one week"), 0, "t-clinician", "signed");
			store.save(signedNote(CHANGED, "Next session in one week"), 0, "t-clinician", "signed");
		}
		assertTrue(SignedContent.matches((SessionNote) store.read(CHANGED).orElseThrow().record()), "as signed");

		// Someone with access to the database rewrites the plan of the signed note.
		int changed = ((Transactions) store).write(connection -> {
			byte[] content;
			try (PreparedStatement read = connection.prepareStatement("SELECT content FROM cairn_version WHERE record_id = ? AND version = 1")) {
				read.setString(1, CHANGED);
				try (var rows = read.executeQuery()) {
					rows.next();
					content = rows.getBytes(1);
				}
			}
			String text = new String(content, StandardCharsets.UTF_8).replace("Next session in one week", "No further sessions needed");
			try (PreparedStatement write = connection.prepareStatement("UPDATE cairn_version SET content = ? WHERE record_id = ? AND version = 1")) {
				write.setBytes(1, text.getBytes(StandardCharsets.UTF_8));
				write.setString(2, CHANGED);
				return write.executeUpdate();
			}
		});
		assertEquals(1, changed);
		assertFalse(SignedContent.matches((SessionNote) store.read(CHANGED).orElseThrow().record()), "the content no longer matches its signature");

		open(bot, workbench, INTACT);
		Label state = bot.byId(Label.class, "note.state");
		bot.waitUntil("the intact note opens signed", () -> bot.textOf(state).startsWith("Signed by t-clinician"));

		open(bot, workbench, CHANGED);
		bot.waitUntil("the changed note opens with the warning", () -> bot.findAll(Label.class).stream()
				.anyMatch(label -> "note.state".equals(label.getData(UiBot.WIDGET_ID)) && bot.textOf(label).startsWith("Warning: this note is not what t-clinician signed on ")));
		bot.screenshot("signature-changed");
	}

	@Test
	void aSignedPlanChangedUnderneathOpensWithAWarning(UiBot bot, RunningWorkbench workbench) {
		TestCharts.seed();
		RecordStore store = TestCharts.store();
		String planId = "t-cp-signed-changed";
		if (store.read(planId).isEmpty()) {
			org.cairn.model.CarePlan plan = CairnFactory.eINSTANCE.createCarePlan();
			plan.setId(planId);
			plan.setPatientId("t-p-quill");
			plan.setEpisodeId("t-e-quill");
			plan.setRevision(1);
			plan.getStrengths().add("Keeps every dosing appointment");
			Signature signature = CairnFactory.eINSTANCE.createSignature();
			signature.setSignerId("t-clinician");
			signature.setRole(SignerRole.CLINICIAN);
			signature.setSignedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
			plan.setStatus(org.cairn.model.CarePlanStatus.ACTIVE);
			signature.setContentHash(SignedContent.of(plan));
			plan.getSignatures().add(signature);
			store.save(plan, 0, "t-clinician", "signed");
		}
		assertTrue(SignedContent.matches((org.cairn.model.CarePlan) store.read(planId).orElseThrow().record()), "as signed");
		((Transactions) store).write(connection -> {
			byte[] content;
			try (PreparedStatement read = connection.prepareStatement("SELECT content FROM cairn_version WHERE record_id = ? AND version = 1")) {
				read.setString(1, planId);
				try (var rows = read.executeQuery()) {
					rows.next();
					content = rows.getBytes(1);
				}
			}
			String text = new String(content, StandardCharsets.UTF_8).replace("Keeps every dosing appointment", "Misses most appointments");
			try (PreparedStatement write = connection.prepareStatement("UPDATE cairn_version SET content = ? WHERE record_id = ? AND version = 1")) {
				write.setBytes(1, text.getBytes(StandardCharsets.UTF_8));
				write.setString(2, planId);
				return write.executeUpdate();
			}
		});
		assertFalse(SignedContent.matches((org.cairn.model.CarePlan) store.read(planId).orElseThrow().record()));
		bot.run(() -> org.cairn.ui.careplan.CarePlans.open(workbench.context().get(EPartService.class), workbench.context().get(EModelService.class),
				workbench.context().get(MApplication.class), planId, "t-p-quill", "t-e-quill"));
		bot.waitUntil("the changed plan opens with the warning", () -> bot.findAll(Label.class).stream()
				.anyMatch(label -> "plan.state".equals(label.getData(UiBot.WIDGET_ID)) && bot.textOf(label).startsWith("Warning: this plan is not what t-clinician signed on ")));
		bot.screenshot("plan-signature-changed");
	}
}
