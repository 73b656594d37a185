#!/usr/bin/env bash
# Benchmark: pfocr:check and pfocr:catalog on a synthetic corpus of N figure records (three quarters G1 from
# gen_corpus.py, one quarter G2 with _data tables from bench/src/add_g2.py) versus a bare SnakeYAML compose of the
# same files: cold check, no-change check, one edited file, one cross-file fact edited (the full pass over the
# cache), new times (a fresh clone with the cache restored), cold and cached package, peak heap and heap per record
# after GC. Prints a table and writes JSON.
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
#   BENCH_ROUNDS      rounds of bare parse, cold check and cold package, taken in turn so that a machine whose
#                     speed drifts (a shared virtual machine) slows all three alike; the table gives the medians
#                     (default 3)
#   BENCH_REPLICATE   k > 1: make the corpus from N/k generated records copied k times with renamed ids
#                     (bench/src/replicate.py; minutes instead of half an hour for 1,000,000 records)
#   BENCH_RUNS        the measures to take (default bare,cold,nochange,edited,factedit,clone,package,heap); the
#                     others print - and null; nochange, edited, factedit and clone need cold first
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
ROUNDS=${BENCH_ROUNDS:-3}
REPLICATE=${BENCH_REPLICATE:-1}
RUNS=",${BENCH_RUNS:-bare,cold,nochange,edited,factedit,clone,package,heap},"
MVN=${MVN:-mvn}
read -r -a EXTRA_MVN_ARGS <<<"${MVN_ARGS:-}"
M2=${MAVEN_REPO:-$HOME/.m2/repository}

if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: N must be a positive integer, got '$N'" >&2
    exit 2
fi

if ! [[ "$ROUNDS" =~ ^[1-9]$ ]]; then
    echo "run.sh: BENCH_ROUNDS must be 1..9, got '$ROUNDS'" >&2
    exit 2
fi

if ! [[ "$REPLICATE" =~ ^([1-9]|10)$ ]]; then
    echo "run.sh: BENCH_REPLICATE must be 1..10, got '$REPLICATE'" >&2
    exit 2
fi
for run in ${RUNS//,/ }; do
    case "$run" in
        bare | cold | nochange | edited | factedit | clone | package | heap) ;;
        *) echo "run.sh: BENCH_RUNS: unknown measure '$run'" >&2; exit 2 ;;
    esac
done

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
generate() { # <n> <dir>: gen_corpus.py for three quarters, add_g2.py for the rest
    local n=$1 dir=$2 t0 g2
    [[ -f "$GEN" ]] || { echo "run.sh: corpus generator not found: $GEN (set BENCH_GENERATOR)" >&2; exit 2; }
    log "generating $n files into $dir"
    mkdir -p "$dir"
    t0=$(now_ms)
    g2=$(( n * G2_SHARE / 100 ))
    rm -rf "${dir:?}/_data"
    python3 "$GEN" --out "$dir" -n "$(( n - g2 ))" --seed 2 --clean >&2
    python3 "$HERE/src/add_g2.py" "$dir" "$g2" 2 >&2
    log "generated in $(( $(now_ms) - t0 )) ms"
}
have=$(count_figures "$CORPUS")
if [[ "$have" -eq "$N" ]]; then
    log "reusing corpus $CORPUS ($have files)"
elif (( REPLICATE > 1 )); then
    (( N % REPLICATE == 0 )) || { echo "run.sh: N must be a multiple of BENCH_REPLICATE" >&2; exit 2; }
    BASE_N=$(( N / REPLICATE ))
    BASE=${TMPDIR:-/tmp}/pfocr-bench/corpus-$BASE_N-g2-$G2_SHARE
    [[ "$(count_figures "$BASE")" -eq "$BASE_N" ]] || generate "$BASE_N" "$BASE"
    log "copying $BASE ($BASE_N files) $REPLICATE times into $CORPUS"
    rm -rf "${CORPUS:?}/_figures" "${CORPUS:?}/_data"
    python3 "$HERE/src/replicate.py" "$BASE" "$CORPUS" "$REPLICATE"
else
    generate "$N" "$CORPUS"
