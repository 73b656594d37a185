#!/usr/bin/env bash
# Benchmark: pfocr:check and pfocr:catalog on a synthetic corpus of N figure records (three quarters G1 from
# gen_corpus.py, one quarter G2 with _data tables from bench/src/add_g2.py) versus a bare SnakeYAML compose of the
# same files: cold check, no-change check, one edited file, new times (a fresh clone with the cache restored),
# cold and cached package, peak heap and heap per record after GC. Prints a table and writes JSON.
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
#   BENCH_XMX         heap for the Maven builds, the bare parse and the heap probe (default: 512m)
#   BENCH_G2_SHARE    percentage of G2 records (default 25)
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
G2_SHARE=${BENCH_G2_SHARE:-25}
CORPUS=${2:-${BENCH_CORPUS:-${TMPDIR:-/tmp}/pfocr-bench/corpus-$N-g2-$G2_SHARE}}
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
read -r G A V SNAKEYAML_V PLEXUS_V < <(python3 - "$ROOT/pom.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
p = ET.parse(sys.argv[1]).getroot()
get = lambda path: p.findtext(path, namespaces=ns).strip()
plexus = next(d.findtext("m:version", namespaces=ns) for d in p.iterfind("m:dependencies/m:dependency", ns)
              if d.findtext("m:artifactId", namespaces=ns) == "plexus-utils")
print(get("m:groupId"), get("m:artifactId"), get("m:version"), get("m:properties/m:snakeyaml.version"), plexus)
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
    G2_N=$(( N * G2_SHARE / 100 ))
    rm -rf "${CORPUS:?}/_data"
    python3 "$GEN" --out "$CORPUS" -n "$(( N - G2_N ))" --seed 2 --clean >&2
    python3 "$HERE/src/add_g2.py" "$CORPUS" "$G2_N" 2 >&2
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

# --- 4. check and package through Maven -----------------------------------------------------------------------
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
  <properties>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
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
              <goal>catalog</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
# One Maven build; prints "<seconds inside the pfocr goals> <wall ms> <peak heap MiB from the GC log>".
mvn_run() { # <name> <phase>
    local name=$1 phase=$2
    local logf="$CORPUS/bench-$name.log" gcf="$CORPUS/bench-$name.gc" t0 rc=0 wall goal peak
    rm -f "$gcf"
    t0=$(now_ms)
    MAVEN_OPTS="-Xmx$XMX -Xlog:gc:file=$gcf" "$MVN" -B -f "$CORPUS/pom.xml" ${EXTRA_MVN_ARGS[@]+"${EXTRA_MVN_ARGS[@]}"} \
        "$phase" -Dpfocr.failOnError=false -Dpfocr.catalog.failOnError=false >"$logf" 2>&1 || rc=$?
    wall=$(( $(now_ms) - t0 ))
    if [[ $rc -ne 0 ]] || ! grep -qE '^\[INFO\] pfocr: checked [0-9]+ figure file' "$logf"; then
        echo "run.sh: $name: the Maven build failed (exit $rc); last lines of $logf:" >&2
        tail -30 "$logf" >&2
        exit 1
    fi
    # The check's summary line times the goal's pass; the catalog goal logs "catalog ... in X s" for its own.
    goal=$(grep -hoE '^\[INFO\] pfocr: (checked|catalog of) .* in [0-9]+(\.[0-9]+)? s$' "$logf" \
        | sed -E 's/.* in ([0-9]+(\.[0-9]+)?) s$/\1/' | awk '{ s += $1 } END { printf "%.3f", s }')
    peak=$(grep -oE '[0-9]+M->[0-9]+M' "$gcf" 2>/dev/null | sed -E 's/M->.*//' | sort -n | tail -1 || true)
    log "$name: $(grep -E '^\[INFO\] pfocr: checked' "$logf" | tail -1 | sed 's/^\[INFO\] //'); wall $wall ms"
    echo "$goal $wall ${peak:-0}"
}
EDIT_FILE=$(find "$CORPUS/_figures" -maxdepth 1 -name '*.md' | sort | sed -n "$(( (N + 1) / 2 ))p")

log "cold check (empty cache)"
# Times well in the past: a file modified within a second or two of a check is compared by content (racy times).
find "$CORPUS/_figures" "$CORPUS/_data" -type f -exec touch -d '3 hours ago' {} +
rm -rf "${CORPUS:?}/target"
read -r cold_s cold_wall cold_peak < <(mvn_run check-cold validate)
summary=$(grep -E '^\[INFO\] pfocr: checked [0-9]+ figure file' "$CORPUS/bench-check-cold.log" | tail -1)
check_files=$(sed -E 's/.*checked ([0-9]+) figure file.*/\1/' <<<"$summary")
check_errors=$(sed -E 's/.*: ([0-9]+) error\(s\).*/\1/' <<<"$summary")
check_warnings=$(sed -E 's/.* ([0-9]+) warning\(s\).*/\1/' <<<"$summary")
log "no-change check"
read -r same_s same_wall same_peak < <(mvn_run check-nochange validate)
log "one edited file: $EDIT_FILE"
sed -i 's/^papertitle: \(.*\)$/papertitle: \1 (edited)/' "$EDIT_FILE"
read -r edit_s edit_wall edit_peak < <(mvn_run check-edited validate)
log "new modification times everywhere, same contents (a fresh clone with the cache restored)"
find "$CORPUS/_figures" "$CORPUS/_data" -type f -exec touch -d '2 hours ago' {} +
read -r clone_s clone_wall clone_peak < <(mvn_run check-clone validate)
log "cold package (check in validate, catalog in package; empty cache)"
rm -rf "${CORPUS:?}/target"
read -r pkg_s pkg_wall pkg_peak < <(mvn_run package-cold package)
log "cached package"
read -r pkgc_s pkgc_wall pkgc_peak < <(mvn_run package-cached package)

# --- 5. heap per record after GC -----------------------------------------------------------------------------------
JACKSON_JAR=$(find "$M2/com/fasterxml/jackson/core/jackson-core" -name 'jackson-core-*.jar' ! -name '*sources*' \
    | sort -V | tail -1)
parsed=$(grep -oE 'G1a [0-9]+, G1b [0-9]+, G2a [0-9]+, G2b [0-9]+' <<<"$summary" | grep -oE ' [0-9]+' \
    | awk '{ s += $1 } END { print s }')
log "heap probe (java -Xmx$XMX, the check in-process, heap after GC once the last record is indexed)"
# plexus-utils: the include/exclude patterns (MatchPatterns) the listing uses.
PLEXUS_JAR=$(find "$M2/org/codehaus/plexus/plexus-utils" -name "plexus-utils-$PLEXUS_V.jar")
probe=$(java "-Xmx$XMX" -cp "$PLUGIN_JAR:$SNAKEYAML_JAR:$JACKSON_JAR:$PLEXUS_JAR" "$HERE/src/HeapProbe.java" \
    "$CORPUS" "$parsed")
log "$probe"
per_record=$(sed -E 's/.*perRecord=(-?[0-9]+).*/\1/' <<<"$probe")

ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "null" }'; }
cold_ms=$(ms "$cold_s"); same_ms=$(ms "$same_s"); edit_ms=$(ms "$edit_s"); clone_ms=$(ms "$clone_s")
pkg_ms=$(ms "$pkg_s"); pkgc_ms=$(ms "$pkgc_s")
peak=$(printf '%s\n' "$cold_peak" "$same_peak" "$edit_peak" "$clone_peak" "$pkg_peak" "$pkgc_peak" | sort -n | tail -1)

