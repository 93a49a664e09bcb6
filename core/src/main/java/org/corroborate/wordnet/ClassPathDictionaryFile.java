package org.corroborate.wordnet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileFactory;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.AbstractPrincetonRandomAccessDictionaryFile;
import net.sf.extjwnl.util.ByteArrayCharSequence;
import net.sf.extjwnl.util.PointedCharSequence;
import net.sf.extjwnl.util.factory.Param;

/**
 * A WordNet file on the class path, read whole into an array of its own size. Reads as extjwnl's
 * {@code PrincetonResourceDictionaryFile} does (the same lines and words at the same offsets), which
 * read each of the dictionary's 15 files through a 16 MB buffer when the dictionary opened: 37 MB
 * inflated and 290 MB allocated on every run that asked WordNet anything, the largest allocation of
 * a check. The files of a part of speech (index, data, exceptions), which every lookup reads, are
 * read when the dictionary opens them, on the thread that opens it; the sense index and the
 * use-count lists (no part of speech: 9 MB) when first read: the dictionary reads the reverse count
 * list whole as it opens, for its use counts (see {@code wordnet.xml}), and the other two serve
 * lookups by sense key only. Read only; files of the dictionary's default encoding only (WordNet's
 * are ASCII: no {@code encoding} parameter). Thread safe: a file is read under its lock.
 */
public final class ClassPathDictionaryFile extends AbstractPrincetonRandomAccessDictionaryFile
    implements DictionaryFileFactory<ClassPathDictionaryFile> {

  /** The file's bytes once read; null before. */
  private volatile byte[] bytes;
  private volatile boolean open;
  private int firstLineOffset = -1;

  /** The factory extjwnl makes from the {@code file_type} parameter. */
  public ClassPathDictionaryFile(Dictionary dictionary, Map<String, Param> params) {
    super(dictionary, params);
    requireNoEncoding();
  }

  private ClassPathDictionaryFile(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType, Map<String, Param> params) {
    super(dictionary, path, pos, fileType, params);
    requireNoEncoding();
  }

  private void requireNoEncoding() {
    if (encoding != null) {
      throw new IllegalArgumentException("WordNet files in encoding " + encoding + " are not supported; its files are ASCII");
    }
  }

  @Override
  public ClassPathDictionaryFile newInstance(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType) {
    return new ClassPathDictionaryFile(dictionary, path, pos, fileType, params);
  }

  /** Opens the file: reads it now if it is a part of speech's, else on first use. */
  @Override
  public void open() throws JWNLException {
    open = true;
    if (pos != null) {
      bytes();
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
    bytes = null;
  }

  @Override
  public void save() {
    throw new UnsupportedOperationException("WordNet on the class path is read only");
  }

  @Override
  public void edit() {
    throw new UnsupportedOperationException("WordNet on the class path is read only");
  }

  /** Whether the file's bytes were read (by a first read since it was opened). */
  boolean loaded() {
    return bytes != null;
  }

  /** The file's bytes, read now if this is the first read. */
  private byte[] bytes() throws JWNLException {
    byte[] b = bytes;
    if (b != null) {
      return b;
    }
    synchronized (this) {
      if (!open) {
        throw new JWNLException(dictionary.getMessages().resolveMessage("PRINCETON_EXCEPTION_001"));
      }
      if (bytes == null) {
        bytes = read(path + "/" + getFilename());
      }
      return bytes;
    }
  }

  /** A resource's bytes, into an array of the size its jar entry gives when it gives one. */
  private static byte[] read(String resource) throws JWNLException {
    URL url = ClassPathDictionaryFile.class.getResource(resource);
    if (url == null) {
      throw new JWNLIOException(new IOException(resource + ": no such WordNet file on the class path"));
    }
    try {
      URLConnection connection = url.openConnection();
      long size = connection.getContentLengthLong();
      try (InputStream in = connection.getInputStream()) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
          return in.readAllBytes();
        }
        byte[] out = new byte[(int) size];
        int n = in.readNBytes(out, 0, out.length);
        if (n != out.length || in.read() != -1) {
          throw new IOException(resource + ": its length differs from its jar entry's (" + size + " bytes)");
        }
        return out;
      }
    } catch (IOException e) {
      throw new JWNLIOException(e);
    }
  }

  @Override
  public long getFirstLineOffset() throws JWNLException {
    byte[] b = bytes();
    synchronized (this) {
      if (firstLineOffset < 0) {
        // past the licence lines, which start with a space
        int i = 0;
        boolean eol = true;
        while (i < b.length) {
          if (eol && b[i] != ' ') {
            break;
          }
          eol = b[i] == '\n';
          i++;
        }
        firstLineOffset = i;
      }
      return firstLineOffset;
    }
  }

  @Override
  public long getNextLineOffset(long offset) throws JWNLException {
    byte[] b = bytes();
    if (offset >= b.length || offset < 0) {
      return -1;
    }
    int i = (int) offset;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    long next = i + 1;
    return next >= b.length ? -1 : next;
  }

  @Override
  public PointedCharSequence readLine(long offset) throws JWNLException {
    byte[] b = bytes();
    if (offset >= b.length || offset < 0) {
      return null;
    }
    int start = (int) offset;
    int i = start;
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return new ByteArrayCharSequence(b, start, i, i);
  }

  @Override
  public PointedCharSequence readWord(long offset) throws JWNLException {
    byte[] b = bytes();
    if (offset >= b.length || offset < 0) {
      return null;
    }
    int start = (int) offset;
    int i = start;
    while (i < b.length && b[i] != ' ' && b[i] != '\n') {
      i++;
    }
    return new ByteArrayCharSequence(b, start, i, i);
  }

  @Override
  public long length() throws JWNLException {
    return bytes().length;
  }

  @Override
  public int getOffsetLength() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setOffsetLength(int length) {
    throw new UnsupportedOperationException();
  }
}
