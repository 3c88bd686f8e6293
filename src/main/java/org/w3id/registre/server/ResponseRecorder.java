package org.w3id.registre.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the body a servlet writes, up to a limit, so that the answer can be stored and sent with its validators.
 * Headers and status go straight to the real response (nothing is sent before the body). An answer larger than the
 * limit is not kept: what was held is written out and the rest streams through, so a large dump is never buffered
 * twice.
 */
final class ResponseRecorder extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream(8192);
    private OutputStream passThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ResponseRecorder(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The body as written, or null when it went past the limit and was streamed. */
    byte[] body() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return passThrough == null ? held.toByteArray() : null;
    }

    /** Sends what is held as is: for answers that are not stored (errors, not-cacheable statuses). */
    void release() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passThrough == null && held.size() > 0 && !getResponse().isCommitted()) {
            getResponse().getOutputStream().write(held.toByteArray());
        }
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (passThrough == null && held.size() + len > limit) {
            passThrough = getResponse().getOutputStream();
            passThrough.write(held.toByteArray());
            held.reset();
        }
        if (passThrough != null) {
            passThrough.write(b, off, len);
        } else {
            held.write(b, off, len);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    ResponseRecorder.this.write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ResponseRecorder.this.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    if (passThrough != null) {
                        passThrough.flush();
                    }
                }

                @Override
                public void close() {
                    // The filter sends the body; closing here would commit a response that has no validators yet.
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("asynchronous output is not recorded");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    // While the body is held, the length is the filter's to set, and nothing may be committed early.
    @Override
    public void setContentLength(int len) {
        if (passThrough != null) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passThrough != null) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passThrough != null) {
            super.flushBuffer();
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name) || passThrough != null) {
            super.setHeader(name, value);
        }
    }
}
