#!/usr/bin/env bash
# Benchmark of the Spark job against the thread pool, on one machine, in one run:
#   1. ingest --threads 2 of a folder of texts (the CLI's thread pool, into a fresh TDB2 store)
#   2. the Spark job in local[2] on the same folder
#   3. the Spark job on a standalone master and worker started here on 127.0.0.1 (one executor, 2 cores)
#   4. load of the job's output into a fresh store (phased loader) and into a store holding it (basic)
# Spark is not installed: its jars come from the local Maven repository (the module's provided scope).
# Usage (after mvn -q -DskipTests package): scripts/spark-bench.sh [TEXT_DIR] [WORK_DIR]
# BENCH_STANDALONE=0 leaves out step 3; BENCH_HEAP (default 5g) is the heap of each extracting JVM.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
texts=${1:-$root/../shared/eval/polnear/dev/text}
work=${2:-/tmp/newsgraph-spark-bench}
heap=${BENCH_HEAP:-5g}
rm -rf "$work"; mkdir -p "$work"
cd "$root"
mvn -q -o dependency:build-classpath -pl newsgraph-spark -Dmdep.includeScope=provided -Dmdep.outputFile="$work/deps.cp" >/dev/null
# the CLI module's own build first (the repository may hold an older installed copy), then Spark's jars
spark_cp=$(tr ':' '\n' < "$work/deps.cp" | grep -v '/org/newsgraph/' | paste -sd:)
all_cp="$root/newsgraph-spark/target/classes:$root/target/newsgraph.jar:$(ls "$root"/target/lib/*.jar | paste -sd:):$(tr ':' '\n' < "$work/deps.cp" | grep -v '/org/newsgraph/' | paste -sd:)"
opens=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' newsgraph-spark/pom.xml)
n=$(ls "$texts" | wc -l)
t() { local s=$(date +%s.%N); "$@"; echo "  wall $(echo "$(date +%s.%N) - $s" | bc) s" ; }
echo "== $n texts from $texts; $(nproc) cores; heap $heap per JVM"

echo "== 1. ingest --threads 2"
t java -Xmx$heap -XX:+UseParallelGC -jar target/newsgraph.jar ingest --threads 2 --quiet --store "$work/ingest-tdb2" "$texts" | tail -2

echo "== 2. Spark local[2]"
t java -Xmx$heap -XX:+UseParallelGC $opens -cp "$all_cp" org.newsgraph.spark.ExtractJob --master 'local[2]' "$texts" --out "$work/local" 2>"$work/local.log"

if [ "${BENCH_STANDALONE:-1}" = 1 ]; then
echo "== 3. Spark standalone master + worker on 127.0.0.1 (one executor, 2 cores, $heap)"
mkdir -p "$work/spark-home"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
java -Xmx512m $opens -cp "$spark_cp:$all_cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 >"$work/master.log" 2>&1 &
master=$!
sleep 8
# SPARK_TESTING lets the worker launch executors without a Spark distribution's jars folder; their
# class path is given by spark.executor.extraClassPath below
SPARK_TESTING=1 java -Xmx512m $opens -cp "$spark_cp:$all_cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 6g \
    --webui-port 18081 --work-dir "$work/worker" spark://127.0.0.1:7077 >"$work/worker.log" 2>&1 &
worker=$!
sleep 8
t java -Xmx1g $opens -cp "$all_cp" \
    -Dspark.executor.memory=$heap -Dspark.executor.cores=2 -Dspark.cores.max=2 \
    "-Dspark.executor.extraClassPath=$all_cp" "-Dspark.executor.extraJavaOptions=-XX:+UseParallelGC $opens" \
    -Dspark.driver.host=127.0.0.1 \
    org.newsgraph.spark.ExtractJob --master spark://127.0.0.1:7077 "$texts" --out "$work/standalone" 2>"$work/standalone.log" || echo "  (standalone run failed; see $work/standalone.log)"
kill "$worker" "$master" 2>/dev/null || true
wait "$worker" "$master" 2>/dev/null || true
fi

echo "== 4. load of the local[2] output"
t java -Xmx2g -jar target/newsgraph.jar load --store "$work/load-tdb2" "$work/local"
t java -Xmx2g -jar target/newsgraph.jar load --store "$work/load-tdb2" "$work/local"
