package org.w3id.registre.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx serving a static export with the configuration the export wrote ({@code .config/nginx/}), started
 * on 127.0.0.1 and a free port with its own prefix, configuration, pid and logs in a temporary folder — never the
 * system service — and stopped on close. Fails, never skips, when nginx or its njs module is missing (.ci/run
 * installs them).
 */
final class NginxSite implements HttpTarget, AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path NJS = Path.of("/usr/lib/nginx/modules/ngx_http_js_module.so");

    final String root;
    final Path prefix;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Serves {@code exportDir} (a folder written by {@code registre export --site}). */
    NginxSite(Path exportDir) throws IOException {
        this(exportDir, freePort());
    }

    /** Serves {@code exportDir} on a port chosen beforehand (when the export must know its own URL). */
    NginxSite(Path exportDir, int port) throws IOException {
        if (!Files.isExecutable(NGINX) || !Files.isRegularFile(NJS)) {
            throw new IllegalStateException("nginx and its njs module are needed (apt-get install nginx "
                    + "libnginx-mod-http-js): " + NGINX + ", " + NJS);
        }
        this.prefix = Files.createTempDirectory("registre-nginx-");
        Path conf = prefix.resolve("nginx.conf");
        Path site = exportDir.toAbsolutePath().resolve(WebServerConfig.NGINX);
        // As root, the workers would otherwise drop to "nobody", who cannot read the test's private temp folders.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(conf, """
                load_module %s;
                %sdaemon off;
                worker_processes 1;
                pid %s/nginx.pid;
                error_log %s/error.log warn;
                events {
                    worker_connections 256;
                }
                http {
                    access_log off;
                    client_body_temp_path %s/body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    js_path %s;
                    include %s/registre-http.conf;
                    server {
                        listen 127.0.0.1:%d;
                        root %s;
                        include %s/registre-site.conf;
                    }
                }
                """.formatted(NJS, user, prefix, prefix, prefix, prefix, prefix, prefix, prefix, site, site, port,
                exportDir.toAbsolutePath(), site), StandardCharsets.UTF_8);
        this.process = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", conf.toString(),
                "-e", prefix.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        this.root = "http://127.0.0.1:" + port;
        awaitPort(port);
    }

    private void awaitPort(int port) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at start: " + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on " + port + " within 15 s: " + log());
    }

    String log() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"stdout.log", "error.log"}) {
            Path p = prefix.resolve(name);
            if (Files.exists(p)) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public HttpResponse<String> get(String pathOrUrl, String accept) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null) {
            req.header("Accept", accept);
        }
        try {
            return http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public HttpResponse<String> follow(String pathOrUrl, String accept) {
        HttpResponse<String> resp = get(pathOrUrl, accept);
        for (int hop = 0; hop < 5 && resp.statusCode() / 100 == 3; hop++) {
            String location = resp.headers().firstValue("Location").orElseThrow();
            resp = get(resp.uri().resolve(location).toString(), accept);
        }
        return resp;
    }

    /** Stops nginx (SIGTERM: fast shutdown) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(prefix);
    }

    /** Removes a temporary folder and everything in it (best effort: a test's leftovers must not fail it). */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the system's temporary-file cleaning
        }
    }
}
