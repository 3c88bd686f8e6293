package org.w3id.registre.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Apache on 127.0.0.1 and a free port, with its own configuration, pid and logs in a temporary folder (never
 * the system service), serving a document root whose {@code .htaccess} files are honoured as on w3id.org
 * ({@code AllowOverride All}, mod_rewrite and mod_headers). Fails, never skips, when Apache is missing.
 */
final class ApacheServer implements HttpTarget, AutoCloseable {

    static final Path APACHE = Path.of("/usr/sbin/apache2");
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");

    final String root;
    final Path prefix;
    final Path documentRoot;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ApacheServer() throws IOException {
        if (!Files.isExecutable(APACHE) || !Files.isRegularFile(MODULES.resolve("mod_rewrite.so"))) {
            throw new IllegalStateException("Apache is needed (apt-get install apache2): " + APACHE);
        }
        this.prefix = Files.createTempDirectory("registre-apache-");
        // As root, Apache serves as www-data, who must be able to read the document root.
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxr-xr-x"));
        this.documentRoot = Files.createDirectories(prefix.resolve("www"));
        int port = NginxSite.freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path conf = prefix.resolve("httpd.conf");
        Files.writeString(conf, """
                ServerRoot %s
                ServerName 127.0.0.1
                Listen 127.0.0.1:%d
                LoadModule mpm_event_module %s/mod_mpm_event.so
                LoadModule authz_core_module %s/mod_authz_core.so
                LoadModule rewrite_module %s/mod_rewrite.so
                LoadModule headers_module %s/mod_headers.so
                %s
                PidFile %s/httpd.pid
                Mutex file:%s default
                DefaultRuntimeDir %s
                ErrorLog %s/error.log
                LogLevel warn
                StartServers 1
                ServerLimit 1
                ThreadsPerChild 16
                MaxRequestWorkers 16
                DocumentRoot %s
                <Directory />
                    AllowOverride None
                    Require all denied
                </Directory>
                <Directory %s>
                    Options FollowSymLinks
                    AllowOverride All
                    Require all granted
                </Directory>
                """.formatted(prefix, port, MODULES, MODULES, MODULES, MODULES,
                root ? "User www-data\nGroup www-data" : "", prefix, prefix, prefix, prefix, documentRoot,
                documentRoot), StandardCharsets.UTF_8);
        this.process = new ProcessBuilder(APACHE.toString(), "-f", conf.toString(), "-DFOREGROUND")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        this.root = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apache stopped at start: " + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("Apache did not listen on " + port + ": " + log());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Writes a file readable by the server under the document root ("registre/.htaccess"). */
    void put(String path, String content) throws IOException {
        Path file = documentRoot.resolve(path);
        Files.createDirectories(file.getParent());
        for (Path p = file.getParent(); p.startsWith(documentRoot); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
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

    /** Stops Apache (SIGTERM) and waits for it. */
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
        NginxSite.deleteTree(prefix);
    }
}
