package org.cairn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.cairn.forms.FormDefinition;
import org.cairn.forms.FormReader;
import org.cairn.forms.ui.DefinitionRenderer;
import org.cairn.forms.ui.FormPage;
import org.cairn.testing.ui.UiBot;
import org.cairn.testing.ui.WorkbenchExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Cairn's form renderer, keyboard only: PHQ-9 answered with one digit per item (the total and band follow each
 * answer; item 9 above 0 raises the flag; the functional item is asked only once a problem is checked), and COWS
 * with the pulse typed in beats per minute and scored as item 1. An item a condition stops asking loses its answer
 * on the page, as the engine refuses it.
 */
@Order(8)
class FormRendererTest {

	@RegisterExtension
	static final WorkbenchExtension WORKBENCH = TestLogin.workbench();

	private Shell shell;

	@AfterEach
	void close(UiBot bot) {
		if (shell != null) {
			bot.run(shell::dispose);
		}
	}

	static FormDefinition standard(String id) throws Exception {
		for (Bundle bundle : FrameworkUtil.getBundle(FormRendererTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals("org.cairn.forms.standard")) {
				try (InputStream in = bundle.getEntry("forms/" + id + ".json").openStream()) {
					FormReader.Result result = FormReader.read(in.readAllBytes(), id + ".json");
					assertTrue(result.ok(), result.problems().toString());
					return result.definition();
				}
			}
		}
		throw new AssertionError("org.cairn.forms.standard is not installed");
	}

	private FormPage open(UiBot bot, FormDefinition form) {
		return bot.call(() -> {
			shell = new Shell(bot.display(), SWT.SHELL_TRIM);
			shell.setText(form.title());
			shell.setLayout(new FillLayout());
			shell.setBounds(60, 40, 760, 820);
			Composite host = new Composite(shell, SWT.NONE);
			host.setLayout(new FillLayout());
			FormPage page = new DefinitionRenderer().render(host, form, new HashMap<>(), null);
			shell.open();
			shell.forceActive();
			page.setFocus();
			return page;
		});
	}

	private static String text(UiBot bot, String id) {
		return bot.textOf(bot.byId(Label.class, id));
	}

	@Test
	void phq9IsAnsweredWithDigitsAndTheFlagIsRaised(UiBot bot) throws Exception {
		FormPage page = open(bot, standard("phq9"));
		assertEquals("9 items need an answer.", text(bot, "form.missing"));
		assertFalse(bot.call(() -> page.result().enabled().contains("phq9.10")), "the functional item waits for a problem");
		for (char digit : "221110000".toCharArray()) {
			bot.press(0, digit);
		}
		bot.waitUntil("nine answers", () -> bot.call(() -> page.answers().size()) >= 9);
		assertEquals("Total 7 · Mild", text(bot, "form.total"));
		assertEquals("", text(bot, "form.flags"));
		assertTrue(bot.call(() -> page.result().enabled().contains("phq9.10")), "a checked problem asks the functional item");
		assertTrue(bot.isShowing(bot.byId(Control.class, "form.item.phq9.10.0")), "and shows it");

		bot.run(() -> page.setFocus());
		bot.click(bot.byId(Control.class, "form.item.phq9.9.0"));
		bot.press(0, '1');
		bot.waitUntil("item 9 is answered 1", () -> "1".equals(bot.call(() -> page.answers().get("phq9.9"))));
		assertEquals("Total 8 · Mild", text(bot, "form.total"));
		assertTrue(text(bot, "form.flags").startsWith("Suicide risk: PHQ-9 item 9"), text(bot, "form.flags"));
		assertEquals("Complete.", text(bot, "form.missing"), "the functional item is optional");
		bot.screenshot("form-phq9");
	}

