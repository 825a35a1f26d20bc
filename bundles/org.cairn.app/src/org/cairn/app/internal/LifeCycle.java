package org.cairn.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

import org.cairn.core.Branding;
import org.cairn.plugins.Plugins;
import org.cairn.security.Session;
import org.cairn.ui.security.IdleLock;
import org.cairn.ui.security.Login;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PostWorkbenchClose;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Start-up of the workstation. Signs someone in (or runs the first-run setup) before the workbench opens, and ends
 * Cairn when they quit instead. Puts the session and the product's branding in the application context and makes the main
 * window's title and Help › About name the product. The title never carries patient data: it shows in task bars, window
 * switchers and screen-sharing pickers.
 */
public class LifeCycle {

	/** Element id of the main window in Application.e4xmi. */
	public static final String MAIN_WINDOW_ID = "org.cairn.app.window.main";
	/** Element id of Help › About in Application.e4xmi. */
	static final String ABOUT_ITEM_ID = "org.cairn.app.menuitem.about";

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.cairn.app.internal.messages");

	/**
	 * Key of the application argument through which a harness in the same framework hands over a session it signed
	 * in itself (a {@link Session} object under its class's name; the command line can carry only strings).
	 */
	static final String SESSION_ARGUMENT = Session.class.getName();

	private Branding branding;
	/** The sign-in of this workbench, which waits for the accounts service; closed with the workbench. */
	private Login login;
	private Session session;
	private volatile IdleLock idleLock;
	private final List<MWindow> withheld = new ArrayList<>();

	/** How long start-up waits for the facility plugins in the dropins folder to be installed. */
	private static final Duration PLUGINS_TIMEOUT = Duration.ofSeconds(20);

