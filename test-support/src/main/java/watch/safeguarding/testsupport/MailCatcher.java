package watch.safeguarding.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local run's SMTP catcher: accepts every message on a loopback port, writes each to an .eml file in a folder,
 * and lists them on a small web page so a person can read what the system sent.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer http;
    private final Path folder;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    private int written;

    public MailCatcher(int smtpPort, int httpPort, Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.smtp = new GreenMail(SmtpResource.loopback(smtpPort));
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        http.createContext("/", this::serve);
    }

    public MailCatcher start() {
        smtp.start();
        http.start();
        writer.scheduleWithFixedDelay(this::writeNewMessages, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        writer.shutdownNow();
        http.stop(0);
        smtp.stop();
    }

    private synchronized void writeNewMessages() {
        MimeMessage[] messages = smtp.getReceivedMessages();
        for (; written < messages.length; written++) {
            try {
                Files.write(folder.resolve(String.format("%05d.eml", written + 1)), raw(messages[written]));
            } catch (IOException | MessagingException e) {
                System.err.println("mail catcher could not save message " + (written + 1) + ": " + e.getMessage());
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        MimeMessage[] messages = smtp.getReceivedMessages();
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.matches("/\\d+")) {
                int index = Integer.parseInt(path.substring(1)) - 1;
                if (index < 0 || index >= messages.length) {
                    respond(exchange, 404, "text/plain", "no such message".getBytes(StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 200, "text/plain; charset=utf-8", raw(messages[index]));
                }
                return;
            }
            StringBuilder page = new StringBuilder("<!doctype html><meta charset=utf-8><title>Mail catcher</title>"
                    + "<h1>Mail sent by the local Safeguarding Watch</h1><p>" + messages.length + " message(s); saved as .eml in "
                    + escape(folder.toString()) + "</p><ol>");
            for (int i = messages.length - 1; i >= 0; i--) {
                page.append("<li value=").append(i + 1).append("><a href=\"/").append(i + 1).append("\">")
                        .append(escape(String.valueOf(messages[i].getSubject()))).append("</a> to ")
                        .append(escape(String.join(", ", String.valueOf(messages[i].getHeader("To", ", ")))))
                        .append("</li>");
            }
            respond(exchange, 200, "text/html; charset=utf-8", page.append("</ol>").toString().getBytes(StandardCharsets.UTF_8));
        } catch (MessagingException e) {
            respond(exchange, 500, "text/plain", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] raw(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
