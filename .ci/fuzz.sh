#!/usr/bin/env bash
# Fuzz the input readers with libFuzzer (swiftc -sanitize=fuzzer,address).
#
#   bash .ci/fuzz.sh TARGET SECONDS     # one target: json, scenario, forecast, staffing, sweep
#   bash .ci/fuzz.sh all SECONDS        # every target, SECONDS each
#
# The targets are Tests/Fuzz/Fuzz*.swift (plain files, outside every SwiftPM target, so
# `swift build` and `swift test` never compile them). The library modules they need are
# compiled here, instrumented, into .build/fuzz/ (rebuilt when a source is newer). The seed
# corpus is copied from scenarios/ into a temporary directory each run; inputs libFuzzer
# finds interesting stay there and are deleted afterwards. A crash, a sanitizer report or
# an input slower than 10 s or above 2 GB stops the run with exit 1 and leaves the input in
# .build/fuzz/artifacts/ (reproduce: .build/fuzz/fuzz-TARGET FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

target=${1:?usage: bash .ci/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: bash .ci/fuzz.sh TARGET|all SECONDS}
build=.build/fuzz
mkdir -p "$build/artifacts"
flags=(-sanitize=fuzzer,address -parse-as-library -O -enable-testing -I "$build")

# Modules in dependency order, each one object file and one .swiftmodule; a module is
# rebuilt when one of its sources or an earlier module is newer than its object.
built=()
build_module() {
  local module=$1 object="$build/$1.o" stale=0 earlier
  [ -f "$object" ] || stale=1
  [ $stale -eq 1 ] || [ -z "$(find "Sources/$module" -name '*.swift' -newer "$object")" ] || stale=1
  for earlier in "${built[@]}"; do [ "$build/$earlier.o" -nt "$object" ] && stale=1; done
  built+=("$module")
  [ $stale -eq 1 ] || return 0
  echo "fuzz: compiling $module" >&2
  find "Sources/$module" -name '*.swift' -print0 | sort -z | xargs -0 swiftc "${flags[@]}" \
    -wmo -c -module-name "$module" -emit-module -emit-module-path "$build/$module.swiftmodule" \
    -o "$object" 2>"$build/$module.log" || { cat "$build/$module.log" >&2; exit 1; }
}

source_of() {
  case $1 in
    json) echo Tests/Fuzz/FuzzJSONReader.swift ;;
    scenario) echo Tests/Fuzz/FuzzScenario.swift ;;
    forecast) echo Tests/Fuzz/FuzzForecastCSV.swift ;;
    staffing) echo Tests/Fuzz/FuzzStaffingCSV.swift ;;
    sweep) echo Tests/Fuzz/FuzzSweepSpec.swift ;;
    *) echo "unknown fuzz target '$1' (json, scenario, forecast, staffing, sweep or all)" >&2; exit 2 ;;
  esac
}

# Seeds: the example files each reader takes, and a few hand-written ones.
seed() {
  local name=$1 corpus=$2
  case $name in
    json | scenario) cp scenarios/*.json "$corpus/" ;;
    sweep) cp scenarios/*.sweep.json "$corpus/" ;;
    forecast)
      cp scenarios/*.csv "$corpus/"
      printf 'interval_start,voice,email\n00:00,1,2\n00:15,3.5,0\r\n' >"$corpus/small.csv"
      ;;
    staffing)
      {
        echo "# ccplan staff; scenario fuzz"
        echo "interval_start,pool,net_agents,scheduled_headcount"
        for d in 1 2; do for h in 08 09 10 11; do for p in t1 t2; do
          echo "d$d $h:00,$p,3,4"
        done; done; done
      } >"$corpus/staffing.csv"
      ;;
  esac
}

run_target() {
  local name=$1 source binary corpus status=0
  source=$(source_of "$name")
  binary="$build/fuzz-$name"
  if [ ! -f "$binary" ] || [ "$source" -nt "$binary" ] || [ -n "$(find "$build" -name '*.o' -newer "$binary")" ]; then
    echo "fuzz: linking $binary" >&2
    swiftc "${flags[@]}" "$source" "$build"/{Queueing,ContactCenter,Simulation,Optimization,Planning}.o \
      -o "$binary" 2>"$build/link-$name.log" || { grep -v 'Cannot export' "$build/link-$name.log" >&2; exit 1; }
  fi
  corpus=$(mktemp -d)
  seed "$name" "$corpus"
  echo "fuzz: $name for ${seconds}s ($(ls "$corpus" | wc -l) seeds)" >&2
  # Leak detection is off: Foundation's FileManager.contents(atPath:) leaks 4 KB reading an
  # empty file (FoundationEssentials.readBytesFromFile), which is not ccplan's to fix.
  ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -detect_leaks=0 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" \
    2>"$build/$name.log" || status=$?
  grep -E '^stat::number_of_executed_units|^Done|SUMMARY|ERROR' "$build/$name.log" >&2 || true
  rm -rf "$corpus" "${TMPDIR:-/tmp}"/ccplan-fuzz-forecast-*
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $name failed (exit $status); see $build/$name.log and $build/artifacts/" >&2
    exit 1
  fi
}

for module in Queueing ContactCenter Simulation Optimization Planning; do build_module "$module"; done
if [ "$target" = all ]; then
  for name in json scenario forecast staffing sweep; do run_target "$name"; done
else
  run_target "$target"
fi