	@PostContextCreate
	void postContextCreate(IEclipseContext context, IEventBroker events) {
		branding = Branding.current();
		login = Login.open();
		context.set(Login.class, login);
		context.set(Branding.class, branding);
		Display current = context.get(Display.class);
		Optional<Splash> splash = Optional.empty();
		if (current != null) {
			setWindowImages(current);
			splash = Splash.open(current, branding, MESSAGES.getString("splash.plugins"));
		}
		// Facility plugins first, so that what they add to the workbench is there when it opens. A plugin that
		// does not resolve has been refused and logged by then; the workstation starts without it.
		Plugins.await(PLUGINS_TIMEOUT);
		// Sign in before anything of the records is shown. A session handed over with the application's arguments
		// (by a test harness running in this framework) is used as it is.
		Object given = context.get(IApplicationContext.class) == null ? null
				: context.get(IApplicationContext.class).getArguments().get(SESSION_ARGUMENT);
		if (given instanceof Session handed) {
			session = handed;
		} else {
			splash.ifPresent(s -> s.status(MESSAGES.getString("splash.records")));
			login.prepare();
			splash.ifPresent(Splash::hide);
			session = login.signIn(branding.name()).orElse(null);
			splash.ifPresent(Splash::show);
		}
		if (session == null) {
			splash.ifPresent(Splash::close);
			return; // quit: the windows are taken out of the model below, so the workbench ends at once
		}
		context.set(Session.class, session);
		// The layout E4 is about to read is this person's own, not the last person's (their open charts and editors).
		try {
			Optional<Layouts> layouts = Layouts.ofInstanceArea();
			if (layouts.isPresent()) {
				Object arguments = context.get(IApplicationContext.class) == null ? null
						: context.get(IApplicationContext.class).getArguments().get(IApplicationContext.APPLICATION_ARGS);
				boolean reset = arguments instanceof String[] words && java.util.Arrays.asList(words).contains("-clearPersistedState");
				layouts.get().takeFor(session.userId(), reset);
			}
		} catch (java.io.IOException e) {
			// fail closed: nobody is shown another person's layout
			Layouts.ofInstanceArea().ifPresent(Layouts::discardQuietly);
			org.eclipse.e4.core.services.log.Logger logger = context.get(org.eclipse.e4.core.services.log.Logger.class);
			if (logger != null) {
				logger.warn(e, "The workbench layout could not be made the signed-in person's own; the product's first layout is used");
			}
		}
		splash.ifPresent(s -> s.status(MESSAGES.getString("splash.workbench")));
		Optional<Splash> shown = splash;
		// Delivered on the event thread; the layout is handed to the UI thread unless the application has ended
		// meanwhile (someone can press Ctrl+Q before the event arrives).
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, null, new EventHandler() {
			@Override
			public void handleEvent(Event event) {
				events.unsubscribe(this);
				Display display = context.get(Display.class);
				if (display == null || display.isDisposed()) {
					return;
				}
				// The facility's idle time is read here, on the event thread, not on the UI thread.
				Duration idle = IdleLock.configured(login.accounts());
				try {
					display.asyncExec(() -> {
						relayoutWindows(context.get(MApplication.class));
						shown.ifPresent(Splash::close);
						// From now on, a workstation left alone locks itself. Signing out at the lock shows the sign-in
						// again for the next person (a restart: see SignOutHandler); editors keep their drafts.
						idleLock = IdleLock.install(display, session, login, idle, () -> {
							IWorkbench workbench = context.get(IWorkbench.class);
							if (workbench != null) {
								workbench.restart();
							}
						});
						context.set(IdleLock.class, idleLock);
					});
				} catch (SWTException ended) {
					// the display went away between the check and the call: nothing to lay out
				}
			}
		}, true);
	}

	/**
	 * Gives every window and dialog the product's icons ({@link Branding#windowImages()}), for task bars and
	 * window switchers. A missing or unreadable icon is left
	 * out; the window then has the icons that could be read.
	 */
	private static void setWindowImages(Display display) {
		List<Image> images = new ArrayList<>();
		for (URL url : Branding.windowImages()) {
			try (InputStream in = url.openStream()) {
				images.add(new Image(display, in));
			} catch (IOException | SWTException e) {
				// an unreadable icon is left out
			}
		}
		if (!images.isEmpty()) {
			Window.setDefaultImages(images.toArray(Image[]::new));
		}
	}

	/**
	 * Lays the windows out again once start-up is complete. The theme changes fonts (and so the menu bar's height)
	 * after the first layout; without a window manager resizing the window afterwards, the bottom trim (the
	 * status bar) would be left below the visible client area.
	 */
	private static void relayoutWindows(MApplication application) {
		if (application == null) {
			return;
		}
		for (MWindow window : application.getChildren()) {
			if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
				shell.layout(true, true);
			}
		}
	}

	/**
	 * Without a session (the person quit at the login) the workbench must not open: its windows are taken out of the
	 * model, which ends the event loop at once, and put back in {@link #preSave} so that the saved layout is kept.
	 */
	@ProcessRemovals
	void processRemovals(MApplication application) {
		if (session == null) {
			withheld.addAll(application.getChildren());
			application.getChildren().clear();
		} else {
			// a layout saved after someone quit at the login or the setup holds its windows unrendered (see preSave)
			application.getChildren().forEach(window -> window.setToBeRendered(true));
		}
	}

	/**
	 * Puts withheld windows back before the model is saved (E4 refuses to save a model without windows), marked not
	 * to be rendered: the renderer is still running at this point, and a window put back as it was would be drawn,
	 * and its parts made with no one signed in. The next sign-in renders them again ({@link #processRemovals}).
	 */
	@PreSave
	void preSave(MApplication application) {
		if (!withheld.isEmpty()) {
			withheld.forEach(window -> window.setToBeRendered(false));
			application.getChildren().addAll(withheld);
			withheld.clear();
		}
	}

	/** The workbench has closed: no one is signed in at this workstation any more (a LOGOUT audit event). */
	@PostWorkbenchClose
	void postWorkbenchClose() {
		if (idleLock != null) {
			idleLock.uninstall();
		}
		login.signOut(session);
		login.close();
		session = null;
	}

	@ProcessAdditions
	void processAdditions(MApplication application, EModelService modelService) {
		MWindow main = (MWindow) modelService.find(MAIN_WINDOW_ID, application);
		if (main != null) {
			main.setLabel(branding.name());
			if (main.getMainMenu() != null) {
				brandAbout(main.getMainMenu());
			}
		}
	}

	/** Help › About names the product, as the About dialog's title does. */
	private void brandAbout(MMenu menu) {
		for (MMenuElement element : menu.getChildren()) {
			if (element instanceof MMenu submenu) {
				brandAbout(submenu);
			} else if (element instanceof MMenuItem item && ABOUT_ITEM_ID.equals(item.getElementId())) {
				item.setLabel("&About " + branding.name());
			}
		}
	}
}
