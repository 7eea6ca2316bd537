#!/usr/bin/env bash
# The store at scale (issue 13): ARTICLES article graphs made from real ones, bulk-loaded into TDB2,
# served, and measured warm. See README "Measuring".
# Usage: scripts/store-bench.sh [ARTICLES (10000)] [DUMP.nq (target/dev-score/pred.nq)]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}; dump=${2:-target/dev-score/pred.nq}; port=${PORT:-3077}
dir=target/store-bench; mkdir -p "$dir"
cp="target/newsgraph.jar:target/lib/*"
[ -f "$dump" ] || { echo "no dump $dump: ingest the PolNeAR dev texts and write it with './newsgraph export --format nquads --output $dump' (../shared/eval/polnear.sh dev leaves one in target/polnear-dev/pred.nq)"; exit 2; }
java -Xmx3g -cp "$cp" org.newsgraph.bench.ScaleStore "$dump" "$n" "$dir/big.nq.gz"
rm -rf "$dir/store"
/usr/bin/time -f "bulk load: %e s wall, %M KB peak RSS" java -Xmx4g -cp 'target/lib/*' tdb2.tdbloader --loc "$dir/store" "$dir/big.nq.gz"
du -sh "$dir/store"
java -Xmx4g -jar target/newsgraph.jar serve --store "$dir/store" --port "$port" > "$dir/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf "http://localhost:$port/\$/ping" >/dev/null && break; sleep 1; done
java -cp "$cp" org.newsgraph.bench.StoreLatency "http://localhost:$port" 50 "${BUDGET:-30}"
kill $pid; wait $pid 2>/dev/null || true; trap - EXIT
/usr/bin/time -f "export (CLI, whole store, N-Quads): %e s wall, %M KB peak RSS" \
  java -Xmx4g -jar target/newsgraph.jar export --store "$dir/store" --format nquads --output "$dir/export.nq"
ls -l "$dir/export.nq"; rm -f "$dir/export.nq"
