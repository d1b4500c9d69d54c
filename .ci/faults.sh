#!/usr/bin/env bash
# Fault harness: kills ccplan with -9 / -INT / -TERM at random moments while it writes results,
# fills and write-protects a small tmpfs under it, and runs writers concurrently into one
# directory. After every fault the output directory must hold the old complete set or the new
# complete set (byte for byte against reference runs: same seed, same bytes), the user's own
# files in it must survive, and no temporary may be left (for -9: after the next run).
#
#   bash .ci/faults.sh            # CI: 40 kills (FAULT_KILLS=200 for a longer record)
#   FAULT_SEED=7 bash .ci/faults.sh
#   CCPLAN_BINARY=/path/to/ccplan bash .ci/faults.sh   # another build (main fails)
# Prints one line per fault class with its counts; exits 1 on the first violated check.
set -euo pipefail
# Job control: background runs get their own process group and keep SIGINT (a script's
# background jobs otherwise start with SIGINT ignored, which ccplan respects).
set -m
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
bin=${CCPLAN_BINARY:-.build/release/ccplan}
[ -x "$bin" ] || swift build -c release
bin=$(realpath "$bin")
kills=${FAULT_KILLS:-40}
RANDOM=${FAULT_SEED:-16}
work=$(mktemp -d /tmp/ccplan-faults.XXXXXX)
mounted=""
cleanup() {
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "faults: FAIL: $*" >&2; exit 1; }

sim_files="summary.json intervals.csv pool-intervals.csv replications.csv"
staff_files="requirements.csv staffing.csv summary.json"
compare_files="compare.csv compare.json"
scenario=scenarios/bank-24x7.json
pair="scenarios/saas-helpdesk-tiers.json scenarios/saas-helpdesk-more-tier1.json"

# The command line of run $2 ("old" or "new") of command $1, writing to $3.
command_for() {
  local seed=11 volume=1
  [ "$2" = new ] && seed=12 && volume=1.1
  case "$1" in
    simulate) echo "$bin simulate $scenario --replications 6 --threads 2 --seed $seed --out $3" ;;
    staff) echo "$bin staff $scenario --volume-factor $volume --out $3" ;;
    compare) echo "$bin compare $pair --method simulation --replications 4 --seed $seed --out $3" ;;
  esac
}
files_for() {
  case "$1" in simulate) echo "$sim_files" ;; staff) echo "$staff_files" ;; compare) echo "$compare_files" ;; esac
}

# Prints old, new or mixed: which reference set directory $2 holds for command $1.
which_set() {
  local state="" f
  for f in $(files_for "$1"); do
    if cmp -s "$2/$f" "$work/ref-$1-old/$f"; then state="$state old"
    elif cmp -s "$2/$f" "$work/ref-$1-new/$f"; then state="$state new"
    else state="$state bad:$f"; fi
  done
  case "$state" in
    *bad*) echo "mixed($state)" ;;
    *old*new* | *new*old*) echo "mixed($state)" ;;
    *old*) echo old ;;
    *) echo new ;;
  esac
}

# Fails when a temporary of directory $1 is left beside it or inside it.
no_temporaries() {
  local dir=$1 base parent
  base=$(basename "$dir"); parent=$(dirname "$dir")
  if ls -A "$parent" | grep -E "^\.$base\.(tmp|old)-[0-9]+$" >/dev/null; then
    fail "$2: a temporary directory is left beside $dir: $(ls -A "$parent" | tr '\n' ' ')"
  fi
  if ls -A "$dir" 2>/dev/null | grep -E '^\..*\.tmp$' >/dev/null; then
    fail "$2: a temporary file is left in $dir: $(ls -A "$dir" | tr '\n' ' ')"
  fi
}

# A fresh output directory holding the old set of command $1 and the user's own files.
reset_dir() {
  rm -rf "$2"
  cp -a "$work/ref-$1-old" "$2"
  echo "my notes" >"$2/notes.txt"
  mkdir -p "$2/mine" && echo "keep" >"$2/mine/kept.txt"
}
user_files_kept() {
  [ "$(cat "$2/notes.txt" 2>/dev/null)" = "my notes" ] || fail "$1: notes.txt lost in $2"
  [ "$(cat "$2/mine/kept.txt" 2>/dev/null)" = "keep" ] || fail "$1: mine/kept.txt lost in $2"
}

echo "== faults: reference runs"
declare -A duration
for c in simulate staff compare; do
  for run in old new; do
    start=$(date +%s%N)
    $(command_for $c $run "$work/ref-$c-$run") >/dev/null 2>&1 || fail "reference $c $run"
    duration[$c]=$(( ($(date +%s%N) - start) / 1000000 ))
  done
  [ "$(which_set $c "$work/ref-$c-old")" = old ] || fail "reference $c: old = new?"
  # Same seed, same bytes: a second old run must equal the first.
  $(command_for $c old "$work/again-$c") >/dev/null 2>&1
  for f in $(files_for $c); do
    cmp -s "$work/again-$c/$f" "$work/ref-$c-old/$f" || fail "$c: $f differs between runs"
  done
  echo "   $c: ${duration[$c]} ms a run"