fi
have=$(count_figures "$CORPUS")
[[ "$have" -eq "$N" ]] || { echo "run.sh: expected $N files in $CORPUS/_figures, found $have" >&2; exit 1; }

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

want() { [[ "$RUNS" == *",$1,"* ]]; }

# Every run reads the corpus from the page cache, the first as much as the last: read it once beforehand.
log "reading the corpus once into the page cache"
find "$CORPUS/_figures" "$CORPUS/_data" -type f -print0 | xargs -0 cat >/dev/null

# --- 3. bare SnakeYAML parse ------------------------------------------------------------------------------------
bare_files=""
bare_run() { # <round>: one bare parse in a new JVM; prints its ms
    local logf="$CORPUS/bench-bare-$1.log"
    java "-Xmx$XMX" -cp "$SNAKEYAML_JAR" "$HERE/src/BareParse.java" "$CORPUS" 1 >"$logf"
    cat "$logf" >&2
    grep -E '^bare-parse run=1 ' "$logf" | sed -E 's/.* ms=([0-9]+).*/\1/'
}

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
# The edits below are undone at the end, so the next run checks the corpus as generated.
EDIT_ORIGINAL=$(cat "$EDIT_FILE")
restore_edit_file() { printf '%s\n' "$EDIT_ORIGINAL" >"$EDIT_FILE"; }
trap restore_edit_file EXIT
for run in nochange edited factedit clone heap; do
    if want "$run" && ! want cold; then
        echo "run.sh: BENCH_RUNS: $run needs cold" >&2
        exit 2
    fi
done

