#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and benchmarks (run as root; the server runs as `postgres`).
# usage: scripts/pg-throwaway.sh start|stop [port]   → prints DATABASE_URL on start
set -euo pipefail
cmd=${1:-start}
PGPORT=${2:-${PGPORT:-54329}}
PGDATA=/tmp/chitieu-pg-$PGPORT
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
case "$cmd" in
start)
	if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
		echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
		exit 0
	fi
	rm -rf "$PGDATA" && mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
	(cd /tmp && runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null)
	(cd /tmp && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
		-o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off" start >/dev/null)
	echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
	;;
stop)
	(cd /tmp && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1) || true
	;;
esac
