package org.cairn.brand;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Unpacks and packs the product archives: tar.gz with their file modes (launcher scripts and the runtime's programs
 * stay executable) and symbolic links, and zip for Windows. Entries that would land outside the target folder
 * are refused.
 */
final class Archives {

	private Archives() {
	}

	static void unpack(Path archive, Path into) throws IOException, BrandException {
		Files.createDirectories(into);
		String name = archive.getFileName().toString();
		if (name.endsWith(".zip")) {
			unzip(archive, into);
		} else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
			untar(archive, into);
		} else {
			throw new BrandException(archive + ": not a .zip or .tar.gz archive");
		}
	}

	private static Path inside(Path root, String entry, Path archive) throws BrandException {
		Path target = root.resolve(entry).normalize();
		if (!target.startsWith(root.normalize())) {
			throw new BrandException(archive + ": the entry " + entry + " would be written outside the folder it is unpacked into");
		}
		return target;
	}

	private static void unzip(Path archive, Path into) throws IOException, BrandException {
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path target = inside(into, entry.getName(), archive);
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(zip, target);
				}
			}
		}
	}

	private static void untar(Path archive, Path into) throws IOException, BrandException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				Path target = inside(into, entry.getName(), archive);
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else if (entry.isSymbolicLink()) {
					Files.createDirectories(target.getParent());
					inside(target.getParent(), entry.getLinkName(), archive);
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(tar, target);
					setMode(target, entry.getMode());
				}
			}
		}
	}

	/** Packs {@code folder}'s children (not the folder itself) into {@code archive}, a .zip or .tar.gz. */
	static void pack(Path folder, Path archive) throws IOException {
		Files.createDirectories(archive.getParent());
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.filter(p -> !p.equals(folder)).sorted(Comparator.comparing(p -> folder.relativize(p).toString())).toList();
		}
		if (archive.getFileName().toString().endsWith(".zip")) {
			try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(archive)))) {
				for (Path path : paths) {
					String name = folder.relativize(path).toString().replace('\\', '/');
					if (Files.isDirectory(path)) {
						zip.putNextEntry(new ZipEntry(name + "/"));
					} else {
						ZipEntry entry = new ZipEntry(name);
						entry.setLastModifiedTime(Files.getLastModifiedTime(path));
						zip.putNextEntry(entry);
						Files.copy(path, zip);
					}
					zip.closeEntry();
				}
			}
			return;
		}
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive));
				TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			for (Path path : paths) {
				String name = folder.relativize(path).toString();
				TarArchiveEntry entry;
				if (Files.isSymbolicLink(path)) {
					entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
					entry.setLinkName(Files.readSymbolicLink(path).toString());
				} else {
					// Built from the name alone: the constructor that reads the file adds headers (creation time)
					// that common tar programs warn about.
					boolean directory = Files.isDirectory(path);
					entry = new TarArchiveEntry(directory ? name + "/" : name);
					entry.setMode((directory ? 0040000 : 0100000) | mode(path));
					entry.setModTime(Files.getLastModifiedTime(path));
					if (!directory) {
						entry.setSize(Files.size(path));
					}
				}
				entry.setUserName("");
				entry.setGroupName("");
				entry.setIds(0, 0);
				tar.putArchiveEntry(entry);
				if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					try (InputStream in = Files.newInputStream(path)) {
						in.transferTo(tar);
					}
				}
				tar.closeArchiveEntry();
			}
		}
	}

	static int mode(Path path) throws IOException {
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
		int mode = 0;
		for (PosixFilePermission permission : permissions) {
			mode |= 1 << (8 - permission.ordinal());
		}
		return mode;
	}

	static void setMode(Path path, int mode) throws IOException {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		for (PosixFilePermission permission : PosixFilePermission.values()) {
			if ((mode & 1 << (8 - permission.ordinal())) != 0) {
				permissions.add(permission);
			}
		}
		Files.setPosixFilePermissions(path, permissions);
	}

	static void makeExecutable(Path path) throws IOException {
		setMode(path, 0755);
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
