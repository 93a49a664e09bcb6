package org.corroborate.claims;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An OpenNLP model package (a zip of artifacts) read into memory with its entries stored rather than
 * deflated, for loading. OpenNLP reads a maxent model's parameters a few bytes at a time ({@code
 * DataInputStream.readDouble}, {@code readUTF}) straight from its {@code ZipInputStream}; over a
 * deflated entry each of those small reads is a call into the inflater, which was most of the time
 * a model took to load. Inflated here in large blocks once, the entries are then read as plain
 * bytes. The entries, their names, order and contents are the package's own. Stateless.
 */
final class StoredModel {
  private StoredModel() {}

  /** The package read from {@code in} (which is not closed), its entries stored. */
  static InputStream of(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    // not closed: closing the zip stream would close the caller's stream
    ZipInputStream zip = new ZipInputStream(in);
    try (ZipOutputStream stored = new ZipOutputStream(out)) {
      stored.setMethod(ZipOutputStream.STORED);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] data = zip.readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(data.length);
        copy.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        copy.setCrc(crc.getValue());
        stored.putNextEntry(copy);
        stored.write(data);
        stored.closeEntry();
      }
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}
