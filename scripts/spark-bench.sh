#!/usr/bin/env bash
# Benchmark of the Spark job against the thread pool, on one machine, in one run. Steps (BENCH_STEPS,
# default "ingest local standalone ingest": the pool before and after the two Spark runs, so that a
# drift in the machine's load weighs on both sides; about 6 minutes each for the 84 dev texts):
#   ingest      ingest --threads 2 of a folder of texts (the CLI's thread pool, into a fresh TDB2 store)
#   local       the Spark job in local[2] on the same folder
#   standalone  the Spark job on a standalone master and worker started here on 127.0.0.1 (one
#               executor, 2 cores, BENCH_HEAP)
# then (BENCH_LOAD=0 leaves it out) `load` of the first local[2] output into a fresh store (phased
# loader) and again into that store (basic loader, every graph replaced), the saved queries run on
# the loaded store and on the first ingest store side by side, and the seed questions asked of a
# store loaded from the job's output of the sample article (the seed-question tests, with
# -Dnewsgraph.seedStore).
# Each step prints its wall time, the CPU time of its processes (not the standalone executor's, a
# child of the worker) and the load average before and after.
# Spark is not installed: a minimal Spark home (WORK_DIR/spark-home/jars, links to the jars of the
# module's class path in the local Maven repository) stands in for a distribution; the master and
# worker run from it, and the worker builds its executors' class path from it (SPARK_HOME/jars/*) as
# it would from a real one, so no SPARK_TESTING is needed.
# Usage (after mvn -q -DskipTests package): scripts/spark-bench.sh [TEXT_DIR] [WORK_DIR]
# BENCH_HEAP (default 5g) is the heap of each extracting JVM.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
texts=${1:-$root/../shared/eval/polnear/dev/text}
work=${2:-/tmp/newsgraph-spark-bench}
heap=${BENCH_HEAP:-5g}
steps=${BENCH_STEPS:-ingest local standalone ingest}
rm -rf "$work"; mkdir -p "$work"
cd "$root"
# the module's class path, our CLI module taken from the reactor (compile: no installed copy needed)
mvn -q -o compile dependency:build-classpath -pl newsgraph-spark -am -Dmdep.includeScope=provided -Dmdep.outputFile="$work/deps.cp" >/dev/null
# the jars of that class path: Spark, what it brings, and the libraries it shares with ours, in the
# versions Maven settled on (the Spark jars alone would need Spark's own versions, not in an offline
# repository); they stand in for a distribution's jars folder
spark_jars=$(tr ':' '\n' < "$work/deps.cp" | grep '\.jar$')
# the application: the job's classes, the CLI module's jar and its libraries (what the job jar shades
# in, plus the CoreNLP models that spark-submit would ship with --jars)
app_cp="$root/newsgraph-spark/target/classes:$root/target/newsgraph.jar:$(ls "$root"/target/lib/*.jar | paste -sd:)"
all_cp="$app_cp:$(echo "$spark_jars" | paste -sd:)"
opens=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' newsgraph-spark/pom.xml)
n=$(ls "$texts" | wc -l)
load() { cut -d' ' -f1-3 /proc/loadavg; }
TIMEFORMAT='  wall %R s, cpu %U s user + %S s sys'
# t LOG COMMAND...: runs COMMAND with its standard error into LOG, prints its times and the load average
t() { local log=$1; shift; echo "  load average before: $(load)"; time "$@" 2>"$log"; echo "  load average after:  $(load)"; }
echo "== $n texts from $texts; $(nproc) cores; heap $heap per JVM; $(date -u +%FT%TZ); steps: $steps"

ingest() {
  echo "== ingest --threads 2 (run $1)"
  t "$work/ingest-$1.log" java -Xmx$heap -XX:+UseParallelGC -jar target/newsgraph.jar ingest --threads 2 --quiet --store "$work/ingest-tdb2-$1" "$texts" \
    || echo "  (exit code $?; see $work/ingest-$1.log)"
}

local2() {
  echo "== Spark local[2] (run $1)"
  t "$work/local-$1.log" java -Xmx$heap -XX:+UseParallelGC $opens -cp "$all_cp" org.newsgraph.spark.ExtractJob --master 'local[2]' "$texts" --out "$work/local-$1" \
    || echo "  (exit code $?; see $work/local-$1.log)"
}

