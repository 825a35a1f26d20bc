package org.cairn.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class IconsTest {

	private final Icons icons = new Icons(square(512));

	@Test
	void scalesToEveryWindowSize() throws Exception {
		for (int size : Icons.WINDOW_SIZES) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(icons.png(size)));
			assertEquals(size, image.getWidth());
			assertEquals(size, image.getHeight());
		}
	}

	@Test
	void writesAWindowsIconWithItsDirectory() throws Exception {
		ByteBuffer ico = ByteBuffer.wrap(icons.ico()).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(0, ico.getShort(0));
		assertEquals(1, ico.getShort(2), "type 1: icon");
		assertEquals(Icons.ICO_SIZES.length, ico.getShort(4));
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i < Icons.ICO_SIZES.length; i++) {
			int entry = 6 + 16 * i;
			int declared = Byte.toUnsignedInt(ico.get(entry));
			int length = ico.getInt(entry + 8);
			int offset = ico.getInt(entry + 12);
			byte[] png = new byte[length];
			ico.get(offset, png);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertEquals(declared == 0 ? 256 : declared, image.getWidth());
			sizes.add(image.getWidth());
		}
		assertEquals(List.of(16, 32, 48, 64, 256), sizes);
	}

	@Test
	void writesAMacIconWhoseLengthsAddUp() throws Exception {
		byte[] icns = icons.icns();
		ByteBuffer buffer = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
		assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
		assertEquals(icns.length, buffer.getInt(4));
		List<String> types = new ArrayList<>();
		int offset = 8;
		while (offset < icns.length) {
			String type = new String(icns, offset, 4, StandardCharsets.US_ASCII);
			int length = buffer.getInt(offset + 4);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(icns, offset + 8, length - 8));
			types.add(type + ":" + image.getWidth());
			offset += length;
		}
		assertEquals(icns.length, offset);
		assertEquals(List.of("icp4:16", "icp5:32", "icp6:64", "ic07:128", "ic08:256", "ic09:512"), types);
		// A 256-pixel icon has no 512-pixel image to give.
		assertEquals(5, countTypes(new Icons(square(256)).icns()));
	}

	private static int countTypes(byte[] icns) {
		ByteBuffer buffer = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
		int count = 0;
		for (int offset = 8; offset < icns.length; offset += buffer.getInt(offset + 4)) {
			count++;
		}
		return count;
	}

	private static BufferedImage square(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		for (int x = 0; x < size; x++) {
			for (int y = 0; y < size; y++) {
				image.setRGB(x, y, (x + y) % 2 == 0 ? 0xFF1D4E89 : 0xFFF4F1E8);
			}
		}
		return image;
	}
}