done
# A small sweep (8 points × 4 replications), so kills land throughout it and in its end.
cp scenarios/saas-helpdesk-tiers.json scenarios/helpdesk-forecast.csv "$work/"
cat >"$work/small.sweep.json" <<'SPEC'
{
  "description": "The fault harness's sweep: small, so that a run takes about a second.",
  "base": "saas-helpdesk-tiers.json",
  "parameters": [
    { "path": "channels[voice].handleTime.mean", "values": ["5m", "6m"] },
    { "path": "pools[tier1].staffing", "scale": [0.95, 1.0, 1.05, 1.1] }
  ],
  "design": "grid", "method": "simulation", "replications": 4, "seed": 1,
  "streams": "common", "metrics": ["voice_service_level", "total_cost_eur"]
}
SPEC
sweep_cmd="$bin sweep $work/small.sweep.json --jobs 2 --quiet --out"
start=$(date +%s%N)
$sweep_cmd "$work/ref-sweep" >/dev/null 2>&1 || fail "reference sweep"
duration[sweep]=$(( ($(date +%s%N) - start) / 1000000 ))
echo "   sweep: ${duration[sweep]} ms a run"

echo "== faults: $kills kills at random moments (simulate, staff, compare, sweep)"
declare -A outcome
max_latency=0
left=0
signals=(KILL INT TERM)
commands=(simulate simulate simulate staff compare compare sweep sweep)
for i in $(seq 1 "$kills"); do
  c=${commands[$((RANDOM % ${#commands[@]}))]}
  sig=${signals[$((RANDOM % 3))]}
  if [ "$c" = sweep ]; then
    dir="$work/sweep-$i"
    cmdline="$sweep_cmd $dir"
  else
    dir="$work/out-$c"
    reset_dir $c "$dir"
    cmdline=$(command_for $c new "$dir")
  fi
  # Half the kills at a moment uniform over the run, half in its last fifth and a little
  # beyond, where the files are written and swapped in (a kill after the end is a no-op).
  if [ $((RANDOM % 2)) = 0 ]; then
    delay_ms=$(( RANDOM % (duration[$c] + 1) ))
  else
    delay_ms=$(( duration[$c] * 8 / 10 + RANDOM % (duration[$c] * 4 / 10 + 1) ))
  fi
  $cmdline >/dev/null 2>"$work/stderr" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  sent=$(date +%s%N)
  kill -s "$sig" "$pid" 2>/dev/null || true
  status=0; { wait "$pid"; } 2>/dev/null || status=$?
  latency=$(( ($(date +%s%N) - sent) / 1000000 ))
  case "$sig:$status" in
    INT:130 | TERM:143 | KILL:137) how=killed ;;
    *:0) how=finished ;;
    *) fail "$c killed by $sig exited $status: $(cat "$work/stderr")" ;;
  esac
  if [ "$sig" != KILL ] && [ "$how" = killed ]; then
    [ "$latency" -gt "$max_latency" ] && max_latency=$latency
    [ "$latency" -lt 1000 ] || fail "$c took $latency ms to stop after SIG$sig"
  fi
  if [ "$c" = sweep ]; then
    # A sweep keeps its finished points: whole lines of the reference, then --resume ends
    # with the reference's results.csv.
    if [ -f "$dir/points.jsonl" ] && [ "$sig" != KILL ]; then
      n=$(wc -l <"$dir/points.jsonl")
      head -n "$n" "$work/ref-sweep/points.jsonl" | cmp -s - "$dir/points.jsonl" \
        || fail "sweep: points.jsonl is not whole lines of the reference after SIG$sig"
    fi
    [ "$sig" = KILL ] || no_temporaries "$dir" "sweep after SIG$sig"
    if [ -f "$dir/manifest.json" ]; then resume=--resume; else resume=; fi
    $cmdline $resume >/dev/null 2>"$work/stderr" \
      || fail "sweep: the run after SIG$sig failed: $(cat "$work/stderr")"
    cmp -s "$dir/results.csv" "$work/ref-sweep/results.csv" || fail "sweep: resumed results differ"
    no_temporaries "$dir" "sweep after resume"
    rm -rf "$dir"
    state=resumed
  else
    state=$(which_set $c "$dir")
    case "$state" in old | new) ;; *) fail "$c after SIG$sig at $delay_ms ms: $state" ;; esac
    user_files_kept "$c after SIG$sig" "$dir"
    if [ "$sig" = KILL ]; then
      if ls -A "$work" | grep -E "^\.out-$c\.(tmp|old)-[0-9]+$" >/dev/null; then
        left=$((left + 1))
      fi
      $cmdline >/dev/null 2>&1 || fail "$c: the run after kill -9 failed"
      [ "$(which_set $c "$dir")" = new ] || fail "$c: the run after kill -9 did not write the new set"
    fi
    no_temporaries "$dir" "$c after SIG$sig"
  fi
  key="$c SIG$sig $how→$state"
  outcome[$key]=$(( ${outcome[$key]:-0} + 1 ))
