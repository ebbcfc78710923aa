package org.creditcommitment.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose writer (the application behind a filter) loses it once {@code voided} turns true: status,
 * headers and body written from then on are dropped, and nothing is flushed, so the response stays uncommitted
 * for the filter to answer itself. Used by {@link BodyLimitFilter}: whatever the application answers to a body
 * it could not read to the end is not the answer.
 */
final class VoidableResponse extends HttpServletResponseWrapper {

  private final BooleanSupplier voided;
  private ServletOutputStream stream;
  private PrintWriter writer;

  VoidableResponse(HttpServletResponse response, BooleanSupplier voided) {
    super(response);
    this.voided = voided;
  }

  private boolean voided() {
    return voided.getAsBoolean();
  }

  @Override
  public void setStatus(int sc) {
    if (!voided()) {
      super.setStatus(sc);
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    if (!voided()) {
      super.sendError(sc, msg);
    }
  }

  @Override
  public void sendError(int sc) throws IOException {
    if (!voided()) {
      super.sendError(sc);
    }
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    if (!voided()) {
      super.sendRedirect(location);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!voided()) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!voided()) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!voided()) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!voided()) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (!voided()) {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (!voided()) {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (!voided()) {
      super.addCookie(cookie);
    }
  }

  @Override
  public void setContentType(String type) {
    if (!voided()) {
      super.setContentType(type);
    }
  }

  @Override
  public void setCharacterEncoding(String charset) {
    if (!voided()) {
      super.setCharacterEncoding(charset);
    }
  }

  @Override
  public void setContentLength(int len) {
    if (!voided()) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!voided()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!voided()) {
      super.flushBuffer();
    }
  }

  @Override
  public void reset() {
    if (!voided()) {
      super.reset();
    }
  }

  @Override
  public void resetBuffer() {
    if (!voided()) {
      super.resetBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new VoidableStream(super.getOutputStream());
    }
    return stream;
  }

  /** The real writer is only taken on the first write that counts, so the filter can still use the stream. */
  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new VoidableWriter());
    }
    return writer;
  }

  private final class VoidableStream extends ServletOutputStream {

    private final ServletOutputStream out;

    VoidableStream(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (!voided()) {
        out.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (!voided()) {
        out.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (!voided()) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (!voided()) {
        out.close();
      }
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }

  private final class VoidableWriter extends Writer {

    private Writer out;

    private Writer out() throws IOException {
      if (out == null) {
        out = VoidableResponse.super.getWriter();
      }
      return out;
    }

    @Override
    public void write(char[] buffer, int off, int len) throws IOException {
      if (!voided()) {
        out().write(buffer, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (!voided() && out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (!voided() && out != null) {
        out.close();
      }
    }
  }
}
