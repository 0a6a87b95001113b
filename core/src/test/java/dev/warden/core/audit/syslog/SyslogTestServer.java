package dev.warden.core.audit.syslog;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLServerSocket;

/**
 * A syslog collector on 127.0.0.1 for tests: TLS with octet-counted frames (RFC 6587 3.4.1), parsed strictly, or UDP
 * datagrams. Collects each message as received.
 */
final class SyslogTestServer implements AutoCloseable {

    final List<String> messages = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    private final ServerSocket tcp;
    private final DatagramSocket udp;
    private final Thread thread;
    private final List<Thread> connections = new CopyOnWriteArrayList<>();

    private SyslogTestServer(ServerSocket tcp, DatagramSocket udp) {
        this.tcp = tcp;
        this.udp = udp;
        this.thread = new Thread(tcp != null ? this::acceptLoop : this::receiveLoop, "syslog-test-server");
        thread.setDaemon(true);
        thread.start();
    }

    static SyslogTestServer tls(TestPki pki) throws IOException {
        SSLServerSocket socket = (SSLServerSocket) pki.serverContext.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return new SyslogTestServer(socket, null);
    }

    static SyslogTestServer udp() throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setReceiveBufferSize(1 << 20);
        socket.setSoTimeout(100);
        return new SyslogTestServer(null, socket);
    }

    int port() {
        return tcp != null ? tcp.getLocalPort() : udp.getLocalPort();
    }

    private void acceptLoop() {
        while (!tcp.isClosed()) {
            try {
                Socket client = tcp.accept();
                Thread reader = new Thread(() -> readFrames(client), "syslog-test-connection");
                reader.setDaemon(true);
                connections.add(reader);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void readFrames(Socket client) {
        try (client; DataInputStream in = new DataInputStream(client.getInputStream())) {
            while (true) {
                int length = 0;
                int c = in.read();
                if (c < 0) {
                    return;
                }
                int digits = 0;
                while (c != ' ') {
                    if (c < '0' || c > '9' || ++digits > 9) {
                        errors.add("bad frame length character " + c);
                        return;
                    }
                    length = length * 10 + (c - '0');
                    c = in.read();
                    if (c < 0) {
                        errors.add("EOF inside a frame length");
                        return;
                    }
                }
                byte[] message = new byte[length];
                in.readFully(message);
                messages.add(new String(message, StandardCharsets.UTF_8));
            }
        } catch (EOFException e) {
            errors.add("EOF inside a frame");
        } catch (IOException e) {
            // Connection closed.
        }
    }

    private void receiveLoop() {
        byte[] buffer = new byte[65_535];
        while (!udp.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                messages.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            } catch (SocketTimeoutException e) {
                // Poll again.
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Waits until the client's connections are closed and read (TLS), or no datagram came for a moment (UDP). */
    void drain(int expectedAtLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        if (tcp != null) {
            for (Thread connection : connections) {
                connection.join(Math.max(1, deadline - System.currentTimeMillis()));
            }
        }
        while (messages.size() < expectedAtLeast && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        if (udp != null) {
            int seen = -1;
            while (seen != messages.size() && System.currentTimeMillis() < deadline) {
                seen = messages.size();
                Thread.sleep(150);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (tcp != null) {
            tcp.close();
        }
        if (udp != null) {
            udp.close();
        }
    }

    /** @return the body (MSG) of an RFC 5424 message: what follows the structured data */
    static String body(String message) {
        int sd = message.indexOf(" [warden@32473 ");
        int end = message.indexOf("\"] ", sd);
        return message.substring(end + 3);
    }
}
