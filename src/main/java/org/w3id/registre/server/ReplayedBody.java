package org.w3id.registre.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter had to read (to check it, or to key a cache on it), offered again as it was to the
 * filters and the endpoint after it: the body can be read only once from the connection.
 */
class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The whole body, read now, as the endpoint would read it anyway. */
    static ReplayedBody read(HttpServletRequest request) throws IOException {
        return new ReplayedBody(request, request.getInputStream().readAllBytes());
    }

    int length() {
        return body.length;
    }

    /** The body as text, in the request's charset (UTF-8 when it names none). */
    String text() {
        String encoding = getCharacterEncoding();
        return new String(body, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("asynchronous input is not replayed");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