	@Test
	void anAnswerWhoseItemIsNoLongerAskedIsClearedAsTheEngineRefusesIt(UiBot bot) throws Exception {
		FormPage page = open(bot, standard("phq9"));
		// Item 1 "several days" checks a problem, so the functional item follows; its third key is "Very difficult".
		for (char digit : "1000000003".toCharArray()) {
			bot.press(0, digit);
		}
		bot.waitUntil("the functional item is answered", () -> "2".equals(bot.call(() -> page.answers().get("phq9.10"))));

		// No problem checked any more: the engine no longer asks item 10 and would refuse its answer.
		choose(bot, "form.item.phq9.1.0");
		bot.waitUntil("item 1 is answered 0", () -> "0".equals(bot.call(() -> page.answers().get("phq9.1"))));
		assertFalse(bot.call(() -> page.answers().containsKey("phq9.10")), "the answer of an item not asked is cleared");
		assertEquals(java.util.List.of(), bot.call(() -> page.result().problems()), "so the engine has nothing to refuse");
		assertEquals("Complete.", text(bot, "form.missing"));

		choose(bot, "form.item.phq9.1.1");
		bot.waitUntil("item 10 is asked again", () -> bot.call(() -> page.result().enabled().contains("phq9.10")));
		org.eclipse.swt.widgets.Button veryDifficult = bot.byId(org.eclipse.swt.widgets.Button.class, "form.item.phq9.10.2");
		assertFalse(bot.call(veryDifficult::getSelection), "asked again, it shows no answer rather than one the page does not hold");
	}

	/** Selects a radio button as a click would, wherever the page has scrolled it. */
	private static void choose(UiBot bot, String id) {
		org.eclipse.swt.widgets.Button button = bot.byId(org.eclipse.swt.widgets.Button.class, id);
		bot.run(() -> {
			for (Control sibling : button.getParent().getChildren()) {
				if (sibling instanceof org.eclipse.swt.widgets.Button other) {
					other.setSelection(other == button);
				}
			}
			button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
	}

	@Test
	void cowsTakesThePulseInBeatsPerMinute(UiBot bot) throws Exception {
		FormPage page = open(bot, standard("cows"));
		Text pulse = bot.byId(Text.class, "form.item.cows.1");
		bot.click(pulse);
		bot.type("112");
		bot.waitUntil("the pulse scores 2", () -> text(bot, "form.item.cows.1.note").equals("scores 2"));
		bot.press(0, SWT.CR);
		// Sweating 3, restlessness 5, then pupils: its options score 0, 1, 2 and 5, so "4" is no score and picks
		// nothing (it once picked the fourth option, which scores 5); the item says which digits it takes.
		bot.press(0, '3');
		bot.press(0, '5');
		bot.press(0, '4');
		bot.waitUntil("a digit no option scores is named", () -> text(bot, "form.item.cows.4.note").equals("No option scores 4: type 0, 1, 2 or 5."));
		assertTrue(bot.call(() -> !page.answers().containsKey("cows.4")), "nothing was chosen for the pupils");
		// Pupils 2, aches 4, runny nose 2, GI 3, tremor 2, yawning 2, anxiety 2, gooseflesh 3.
		for (char digit : "24232223".toCharArray()) {
			bot.press(0, digit);
		}
		bot.waitUntil("every item is answered", () -> bot.call(() -> page.answers().size()) == 11);
		assertEquals("Total 30 · Moderately severe", text(bot, "form.total"));
		assertEquals(new BigDecimal("30"), bot.call(() -> page.result().total()));
		assertEquals("Complete.", text(bot, "form.missing"));

		bot.run(() -> pulse.setText("1120"));
		bot.waitUntil("an impossible pulse is named", () -> text(bot, "form.item.cows.1.note").contains("must be from 20 to 250 bpm, not 1120"));
		assertTrue(text(bot, "form.total").startsWith("Total: not yet"), text(bot, "form.total"));
		bot.run(() -> pulse.setText("112"));
		bot.screenshot("form-cows");
	}
}
