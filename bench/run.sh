#!/usr/bin/env bash
# Benchmark: pfocr:check on a synthetic corpus of N figure records versus a bare SnakeYAML parse of the same files.
#
# usage: bench/run.sh [N] [corpus-dir]
#
#   N           number of figure files (default: $N, else 100000)
#   corpus-dir  where the corpus lives (default: $BENCH_CORPUS, else ${TMPDIR:-/tmp}/pfocr-bench/corpus-<N>);
#               reused when its _figures/ already holds N files, regenerated otherwise
#
# environment:
#   N                 as the first argument
#   BENCH_CORPUS      as the second argument
#   BENCH_GENERATOR   the corpus generator (default: <project>/../shared/bench/gen_corpus.py)
#   BENCH_XMX         heap for both the Maven build and the bare parse (default: 512m)
#   BENCH_BUILD       auto (default: build the plugin when its installed jar is missing or older than
#                     src/main or pom.xml), always, or never
#   BENCH_BARE_RUNS   bare-parse runs in one JVM (default 1; the table uses run 1, a cold JVM like Maven's)
#   MVN               the Maven command (default: mvn)
#   MVN_ARGS          extra arguments for the timed Maven build (e.g. -o)
#   MAVEN_REPO        the local repository (default: ~/.m2/repository)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)

N=${1:-${N:-100000}}
CORPUS=${2:-${BENCH_CORPUS:-${TMPDIR:-/tmp}/pfocr-bench/corpus-$N}}
GEN=${BENCH_GENERATOR:-$ROOT/../shared/bench/gen_corpus.py}
XMX=${BENCH_XMX:-512m}
BUILD=${BENCH_BUILD:-auto}
BARE_RUNS=${BENCH_BARE_RUNS:-1}
MVN=${MVN:-mvn}
read -r -a EXTRA_MVN_ARGS <<<"${MVN_ARGS:-}"
M2=${MAVEN_REPO:-$HOME/.m2/repository}

if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: N must be a positive integer, got '$N'" >&2
    exit 2
fi

log() { printf '[bench] %s\n' "$*" >&2; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# --- coordinates from the project's pom -----------------------------------------------------------------------
read -r G A V SNAKEYAML_V < <(python3 - "$ROOT/pom.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
p = ET.parse(sys.argv[1]).getroot()
get = lambda path: p.findtext(path, namespaces=ns).strip()
print(get("m:groupId"), get("m:artifactId"), get("m:version"), get("m:properties/m:snakeyaml.version"))
PY
)
[[ -n "${SNAKEYAML_V:-}" ]] || { echo "run.sh: could not read the coordinates from $ROOT/pom.xml" >&2; exit 1; }
PLUGIN_JAR="$M2/${G//.//}/$A/$V/$A-$V.jar"
SNAKEYAML_JAR="$M2/org/yaml/snakeyaml/$SNAKEYAML_V/snakeyaml-$SNAKEYAML_V.jar"

# --- 1. corpus ------------------------------------------------------------------------------------------------
count_figures() {
    if [[ -d "$1/_figures" ]]; then
        find "$1/_figures" -maxdepth 1 -type f -name '*.md' | wc -l
    else
        echo 0
    fi
}
have=$(count_figures "$CORPUS")
if [[ "$have" -eq "$N" ]]; then
    log "reusing corpus $CORPUS ($have files)"
else
    [[ -f "$GEN" ]] || { echo "run.sh: corpus generator not found: $GEN (set BENCH_GENERATOR)" >&2; exit 2; }
    log "generating $N files into $CORPUS (found $have)"
    mkdir -p "$CORPUS"
    t0=$(now_ms)
    python3 "$GEN" --out "$CORPUS" -n "$N" --seed 1 --clean >&2
    log "generated in $(( $(now_ms) - t0 )) ms"
    have=$(count_figures "$CORPUS")
    [[ "$have" -eq "$N" ]] || { echo "run.sh: expected $N files in $CORPUS/_figures, found $have" >&2; exit 1; }
fi

# --- 2. plugin ------------------------------------------------------------------------------------------------
need_build=no
case "$BUILD" in
    always) need_build=yes ;;
    never) ;;
    auto)
        if [[ ! -f "$PLUGIN_JAR" ]] || [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$PLUGIN_JAR" -print -quit)" ]]; then
            need_build=yes
        fi ;;
    *) echo "run.sh: BENCH_BUILD must be auto, always or never" >&2; exit 2 ;;
esac
if [[ "$need_build" == yes ]]; then
    # -Dmaven.test.skip also skips compiling src/test, so a half-written test elsewhere cannot stop the benchmark.
    log "building $G:$A:$V"
    (cd "$ROOT" && "$MVN" -B -q install -DskipTests -Dmaven.test.skip=true -Dinvoker.skip) >&2
else
    log "using installed $PLUGIN_JAR"
fi
[[ -f "$SNAKEYAML_JAR" ]] || { echo "run.sh: $SNAKEYAML_JAR not found" >&2; exit 1; }

# Peak RSS through GNU time when available.
TIMEV=()
if [[ -x /usr/bin/time ]] && /usr/bin/time -v -o /dev/null true 2>/dev/null; then
    TIMEV=(/usr/bin/time -v -o)