cold_s="" cold_wall="" cold_peak="" same_s="" same_wall="" same_peak="" edit_s="" edit_wall="" edit_peak=""
fact_s="" fact_wall="" fact_peak="" clone_s="" clone_wall="" clone_peak="" pkg_s="" pkg_wall="" pkg_peak="" pkgc_s="" pkgc_wall="" pkgc_peak=""
check_files="" check_errors="" check_warnings="" per_record=""
# The median of some numbers (empty when none).
median() { printf '%s\n' "$@" | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
# Times well in the past: a file modified within a second or two of a check is compared by content (racy times).
find "$CORPUS/_figures" "$CORPUS/_data" -type f -exec touch -d '3 hours ago' {} +
bare_all=() cold_all=() pkg_all=() catalog_all=() within_all=()
for round in $(seq 1 "$ROUNDS"); do
    if want bare; then
        log "round $round: bare SnakeYAML $SNAKEYAML_V parse (java -Xmx$XMX, single-file source launch)"
        bare_all+=("$(bare_run "$round")")
    fi
    if want cold; then
        log "round $round: cold check (empty cache)"
        rm -rf "${CORPUS:?}/target"
        read -r s wall peak < <(mvn_run "check-cold-$round" validate)
        cold_all+=("$s") cold_wall=$wall
        cold_peak=$(printf '%s\n' "$cold_peak" "$peak" | sed '/^$/d' | sort -n | tail -1)
        summary=$(grep -E '^\[INFO\] pfocr: checked [0-9]+ figure file' "$CORPUS/bench-check-cold-$round.log" | tail -1)
        check_files=$(sed -E 's/.*checked ([0-9]+) figure file.*/\1/' <<<"$summary")
        check_errors=$(sed -E 's/.*: ([0-9]+) error\(s\).*/\1/' <<<"$summary")
        check_warnings=$(sed -E 's/.* ([0-9]+) warning\(s\).*/\1/' <<<"$summary")
    fi
    if want package; then
        log "round $round: cold package (check in validate, catalog in package; empty cache)"
        rm -rf "${CORPUS:?}/target"
        read -r s pkg_wall pkg_peak < <(mvn_run "package-cold-$round" package)
        pkg_all+=("$s")
        catalog_all+=("$(grep -oE '^\[INFO\] pfocr: catalog of .* in [0-9.]+ s$' "$CORPUS/bench-package-cold-$round.log" \
            | sed -E 's/.* in ([0-9.]+) s$/\1/')")
        # The package's own check: the cold check of the same build, in the same JVM and minute.
        own=$(grep -E '^\[INFO\] pfocr: checked [0-9]+ figure file' "$CORPUS/bench-package-cold-$round.log" | tail -1 \
            | sed -E 's/.* in ([0-9.]+) s$/\1/')
        within_all+=("$(awk -v p="$s" -v c="$own" 'BEGIN { if (c > 0) printf "%.2f", p / c }')")
    fi
done
bare_ms=$(median ${bare_all[@]+"${bare_all[@]}"})
if want bare; then
    bare_files=$(grep -E '^bare-parse run=1 ' "$CORPUS/bench-bare-1.log" | sed -E 's/.* files=([0-9]+).*/\1/')
fi
cold_s=$(median ${cold_all[@]+"${cold_all[@]}"})
pkg_s=$(median ${pkg_all[@]+"${pkg_all[@]}"})
catalog_s=$(median ${catalog_all[@]+"${catalog_all[@]}"})
within=$(median ${within_all[@]+"${within_all[@]}"})
if want nochange; then
    log "no-change check"
    read -r same_s same_wall same_peak < <(mvn_run check-nochange validate)
fi
if want edited; then
    log "one edited file: $EDIT_FILE"
    sed -i 's/^papertitle: \(.*\)$/papertitle: \1 (edited)/' "$EDIT_FILE"
    read -r edit_s edit_wall edit_peak < <(mvn_run check-edited validate)
fi
if want factedit; then
    # A new figid_alias: a fact the cross-file rules compare, so the check replays every cached record's facts.
    log "one cross-file fact edited: $EDIT_FILE"
    sed -i 's/^figid_alias: \(.*\)$/figid_alias: \1x/' "$EDIT_FILE"
    read -r fact_s fact_wall fact_peak < <(mvn_run check-factedit validate)
fi
if want clone; then
    log "new modification times everywhere, same contents (a fresh clone with the cache restored)"
    find "$CORPUS/_figures" "$CORPUS/_data" -type f -exec touch -d '2 hours ago' {} +
    read -r clone_s clone_wall clone_peak < <(mvn_run check-clone validate)
fi
if want package; then
    log "cached package"
    read -r pkgc_s pkgc_wall pkgc_peak < <(mvn_run package-cached package)
fi

# --- 5. heap per record after GC -----------------------------------------------------------------------------------
if want heap; then
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
fi

# A skipped measure is empty: "-" in the table, null in the JSON.
ms() { [[ -z "$1" ]] || awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else print "null" }'; }
cell() { echo "${1:--}"; }
json() { echo "${1:-null}"; }
cold_ms=$(ms "$cold_s"); same_ms=$(ms "$same_s"); edit_ms=$(ms "$edit_s"); fact_ms=$(ms "$fact_s")
clone_ms=$(ms "$clone_s")
pkg_ms=$(ms "$pkg_s"); pkgc_ms=$(ms "$pkgc_s"); catalog_ms=$(ms "$catalog_s")
peak=$(printf '%s\n' "$cold_peak" "$same_peak" "$edit_peak" "$fact_peak" "$clone_peak" "$pkg_peak" "$pkgc_peak" | sed '/^$/d' \
    | sort -n | tail -1)
if [[ -n "$per_record" ]]; then
    per_record_text="$per_record bytes (target <= 300; at 1,000,000 records: $(( per_record * 1000000 / 1048576 )) MiB)"
else
    per_record_text="-"
fi

# --- table and JSON -------------------------------------------------------------------------------------------
row() { printf '| %-52s | %9s | %7s | %-20s |\n' "$1" "$(cell "$2")" "$(cell "${3/null/}")" "$4"; }
printf '\npfocr benchmark: %s %s, %s cores, -Xmx%s, %s records (%s%% G2 with tables), corpus %s\n\n' \
    "$A" "$V" "$(nproc)" "$XMX" "$N" "$G2_SHARE" "$CORPUS"
row "measure (time inside the goals; cold: median of $ROUNDS)" "ms" "x bare" "target"
row "---" "---:" "---:" "---"
row "bare SnakeYAML compose (${bare_files:-0} files)" "$bare_ms" "$(ratio "$bare_ms" "$bare_ms")" ""
row "cold check" "$cold_ms" "$(ratio "$cold_ms" "$bare_ms")" "<= 1.25x bare"
row "check again, nothing changed" "$same_ms" "$(ratio "$same_ms" "$bare_ms")" "<= 2000 ms"
row "one file edited, then check" "$edit_ms" "$(ratio "$edit_ms" "$bare_ms")" "<= 2000 ms"
row "one cross-file fact edited (full pass)" "$fact_ms" "$(ratio "$fact_ms" "$bare_ms")" ""
row "new times, same contents (restored cache)" "$clone_ms" "$(ratio "$clone_ms" "$bare_ms")" "<= 5000 ms"
row "cold package (check + catalog)" "$pkg_ms" "$(ratio "$pkg_ms" "$bare_ms")" "<= 1.3x cold check"
row "  of which the catalog goal" "$catalog_ms" "$(ratio "$catalog_ms" "$bare_ms")" ""
row "cached package (check + catalog)" "$pkgc_ms" "$(ratio "$pkgc_ms" "$bare_ms")" ""
printf '\n%-28s %s\n' \
    "cold package / cold check" "$(cell "$(ratio "$pkg_ms" "$cold_ms" | sed 's/null//')") (medians); within each package build, over its own check: $(cell "${within_all[*]:-}"), median $(cell "$within")" \
    "rounds, s" "bare $(cell "$(printf '%s ' ${bare_all[@]+"${bare_all[@]}"} | awk '{ for (i = 1; i <= NF; i++) printf "%.1f ", $i / 1000 }')")| cold check $(cell "${cold_all[*]:-}") | cold package $(cell "${pkg_all[*]:-}") | catalog goal $(cell "${catalog_all[*]:-}")" \
    "check findings" "$(cell "$check_errors") error(s), $(cell "$check_warnings") warning(s) in $(cell "$check_files") figure files" \
    "mvn wall ms" "cold check $(cell "$cold_wall"), no change $(cell "$same_wall"), edited $(cell "$edit_wall"), fact edited $(cell "$fact_wall"), new times $(cell "$clone_wall"), cold package $(cell "$pkg_wall"), cached package $(cell "$pkgc_wall")" \
    "peak heap MiB (GC log)" "$(cell "$peak") (of -Xmx$XMX)" \
    "heap per record after GC" "$per_record_text"
RESULT="$CORPUS/bench-result.json"
cat >"$RESULT" <<EOF
{"records": $N, "g2Percent": $G2_SHARE, "xmx": "$XMX", "cores": $(nproc), "runs": "${RUNS:1:-1}",
 "bareComposeMs": $(json "$bare_ms"), "coldCheckMs": $(json "$cold_ms"), "noChangeCheckMs": $(json "$same_ms"),
 "editedCheckMs": $(json "$edit_ms"), "factEditedCheckMs": $(json "$fact_ms"), "newTimesCheckMs": $(json "$clone_ms"), "coldPackageMs": $(json "$pkg_ms"),
 "cachedPackageMs": $(json "$pkgc_ms"), "coldCatalogGoalMs": $(json "$catalog_ms"), "rounds": $ROUNDS,
 "ratios": {"coldCheckToBare": $(ratio "$cold_ms" "$bare_ms"), "coldPackageToColdCheck": $(ratio "$pkg_ms" "$cold_ms"),
            "coldPackageToItsOwnCheck": $(json "$within")},
 "wallMs": {"coldCheck": $(json "$cold_wall"), "noChangeCheck": $(json "$same_wall"), "editedCheck": $(json "$edit_wall"),
            "factEditedCheck": $(json "$fact_wall"),
            "newTimesCheck": $(json "$clone_wall"), "coldPackage": $(json "$pkg_wall"), "cachedPackage": $(json "$pkgc_wall")},
 "peakHeapMiB": $(json "$peak"), "heapPerRecordBytes": $(json "$per_record"),
 "findings": {"errors": $(json "$check_errors"), "warnings": $(json "$check_warnings")}}
EOF
printf '\n'
cat "$RESULT"
log "JSON: $RESULT"
