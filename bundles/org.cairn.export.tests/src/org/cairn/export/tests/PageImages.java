package org.cairn.export.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a PDF's first pages to PNG files under target/pages, for a person to look at, and checks they are not blank. */
final class PageImages {

	private PageImages() {
	}

	static void render(PDDocument pdf, String name, int pages) throws IOException {
		Path folder = Path.of("target", "pages");
		Files.createDirectories(folder);
		PDFRenderer renderer = new PDFRenderer(pdf);
		for (int page = 0; page < Math.min(pages, pdf.getNumberOfPages()); page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, 80);
			int dark = 0;
			for (int x = 0; x < image.getWidth(); x += 2) {
				for (int y = 0; y < image.getHeight(); y += 2) {
					if ((image.getRGB(x, y) & 0xff) < 128) {
						dark++;
					}
				}
			}
			assertTrue(dark > 500, "page " + (page + 1) + " of " + name + " has text on it");
			ImageIO.write(image, "png", folder.resolve(name + "-" + (page + 1) + ".png").toFile());
		}
	}
}
