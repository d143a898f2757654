#!/usr/bin/env bash
# Starts the app on a fresh PostgreSQL database, runs the load scenarios against it, and writes
# their table to bench/results/<date>.md. Needs PostgreSQL on 127.0.0.1:5432 (user postgres).
# Heavy: not part of `mvn -B test` (a 50-card smoke run of the driver is).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=pollinator_bench
PORT=${BENCH_PORT:-18080}
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
PASSWORD="Bench-$(date +%s)-Lingon-Sylt"
OUT="bench/results/$(date +%F).md"

psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
mvn -B -q -DskipTests install

SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
POLLINATOR_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT="$PORT" \
  java -jar app/target/pollinator.jar > bench/results/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
STARTED=$(date +%s%N)
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 0.2; done
READY_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
AT_REST=$(ps -o rss= -p $APP | awk '{printf "%d MiB", $1/1024}')

# Maven's colour codes off the driver's output.
plain() {
  sed 's/\x1b\[[0-9;]*m//g'
}

run() {
  mvn -B -q -Dstyle.color=never -pl bench exec:java \
    -Dexec.args="--base http://127.0.0.1:$PORT --password $PASSWORD --jdbc $JDBC $*" | plain | grep '^| [a-z0-9]' | tail -1
}

{
  echo "# Benchmark $(date -u +%FT%TZ)"
  echo
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; app ready ${READY_MS} ms after start, ${AT_REST} resident at rest."
  echo "Latencies from sending a command: HTTP until its answer, push until each subscriber heard of it."
  echo
  echo "| scenario | writers | boards | subscribers | cards | cards/s | of PostgreSQL inserts | HTTP p50/p95/p99 ms | push p50/p95/p99 ms | nothing lost |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  run --writers 1 --boards 1 --subscribers 5 --cards 500
  run --writers 4 --boards 1 --subscribers 5 --cards 2000
  run --writers 16 --boards 1 --subscribers 5 --cards 2000
  run --writers 4 --boards 50 --subscribers 5 --cards 2000
  echo
  echo "Cost of an item as the board grows, for retros, think tanks and cafés (one writer timed, one subscriber), with the size of each push, and reading history:"
  echo
  mvn -B -q -Dstyle.color=never -pl bench exec:java \
    -Dexec.args="growth --base http://127.0.0.1:$PORT --password $PASSWORD" | plain | grep '^|'
  echo
  echo "Rebuilding a read model from every event stored above (a replay):"
  echo
  mvn -B -q -Dstyle.color=never -pl bench exec:java \
    -Dexec.args="rebuild --base http://127.0.0.1:$PORT --password $PASSWORD --jdbc $JDBC" | plain | grep '^|'
  echo
  echo "Memory of the app after the runs: $(ps -o rss= -p $APP | awk '{printf "%d MiB", $1/1024}') resident."
} | tee "$OUT"
