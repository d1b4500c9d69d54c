#!/usr/bin/env bash
# CI: the sweep's Slurm path on a real Slurm, not a mock. Installs Debian's Slurm and MUNGE,
# starts a one-node cluster on localhost (state, spool, logs and the MUNGE socket in a
# temporary directory; daemons in the foreground in the background, stopped by PID), submits
# the job array and dependent merge job that `ccplan sweep --slurm` writes, and checks that
# the merged results.csv equals a one-process run byte for byte. Needs root (apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
bin=.build/release/ccplan
[ -x "$bin" ] || swift build -c release
bin=$(realpath "$bin")

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "== installing slurmctld slurmd slurm-client munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq slurmctld slurmd slurm-client munge >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq slurmctld slurmd slurm-client munge >/dev/null; }
fi

work=$(mktemp -d /tmp/ccplan-slurm.XXXXXX)
# munged refuses a socket below a directory others cannot enter.
chmod 755 "$work"
mkdir -p "$work"/{munge,run,state,spool,log,out}
chmod 700 "$work/munge"
chmod 755 "$work/run"
pids=()
cleanup() {
  status=$?
  if [ "$status" != 0 ]; then
    echo "slurm-sweep failed; the last lines of the logs:"
    tail -n 15 "$work"/log/* "$work"/out/slurm-*.out 2>/dev/null || true
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

echo "== munged"
socket="$work/run/munge.socket"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$socket" \
  --pid-file="$work/run/munged.pid" --log-file="$work/log/munged.log" \
  --seed-file="$work/munge/seed" >"$work/log/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
munge --socket="$socket" -n | unmunge --socket="$socket" >/dev/null

echo "== slurmctld and slurmd"
node=$(slurmd -C | head -1)
name=$(sed 's/^NodeName=\([^ ]*\).*/\1/' <<<"$node")
port=$((20000 + RANDOM % 20000))
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=ccplan-ci
SlurmctldHost=$name(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=ci Nodes=$name Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -i >"$work/log/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N "$name" >"$work/log/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  sinfo -h -o %T 2>/dev/null | grep -Eq '^(idle|mixed|allocated)' && break
  sleep 0.2
done
sinfo

echo "== the sweep as a job array of 4 shards, then the merge job"
spec="$work/ci.sweep.json"
cat >"$spec" <<SPEC
{
  "base": "$PWD/scenarios/saas-helpdesk-tiers.json",
  "parameters": [
    { "path": "channels[voice].handleTime.mean", "values": ["5m", "6m", "7m"] },
    { "path": "pools[tier1].staffing", "scale": [0.95, 1.05] },
    { "path": "channels[chat].concurrency.max", "values": [2, 3] }
  ],
  "replications": 3,
  "seed": 7
}
SPEC
"$bin" sweep "$spec" --slurm 4 --jobs 1 --out "$work/out" >"$work/submit.sh"
cat "$work/submit.sh"
bash -euo pipefail "$work/submit.sh"
for _ in $(seq 600); do
  [ -z "$(squeue -h 2>/dev/null)" ] && break
  sleep 0.2
done
squeue -h | grep . && { echo "jobs still queued"; exit 1; }

echo "== the merged results.csv against a one-process run"
"$bin" sweep "$spec" --jobs 2 --quiet --out "$work/one"
cmp "$work/out/results.csv" "$work/one/results.csv"
ls "$work/out"
echo "Slurm job array: merged results.csv is byte-identical to one process ($(($(wc -l <"$work/one/results.csv") - 2)) points)"
