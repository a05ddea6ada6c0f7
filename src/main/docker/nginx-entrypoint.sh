#!/bin/sh
# Writes docs/nginx.conf as nginx's site, with what the environment sets: LEDGER_UPSTREAMS (space-separated
# host:port of the ledger instances), NGINX_CONNECTIONS_PER_CLIENT and NGINX_REQUESTS_PER_SECOND (per client address;
# the burst is twice the rate), then runs nginx in the foreground.
set -eu
upstreams=${LEDGER_UPSTREAMS:?set LEDGER_UPSTREAMS, e.g. "ledger-1:8080 ledger-2:8080"}
connections=${NGINX_CONNECTIONS_PER_CLIENT:-20}
rate=${NGINX_REQUESTS_PER_SECOND:-20}
servers=""
for upstream in $upstreams; do
  # an instance that fails is left out for 2 s; requests it could not answer go to another
  servers="$servers    server $upstream max_fails=1 fail_timeout=2s;\n"
done
sed -e "s|^    server 127.0.0.1:8080;|$servers|" \
    -e "s|rate=20r/s|rate=${rate}r/s|" \
    -e "s|limit_conn ledger_connections 20;|limit_conn ledger_connections $connections;|" \
    -e "s|burst=40|burst=$((rate * 2))|" \
    /etc/nginx/cost-ledger.conf.template > /etc/nginx/conf.d/cost-ledger.conf
nginx -t -q
exec nginx -g 'daemon off;'
