#!/bin/sh
# Runs one set at cuts 10, 40 and whole: Warden's evaluator and the independent check. Usage: run_allN.sh SET_DIR [JAR] (a set folder under classification/ or classification-open/)
set -u
here=$(cd "$(dirname "$0")" && pwd); setdir=$(cd "$1" && pwd); set=$(basename "$setdir"); jar=${2:-$here/../../../../../../samples/target/warden.jar}
out=${RUNS:-/tmp/breaker8-runs}/$set; rm -rf "$out"; mkdir -p "$out"
for cut in 10 40 whole; do
  if [ $cut = whole ]; then c=""; else c="--cut $cut"; fi
  java -jar "$jar" classify --input "$setdir" --evaluate "$setdir/gold.json" $c > "$out/eval-$cut.txt" 2>&1; echo "exit $?" >> "$out/eval-$cut.txt"
  mkdir -p "$out/work-$cut"
  python3 "$here/independent_check8.py" "$setdir" $cut "$out/work-$cut" "$jar" > "$out/check-$cut.json" 2>&1
done
