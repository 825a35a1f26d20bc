package org.cairn.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

import org.cairn.core.Branding;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The splash window: the product's splash image ({@link Branding#splashImage()}) with the version at the bottom
 * right and what start-up is doing at the bottom left, in the product's splash text colour. It stands from the
 * application context's creation until the workbench has started. A product without a readable splash image has
 * none; nothing here may stop the workstation from starting.
 */
final class Splash {

	/** Height of the strip at the bottom of the image where the text is drawn. */
	static final int TEXT_STRIP = 30;
	private static final RGB DEFAULT_FOREGROUND = new RGB(0x56, 0x65, 0x6C);

	private final Shell shell;
	private final Image image;
	private final Color foreground;
	private final String version;
	private String status = "";

	private Splash(Shell shell, Image image, Color foreground, String version) {
		this.shell = shell;
		this.image = image;
		this.foreground = foreground;
		this.version = version;
	}

	/** Opens the splash centred on the primary monitor, or returns empty when the product has no readable image. */
	static Optional<Splash> open(Display display, Branding branding, String status) {
		Optional<URL> url = Branding.splashImage();
		if (url.isEmpty()) {
			return Optional.empty();
		}
		Image image;
		try (InputStream in = url.get().openStream()) {
			image = new Image(display, in);
		} catch (IOException | SWTException e) {
			return Optional.empty();
		}
		Shell shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
		// Not the product's bare name, which is the main window's title: scripts and tests find that window by it.
		shell.setText(MessageFormat.format(ResourceBundle.getBundle("org.cairn.app.internal.messages").getString("splash.title"), branding.name()));
		Rectangle size = image.getBounds();
		Rectangle monitor = display.getPrimaryMonitor().getBounds();
		shell.setBounds(monitor.x + (monitor.width - size.width) / 2, monitor.y + (monitor.height - size.height) / 2,
				size.width, size.height);
		Color foreground = new Color(parseColour(Branding.productProperty(Branding.SPLASH_FOREGROUND_PROPERTY)));
		Splash splash = new Splash(shell, image, foreground, branding.fullVersion().substring(branding.name().length()).strip());
		splash.status = status;
		shell.addPaintListener(event -> splash.paint(event.gc));
		shell.addDisposeListener(event -> image.dispose());
		shell.open();
		splash.flush();
		return Optional.of(splash);
	}

	/** Shows what start-up is doing now. */
	void status(String text) {
		if (shell.isDisposed()) {
			return;
		}
		status = text;
		shell.redraw();
		flush();
	}

	/**
	 * Hides the splash while a window of start-up's own (the login) is open, once it has been up long enough to be
	 * seen: a splash that flashes for a moment is read as a glitch.
	 */
	void hide() {
		if (shell.isDisposed()) {
			return;
		}
		Display display = shell.getDisplay();
		while (System.nanoTime() - openedAt < MINIMUM_SHOWN.toNanos() && !shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(15);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		if (!shell.isDisposed()) {
			shell.setVisible(false);
		}
	}

	/** How long the splash stays up at least. */
	static final java.time.Duration MINIMUM_SHOWN = java.time.Duration.ofMillis(500);
	private final long openedAt = System.nanoTime();

	/** Shows it again after {@link #hide()}. */
	void show() {
		if (!shell.isDisposed()) {
			shell.setVisible(true);
			flush();
		}
	}

	/** Closes the splash; harmless when it is closed already. */
	void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	boolean isOpen() {
		return !shell.isDisposed();
	}

	private void paint(GC gc) {
		gc.drawImage(image, 0, 0);
		Rectangle area = image.getBounds();
		gc.setForeground(foreground);
		int y = area.height - TEXT_STRIP + (TEXT_STRIP - gc.getFontMetrics().getHeight()) / 2;
		gc.drawText(status, 14, y, true);
		Point extent = gc.textExtent(version);
		gc.drawText(version, area.width - extent.x - 14, y, true);
	}

	/** Lets the window system show the splash now: start-up keeps the UI thread busy until the workbench opens. */
	private void flush() {
		Display display = shell.getDisplay();
		long until = System.nanoTime() + 200_000_000L;
		shell.update();
		while (System.nanoTime() < until && display.readAndDispatch()) {
			// paint what is pending, without waiting for events that are not
		}
		shell.update();
	}

	/** "#RRGGBB" as an RGB; the default grey for anything else. */
	static RGB parseColour(String value) {
		if (value != null && value.strip().matches("#[0-9a-fA-F]{6}")) {
			int rgb = Integer.parseInt(value.strip().substring(1), 16);
			return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
		}
		return DEFAULT_FOREGROUND;
	}
}