fi
peak_rss_mib() { # <time -v output file>
    if [[ -s "$1" ]]; then
        awk -F': *' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"
    else
        echo "n/a"
    fi
}
timed() { # <time -v output file> <command...>
    local out=$1
    shift
    if ((${#TIMEV[@]})); then
        "${TIMEV[@]}" "$out" "$@"
    else
        "$@"
    fi
}

# --- 3. bare SnakeYAML parse ------------------------------------------------------------------------------------
BARE_LOG="$CORPUS/bench-bare.log"
BARE_TIME="$CORPUS/bench-bare.time"
rm -f "$BARE_TIME"
log "bare SnakeYAML $SNAKEYAML_V parse (java -Xmx$XMX, single-file source launch)"
timed "$BARE_TIME" java "-Xmx$XMX" -cp "$SNAKEYAML_JAR" "$HERE/src/BareParse.java" "$CORPUS" "$BARE_RUNS" >"$BARE_LOG"
cat "$BARE_LOG" >&2
bare_line=$(grep -E '^bare-parse run=1 ' "$BARE_LOG")
bare_files=$(sed -E 's/.* files=([0-9]+).*/\1/' <<<"$bare_line")
bare_failed=$(sed -E 's/.* failed=([0-9]+).*/\1/' <<<"$bare_line")
bare_ms=$(sed -E 's/.* ms=([0-9]+).*/\1/' <<<"$bare_line")
bare_best_ms=$(grep -E '^bare-parse run=' "$BARE_LOG" | sed -E 's/.* ms=([0-9]+).*/\1/' | sort -n | head -1)

# --- 4. the full check through Maven ------------------------------------------------------------------------------
cat >"$CORPUS/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <!-- Written by bench/run.sh. -->
  <groupId>io.github.pfocr.bench</groupId>
  <artifactId>pfocr-bench-corpus</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>$G</groupId>
        <artifactId>$A</artifactId>
        <version>$V</version>
        <executions>
          <execution>
            <goals>
              <goal>check</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
CHECK_LOG="$CORPUS/bench-check.log"
CHECK_TIME="$CORPUS/bench-check.time"
rm -f "$CHECK_TIME"
log "mvn validate (pfocr:check, MAVEN_OPTS=-Xmx$XMX); log: $CHECK_LOG"
t0=$(now_ms)
rc=0
MAVEN_OPTS="-Xmx$XMX" timed "$CHECK_TIME" "$MVN" -B -f "$CORPUS/pom.xml" ${EXTRA_MVN_ARGS[@]+"${EXTRA_MVN_ARGS[@]}"} \
    validate -Dpfocr.failOnError=false >"$CHECK_LOG" 2>&1 || rc=$?
mvn_ms=$(( $(now_ms) - t0 ))
summary=$(grep -E '^\[INFO\] pfocr: checked [0-9]+ figure file' "$CHECK_LOG" | tail -1 || true)
if [[ $rc -ne 0 || -z "$summary" ]]; then
    echo "run.sh: the Maven build failed (exit $rc) or printed no summary line; last lines of $CHECK_LOG:" >&2
    tail -30 "$CHECK_LOG" >&2
    exit 1
fi
log "${summary#\[INFO\] }"
check_files=$(sed -E 's/.*checked ([0-9]+) figure file.*/\1/' <<<"$summary")
check_errors=$(sed -E 's/.*: ([0-9]+) error\(s\).*/\1/' <<<"$summary")
check_warnings=$(sed -E 's/.* ([0-9]+) warning\(s\).*/\1/' <<<"$summary")
check_s=$(sed -E 's/.* in ([0-9]+(\.[0-9]+)?) s$/\1/' <<<"$summary")
check_ms=$(awk -v s="$check_s" 'BEGIN { printf "%.0f", s * 1000 }')
ratio=$(awk -v c="$check_ms" -v b="$bare_ms" 'BEGIN { if (b > 0) printf "%.2f", c / b; else print "n/a" }')
verdict=$(awk -v c="$check_ms" -v b="$bare_ms" 'BEGIN { print (b > 0 && c <= 1.25 * b) ? "met" : "NOT met" }')

# --- table ------------------------------------------------------------------------------------------------------
printf '\npfocr benchmark: %s, %s cores, -Xmx%s, corpus %s\n' "$A $V" "$(nproc)" "$XMX" "$CORPUS"
printf '%-28s %s\n' \
    "files" "$bare_files (bare parse), $check_files (check)" \
    "bare parse ms (run 1)" "$bare_ms$([[ $BARE_RUNS -gt 1 ]] && echo " (best of $BARE_RUNS: $bare_best_ms)")" \
    "bare parse failures" "$bare_failed" \
    "check ms (plugin summary)" "$check_ms (${check_s} s; 0.1 s resolution)" \
    "mvn wall ms" "$mvn_ms (JVM start, Maven, check, printing the findings)" \
    "ratio check / bare" "$ratio (target <= 1.25: $verdict)" \
    "check findings" "$check_errors error(s), $check_warnings warning(s)" \
    "peak RSS MiB bare / mvn" "$(peak_rss_mib "$BARE_TIME") / $(peak_rss_mib "$CHECK_TIME")"
