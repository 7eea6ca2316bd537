#!/usr/bin/env bash
# ingest --threads 1 of a folder against CoreNLP's own quote pipeline on the same files, one run each,
# whole-process wall time and peak RSS (GNU time). CoreNLP's log (its per-annotator timing at the end)
# is left in target/quote-bench/corenlp.log. Usage: scripts/quote-pipeline-bench.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
in=${1:?folder of .txt articles}; out=target/quote-bench; rm -rf "$out"; mkdir -p "$out/corenlp"
ls "$in"/* > "$out/files.list"
/usr/bin/time -f "newsgraph ingest --threads 1: %e s wall, %M KB peak RSS" \
  java -Xmx5g -jar target/newsgraph.jar ingest --threads 1 --store "$out/store" "$in" > "$out/ingest.log" 2>&1
/usr/bin/time -f "CoreNLP quote pipeline: %e s wall, %M KB peak RSS" \
  java -Xmx5g -cp 'target/lib/*' edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -annotators tokenize,ssplit,pos,lemma,ner,depparse,coref,quote -coref.algorithm statistical \
  -filelist "$out/files.list" -outputFormat text -outputDirectory "$out/corenlp" > "$out/corenlp.log" 2>&1
sed -n '/Annotation pipeline timing/,$p' "$out/corenlp.log"
