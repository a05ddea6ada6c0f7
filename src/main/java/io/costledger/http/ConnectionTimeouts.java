package io.costledger.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long a connection may stay silent. The HTTP server's idle timeout ({@code quarkus.http.idle-timeout}) closes a
 * connection that sends nothing between requests or in the middle of a request's headers: idle and half-sent
 * requests go. While the service works on a request, nothing may pass for far longer (a load works for up to two
 * minutes before its answer), so the idle timer waits while a request is unanswered; the request's own time limit
 * bounds that. And a request's body must arrive whole within {@code ledger.http.body-timeout} of its headers, however
 * slowly it trickles.
 *
 * <p>The one place that reaches into Vert.x's connections: on the first request of an HTTP/1.x connection it replaces
 * the idle handler Vert.x puts in the connection's pipeline (named {@code "idle"}) with {@link RequestAwareIdle}.
 * {@code ConnectionTimeoutTest} fails if an upgrade changes that.
 */
@ApplicationScoped
public class ConnectionTimeouts {

    static final String IDLE = "idle";

    @ConfigMapping(prefix = "ledger.http")
    public interface Settings {
        /** How long a request's body may take to arrive once its headers are in. */
        @WithDefault("30s")
        Duration bodyTimeout();
    }

    @Inject
    Settings settings;

    void install(@Observes Router router) {
        // first of all, while the request's body (if any) has not been read
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2 && request.connection() instanceof ConnectionBase connection) {
            ChannelPipeline pipeline = connection.channel().pipeline();
            ChannelHandler idle = pipeline.get(IDLE);
            if (idle instanceof IdleStateHandler timer
                    && !(idle instanceof RequestAwareIdle)
                    && timer.getAllIdleTimeInMillis() > 0) {
                pipeline.replace(
                        IDLE,
                        IDLE,
                        new RequestAwareIdle(
                                timer.getAllIdleTimeInMillis(),
                                settings.bodyTimeout().toMillis()));
            }
        }
        context.next();
    }

    /**
     * An idle timer that does not fire while a request is unanswered, and a deadline for each request's body. It sits
     * between the HTTP codec and Vert.x, so it sees requests and answers as HTTP messages; it is created while the
     * connection's first request is being handled, whose headers have passed and whose body has not.
     */
    static final class RequestAwareIdle extends IdleStateHandler {

        private final long bodyTimeoutMillis;
        private int unanswered = 1;
        private boolean receivingBody = true;
        private boolean answering;
        private ScheduledFuture<?> bodyDeadline;

        RequestAwareIdle(long idleMillis, long bodyTimeoutMillis) {
            super(0, 0, idleMillis, TimeUnit.MILLISECONDS);
            this.bodyTimeoutMillis = bodyTimeoutMillis;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext context) throws Exception {
            super.handlerAdded(context);
            awaitBody(context);
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
            if (message instanceof HttpRequest) {
                unanswered++;
                receivingBody = true;
                answering = false;
                awaitBody(context);
            }
            if (message instanceof LastHttpContent) {
                receivingBody = false;
                cancelBodyDeadline();
            }
            super.channelRead(context, message);
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            boolean interim = message instanceof HttpResponse response
                    && response.status().codeClass() == HttpStatusClass.INFORMATIONAL; // 100 Continue: no answer yet
            if (!interim && message instanceof HttpResponse) {
                answering = true;
            }
            if (!interim && message instanceof LastHttpContent && unanswered > 0) {
                unanswered--;
            }
            super.write(context, message, promise);
        }

        @Override
        protected void channelIdle(ChannelHandlerContext context, IdleStateEvent event) throws Exception {
            if (unanswered == 0 || receivingBody) {
                super.channelIdle(context, event);
            }
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext context) throws Exception {
            cancelBodyDeadline();
            super.handlerRemoved(context);
        }

        private void awaitBody(ChannelHandlerContext context) {
            cancelBodyDeadline();
            bodyDeadline = context.executor()
                    .schedule(
                            () -> {
                                if (receivingBody && !answering) {
                                    context.close(); // a body that does not arrive
                                }
                            },
                            bodyTimeoutMillis,
                            TimeUnit.MILLISECONDS);
        }

        private void cancelBodyDeadline() {
            if (bodyDeadline != null) {
                bodyDeadline.cancel(false);
                bodyDeadline = null;
            }
        }
    }
}