# --- table and JSON -------------------------------------------------------------------------------------------
row() { printf '| %-46s | %9s | %7s | %-20s |\n' "$@"; }
printf '\npfocr benchmark: %s %s, %s cores, -Xmx%s, %s records (%s%% G2 with tables), corpus %s\n\n' \
    "$A" "$V" "$(nproc)" "$XMX" "$N" "$G2_SHARE" "$CORPUS"
row "measure (time inside the goals)" "ms" "x bare" "target"
row "---" "---:" "---:" "---"
row "bare SnakeYAML compose ($bare_files files)" "$bare_ms" "1.00" ""
row "cold check" "$cold_ms" "$(ratio "$cold_ms" "$bare_ms")" "<= 1.25x bare"
row "check again, nothing changed" "$same_ms" "$(ratio "$same_ms" "$bare_ms")" "<= 2000 ms"
row "one file edited, then check" "$edit_ms" "$(ratio "$edit_ms" "$bare_ms")" "<= 2000 ms"
row "new times, same contents (restored cache)" "$clone_ms" "$(ratio "$clone_ms" "$bare_ms")" "<= 5000 ms"
row "cold package (check + catalog)" "$pkg_ms" "$(ratio "$pkg_ms" "$bare_ms")" "<= 1.3x cold check"
row "cached package (check + catalog)" "$pkgc_ms" "$(ratio "$pkgc_ms" "$bare_ms")" ""
printf '\n%-28s %s\n' \
    "cold package / cold check" "$(ratio "$pkg_ms" "$cold_ms")" \
    "check findings" "$check_errors error(s), $check_warnings warning(s) in $check_files figure files" \
    "mvn wall ms" "cold check $cold_wall, no change $same_wall, edited $edit_wall, new times $clone_wall, cold package $pkg_wall, cached package $pkgc_wall" \
    "peak heap MiB (GC log)" "$peak (of -Xmx$XMX)" \
    "heap per record after GC" "$per_record bytes (target <= 300; at 1,000,000 records: $(( per_record * 1000000 / 1048576 )) MiB)"
RESULT="$CORPUS/bench-result.json"
cat >"$RESULT" <<EOF
{"records": $N, "g2Percent": $G2_SHARE, "xmx": "$XMX", "cores": $(nproc),
 "bareComposeMs": $bare_ms, "coldCheckMs": $cold_ms, "noChangeCheckMs": $same_ms, "editedCheckMs": $edit_ms,
 "newTimesCheckMs": $clone_ms, "coldPackageMs": $pkg_ms, "cachedPackageMs": $pkgc_ms,
 "ratios": {"coldCheckToBare": $(ratio "$cold_ms" "$bare_ms"), "coldPackageToColdCheck": $(ratio "$pkg_ms" "$cold_ms")},
 "wallMs": {"coldCheck": $cold_wall, "noChangeCheck": $same_wall, "editedCheck": $edit_wall,
            "newTimesCheck": $clone_wall, "coldPackage": $pkg_wall, "cachedPackage": $pkgc_wall},
 "peakHeapMiB": ${peak:-0}, "heapPerRecordBytes": $per_record,
 "findings": {"errors": $check_errors, "warnings": $check_warnings}}
EOF
printf '\n'
cat "$RESULT"
log "JSON: $RESULT"
