#!/bin/sh
# Starts PostgreSQL 15 as the postgres user. On the first start (an empty data directory) it either initializes a
# primary (POSTGRES_USER owns POSTGRES_DB, password POSTGRES_PASSWORD, reachable over the network with it), or, with
# REPLICATE_FROM=<host>, copies that primary with pg_basebackup and runs as its hot standby.
set -eu
: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
POSTGRES_USER=${POSTGRES_USER:-postgres}
POSTGRES_DB=${POSTGRES_DB:-$POSTGRES_USER}
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups "$@"; }

mkdir -p "$PGDATA" /var/run/postgresql
chown postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -n "${REPLICATE_FROM:-}" ]; then
    echo "copying the primary $REPLICATE_FROM"
    until PGPASSWORD=$POSTGRES_PASSWORD pg_isready -q -h "$REPLICATE_FROM" -U "$POSTGRES_USER" -d "$POSTGRES_DB"; do
      sleep 1
    done
    as_postgres env PGPASSWORD="$POSTGRES_PASSWORD" pg_basebackup -h "$REPLICATE_FROM" -U "$POSTGRES_USER" \
      -D "$PGDATA" -X stream -R -c fast
  else
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    chown postgres "$pwfile"
    as_postgres initdb -D "$PGDATA" --username="$POSTGRES_USER" --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    rm -f "$pwfile"
    # the other containers of the stack connect over its network, with the password; a standby replicates so too
    printf '%s\n' "host all all all scram-sha-256" "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
    as_postgres pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
    if [ "$POSTGRES_DB" != postgres ]; then
      as_postgres psql -q -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -c "CREATE DATABASE \"$POSTGRES_DB\""
    fi
    as_postgres pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  fi
fi

# a standby answers reads while it replays, and tells its primary what it reads, so replay cancels fewer of them
exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D "$PGDATA" -c listen_addresses='*' \
  -c hot_standby=on -c hot_standby_feedback=on "$@"
