package org.minga.platform.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, with a guard against a web request taking a second connection while it holds one
 * (a query run inside another query's row mapping, say). Under load such a request waits for a connection
 * that only another waiting request could free, and the whole pool freezes: with 10 connections, 10
 * concurrent requests suffice. The guard counts, per thread, the connections handed out and not yet
 * closed; when a thread serving a request asks for another it logs the place ({@code log}, the default)
 * or refuses it ({@code fail}, the test suite, so the bug breaks a test instead of a city's directory).
 * Work outside a request (start-up, migrations, background imports) is not checked.
 */
public class GuardedDataSource extends HikariDataSource {

    /** What the guard does when a request asks for a second connection. */
    public enum Mode {
        OFF, LOG, FAIL
    }

    private static final Logger log = LoggerFactory.getLogger(GuardedDataSource.class);

    private static final ThreadLocal<AtomicInteger> HELD = ThreadLocal.withInitial(AtomicInteger::new);

    /** True while this thread serves a web request (set by {@link ConnectionGuardFilter}). */
    static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

    private final AtomicLong violations = new AtomicLong();
    private volatile Mode mode;

    GuardedDataSource(HikariConfig config, Mode mode) {
        super(config);
        this.mode = mode == null ? Mode.LOG : mode;
    }

    /** How many times a request asked for a second connection since start-up. */
    public long violations() {
        return violations.get();
    }

    public Mode mode() {
        return mode;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (mode == Mode.OFF) {
            return super.getConnection();
        }
        AtomicInteger held = HELD.get();
        if (held.get() > 0 && Boolean.TRUE.equals(SERVING.get())) {
            violations.incrementAndGet();
            String message = "Una petición web pidió una segunda conexión a la base de datos mientras tenía otra abierta "
                    + "(" + held.get() + "): bajo carga eso bloquea el pool.";
            if (mode == Mode.FAIL) {
                throw new SQLException(message);
            }
            log.warn(message, new IllegalStateException("segunda conexión pedida aquí"));
        }
        Connection connection = super.getConnection();
        held.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                new Counted(connection, held));
    }

    /** Gives the count back when the connection is closed, on whichever thread closes it. */
    private static final class Counted implements InvocationHandler {
        private final Connection target;
        private final AtomicInteger held;
        private boolean closed;

        Counted(Connection target, AtomicInteger held) {
            this.target = target;
            this.held = held;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close") && method.getParameterCount() == 0) {
                synchronized (this) {
                    if (!closed) {
                        closed = true;
                        held.decrementAndGet();
                    }
                }
            } else if (name.equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            } else if (name.equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            } else if (name.equals("unwrap") && args[0]instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