done
for key in "${!outcome[@]}"; do echo "   ${outcome[$key]} × $key"; done | sort -k2
echo "   slowest exit after SIGINT/SIGTERM: $max_latency ms; kill -9 left a temporary" \
  "directory $left times, each removed by the next run"

echo "== faults: concurrent runs into one directory"
dir="$work/concurrent"
for round in 1 2 3; do
  reset_dir simulate "$dir"
  pids=()
  for k in 1 2 3; do
    $(command_for simulate new "$dir") >/dev/null 2>"$work/concurrent-$k.err" &
    pids+=($!)
  done
  ok=0
  for k in 1 2 3; do
    if wait "${pids[$((k - 1))]}"; then ok=$((ok + 1))
    else grep -q "another ccplan run" "$work/concurrent-$k.err" \
      || fail "concurrent: a run failed without the lock message: $(cat "$work/concurrent-$k.err")"
    fi
  done
  [ "$ok" -ge 1 ] || fail "concurrent: no run succeeded"
  [ "$(which_set simulate "$dir")" = new ] || fail "concurrent: $(which_set simulate "$dir")"
  user_files_kept concurrent "$dir"
  no_temporaries "$dir" concurrent
  echo "   round $round: 3 runs, $ok wrote, $((3 - ok)) refused by the lock; one whole set"
done

dir="$work/concurrent-sweep"
$sweep_cmd "$dir" >/dev/null 2>"$work/sweep-1.err" &
first=$!
# Start the second sweep only once the first holds its lock (on a busy machine 0.2 s may
# pass before it does), and judge it only if the first was still running when it ended.
lockfile="$(dirname "$dir")/.$(basename "$dir").lock"
for _ in $(seq 500); do
  { [ -e "$lockfile" ] && ! flock -n "$lockfile" true; } && break
  kill -0 "$first" 2>/dev/null || break
  sleep 0.01
done
if $sweep_cmd "$dir" --resume >/dev/null 2>"$work/sweep-2.err"; then
  if kill -0 "$first" 2>/dev/null; then
    fail "concurrent sweep: a second sweep into a directory in use was not refused"
  fi
  echo "   concurrent sweep: the first sweep ended before the second started; lock not exercised"
else
  grep -q "another ccplan run" "$work/sweep-2.err" || fail "concurrent sweep: $(cat "$work/sweep-2.err")"
fi
wait "$first" || fail "concurrent sweep: the first sweep failed: $(cat "$work/sweep-1.err")"
cmp -s "$dir/results.csv" "$work/ref-sweep/results.csv" || fail "concurrent sweep: results differ"
echo "   sweep: a second sweep (--resume) into a directory in use is refused; the first is whole"

if [ "$(id -u)" != 0 ]; then
  echo "== faults: full and read-only disks skipped (needs root for mount -t tmpfs)"
  echo "faults passed"
  exit 0
fi
echo "== faults: full disk and read-only disk (tmpfs)"
disk="$work/disk"
mkdir -p "$disk"
mount -t tmpfs -o size=2m tmpfs "$disk"
mounted=$disk
dir="$disk/out"
$(command_for simulate old "$dir") >/dev/null 2>&1 || fail "full disk: the first run failed"
used=$(du -sk "$dir" | cut -f1)
full=0
for spare in 0 4 16 64 $((used / 2)) $((used - 8)); do
  rm -f "$disk/filler"
  avail=$(df -k --output=avail "$disk" | tail -1)
  fill=$((avail - spare))
  [ "$fill" -gt 0 ] && { dd if=/dev/zero of="$disk/filler" bs=1k count="$fill" status=none 2>/dev/null || true; }
  if $(command_for simulate new "$dir") >/dev/null 2>"$work/full.err"; then
    fail "full disk: the run succeeded with $spare KB free"
  fi
  grep -q "No space left on device" "$work/full.err" || fail "full disk: $(cat "$work/full.err")"
  grep -q "previous files are unchanged" "$work/full.err" || fail "full disk: $(cat "$work/full.err")"
  [ "$(which_set simulate "$dir")" = old ] || fail "full disk: $(which_set simulate "$dir")"
  no_temporaries "$dir" "full disk"
  full=$((full + 1))
done
rm -f "$disk/filler"
$(command_for simulate new "$dir") >/dev/null 2>&1 || fail "full disk: the run after freeing space"
[ "$(which_set simulate "$dir")" = new ] || fail "full disk: not the new set after freeing space"
echo "   $full runs on a full disk (0 KB to $((used - 8)) KB free): each failed, old set kept"
mount -o remount,ro "$disk"
if $(command_for simulate old "$dir") >/dev/null 2>"$work/ro.err"; then
  fail "read-only disk: the run succeeded"
fi
grep -q "$dir" "$work/ro.err" || fail "read-only disk: the message does not name the directory"
[ "$(which_set simulate "$dir")" = new ] || fail "read-only: the set changed"
echo "   read-only disk: refused before simulating: $(head -1 "$work/ro.err")"
umount "$disk"
mounted=""
echo "faults passed"
