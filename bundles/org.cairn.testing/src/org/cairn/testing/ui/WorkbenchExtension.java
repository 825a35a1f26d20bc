package org.cairn.testing.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension that runs the real workbench for a test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final WorkbenchExtension WORKBENCH = WorkbenchExtension.cairn();
 *
 * &#64;Test
 * void chartAreaSaysHowToOpenAChart(UiBot bot) {
 * 	assertEquals("No chart open", bot.textOf(bot.byId(Label.class, "chart.empty.title")));
 * }
 * </pre>
 *
 * The workbench starts before the first test and closes after the last; test methods may take a {@link UiBot}
 * or the {@link RunningWorkbench}. A failing test leaves a screenshot named after it. A test during which the
 * workbench made a database call on the display thread fails, with where the call was made.
 */
public final class WorkbenchExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver, TestWatcher {

	/** The product id of the Cairn workstation. */
	public static final String CAIRN_PRODUCT = "org.cairn.app.product";

	private final String productId;
	private final String[] args;
	private RunningWorkbench workbench;
	private Supplier<Map<String, Object>> arguments = Map::of;

	private WorkbenchExtension(String productId, String... args) {
		this.productId = productId;
		this.args = args;
	}

	/** The Cairn workstation as the product starts it. */
	public static WorkbenchExtension cairn(String... args) {
		return new WorkbenchExtension(CAIRN_PRODUCT, args);
	}

	/** Any product defined in the test runtime. */
	public static WorkbenchExtension product(String productId, String... args) {
		return new WorkbenchExtension(productId, args);
	}

	/**
	 * Application arguments that are objects, made just before each start (see
	 * {@link RunningWorkbench#start(String, Map, String...)}).
	 */
	public WorkbenchExtension withArguments(Supplier<Map<String, Object>> supplier) {
		this.arguments = supplier;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		workbench = RunningWorkbench.start(productId, arguments.get(), args);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		DisplayThreadCalls.check();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (workbench != null) {
			workbench.close();
			workbench = null;
		}
	}

	/** The running workbench (between the class's first and last test). */
	public RunningWorkbench workbench() {
		return workbench;
	}

	public UiBot bot() {
		return workbench.bot();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == UiBot.class || type == RunningWorkbench.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == UiBot.class ? workbench.bot() : workbench;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (workbench != null && workbench.isRunning()) {
			try {
				workbench.bot().screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			} catch (RuntimeException | AssertionError e) {
				// the failure itself is what matters
			}
		}
	}

	@Override
	public void testDisabled(ExtensionContext context, Optional<String> reason) {
		// nothing to record
	}
}
