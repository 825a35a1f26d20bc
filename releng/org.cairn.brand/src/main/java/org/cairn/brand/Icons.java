package org.cairn.brand;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The icon sizes a product needs, made from the brand's one square icon: PNGs for the windows (16 to 256 pixels),
 * a Windows {@code .ico} and a macOS {@code .icns}, both holding PNG images as those formats allow.
 */
final class Icons {

	/** Window icon sizes, smallest first (the order the platform's windowImages property wants). */
	static final int[] WINDOW_SIZES = { 16, 32, 48, 64, 128, 256 };
	static final int[] ICO_SIZES = { 16, 32, 48, 64, 256 };

	private final BufferedImage source;
	private final Map<Integer, byte[]> pngs = new LinkedHashMap<>();

	Icons(BufferedImage source) {
		if (source.getWidth() != source.getHeight()) {
			throw new IllegalArgumentException("The icon must be square");
		}
		this.source = source;
	}

	/** The icon at {@code size}×{@code size} pixels as a PNG. */
	byte[] png(int size) {
		return pngs.computeIfAbsent(size, s -> encode(scale(source, s)));
	}

	/** A Windows icon file with PNG images of the ICO sizes. */
	byte[] ico() {
		byte[][] images = new byte[ICO_SIZES.length][];
		for (int i = 0; i < ICO_SIZES.length; i++) {
			images[i] = png(ICO_SIZES[i]);
		}
		int headerSize = 6 + 16 * images.length;
		int total = headerSize;
		for (byte[] image : images) {
			total += image.length;
		}
		ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		out.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
		int offset = headerSize;
		for (int i = 0; i < images.length; i++) {
			int size = ICO_SIZES[i];
			out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
			out.put((byte) 0).put((byte) 0); // no palette, reserved
			out.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
			out.putInt(images[i].length).putInt(offset);
			offset += images[i].length;
		}
		for (byte[] image : images) {
			out.put(image);
		}
		return out.array();
	}

	/** A macOS icon file with PNG images from 16 to 512 pixels (512 only when the source is that large). */
	byte[] icns() {
		Map<String, Integer> types = new LinkedHashMap<>();
		types.put("icp4", 16);
		types.put("icp5", 32);
		types.put("icp6", 64);
		types.put("ic07", 128);
		types.put("ic08", 256);
		if (source.getWidth() >= 512) {
			types.put("ic09", 512);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (var type : types.entrySet()) {
			byte[] image = png(type.getValue());
			ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
			header.put(type.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + image.length);
			body.writeBytes(header.array());
			body.writeBytes(image);
		}
		ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
		header.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + body.size());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(header.array());
		out.writeBytes(body.toByteArray());
		return out.toByteArray();
	}

	/** Scales down in halving steps, then once to the size, so that small icons stay sharp. */
	static BufferedImage scale(BufferedImage image, int size) {
		BufferedImage current = toArgb(image);
		while (current.getWidth() / 2 >= size) {
			current = draw(current, current.getWidth() / 2);
		}
		return current.getWidth() == size ? current : draw(current, size);
	}

	private static BufferedImage toArgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
			return image;
		}
		BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = argb.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return argb;
	}

	private static BufferedImage draw(BufferedImage image, int size) {
		BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.drawImage(image, 0, 0, size, size, null);
		g.dispose();
		return scaled;
	}

	static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