standalone() {
  echo "== Spark standalone master + worker on 127.0.0.1 (one executor, 2 cores, $heap) (run $1)"
  # a Spark home as a distribution lays it out: the worker puts SPARK_HOME/jars/* on each executor's class path
  export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
  if [ ! -d "$SPARK_HOME/jars" ]; then
    mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
    echo "$spark_jars" | while read -r j; do ln -s "$j" "$SPARK_HOME/jars/"; done
  fi
  java -Xmx512m $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 >"$work/master-$1.log" 2>&1 &
  local master=$!
  for _ in $(seq 60); do grep -q 'I have been elected leader' "$work/master-$1.log" && break; sleep 1; done
  java -Xmx512m $opens -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 6g \
      --webui-port 18081 --work-dir "$work/worker-$1" spark://127.0.0.1:7077 >"$work/worker-$1.log" 2>&1 &
  local worker=$!
  for _ in $(seq 60); do grep -q 'Successfully registered with master' "$work/worker-$1.log" && break; sleep 1; done
  # the driver runs no NLP; the application reaches the executor through spark.executor.extraClassPath
  # (on a cluster: spark-submit newsgraph-spark.jar --jars the models jar)
  t "$work/standalone-$1.log" java -Xmx1g $opens -cp "$all_cp" \
      -Dspark.executor.memory=$heap -Dspark.executor.cores=2 -Dspark.cores.max=2 \
      "-Dspark.executor.extraClassPath=$app_cp" "-Dspark.executor.extraJavaOptions=-XX:+UseParallelGC" \
      -Dspark.driver.host=127.0.0.1 \
      org.newsgraph.spark.ExtractJob --master spark://127.0.0.1:7077 "$texts" --out "$work/standalone-$1" \
    || echo "  (standalone run failed; see $work/standalone-$1.log and $work/worker-$1/)"
  kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true
  kill "$master" 2>/dev/null || true; wait "$master" 2>/dev/null || true
}

declare -A runs
for s in $steps; do
  runs[$s]=$(( ${runs[$s]:-0} + 1 ))
  case $s in
    ingest) ingest "${runs[$s]}" ;;
    local) local2 "${runs[$s]}" ;;
    standalone) standalone "${runs[$s]}" ;;
    *) echo "unknown step $s" >&2; exit 2 ;;
  esac
done

[ "${BENCH_LOAD:-1}" = 1 ] || exit 0
echo "== load of the first local[2] output"
t "$work/load-1.log" java -Xmx2g -jar target/newsgraph.jar load --store "$work/load-tdb2" "$work/local-1"
t "$work/load-2.log" java -Xmx2g -jar target/newsgraph.jar load --store "$work/load-tdb2" "$work/local-1"

if [ -d "$work/ingest-tdb2-1" ]; then
  echo "== saved queries (without bindings): loaded store vs ingest store"
  for q in $(java -jar target/newsgraph.jar query --list | sed -n 's/^\([a-z][a-z-]*\) .*/\1/p'); do
    java -Xmx1g -jar target/newsgraph.jar query --store "$work/load-tdb2" --format csv "$q" 2>&1 | sort >"$work/q-load-$q.csv" || true
    java -Xmx1g -jar target/newsgraph.jar query --store "$work/ingest-tdb2-1" --format csv "$q" 2>&1 | sort >"$work/q-ingest-$q.csv" || true
    if cmp -s "$work/q-load-$q.csv" "$work/q-ingest-$q.csv"; then r=same; else r="DIFFER ($(diff "$work/q-load-$q.csv" "$work/q-ingest-$q.csv" | grep -c '^[<>]' || true) lines)"; fi
    echo "  $q: $(($(wc -l <"$work/q-load-$q.csv") - 1)) rows, $r"
  done
fi

echo "== seed questions asked of a store loaded from the job's output of the sample article"
mkdir -p "$work/sample"; cp samples/huawei-5g-backdoors.txt "$work/sample/"
java -Xmx$heap -XX:+UseParallelGC $opens -cp "$all_cp" org.newsgraph.spark.ExtractJob --master 'local[2]' "$work/sample" --out "$work/sample-out" 2>"$work/sample-out.log"
java -Xmx2g -jar target/newsgraph.jar load --store "$work/seed-tdb2" "$work/sample-out"
mvn -o -B test -pl newsgraph-cli -Dtest='SampleCoreQuestionsTest,SampleStanceQuestionsTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnewsgraph.seedStore="$work/seed-tdb2" 2>&1 | grep -E 'Tests run:|FAIL|ERROR' | head -20
