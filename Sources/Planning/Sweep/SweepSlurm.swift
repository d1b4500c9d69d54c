/// The Slurm batch scripts of a sharded sweep: a job array with one shard per task, and a
/// merge job to submit with `--dependency=afterok:<array job id>`.
public enum SweepSlurm {
  /// Returns `sweep.sbatch` and `merge.sbatch` for `shards` tasks of `cpusPerTask` CPUs,
  /// running `executable` on `spec` with shard outputs under `out/shard-<i>` and the
  /// merged results in `out`. Paths should be absolute (tasks start in any directory).
  public static func scripts(
    executable: String, spec: String, out: String, shards: Int, cpusPerTask: Int
  ) -> (array: String, merge: String) {
    let exe = quote(executable)
    let dir = quote(out)
    let array = """
      #!/bin/bash
      # ccplan sweep as a Slurm job array: task i runs shard i of \(shards).
      # Submit: jid=$(sbatch --parsable sweep.sbatch) && sbatch --dependency=afterok:$jid merge.sbatch
      #SBATCH --job-name=ccplan-sweep
      #SBATCH --array=0-\(shards - 1)
      #SBATCH --cpus-per-task=\(cpusPerTask)
      #SBATCH --output=\(out)/slurm-%A_%a.out
      set -euo pipefail
      # --resume: a requeued or re-submitted task continues from its finished points.
      exec \(exe) sweep \(quote(spec)) --shard "$SLURM_ARRAY_TASK_ID/\(shards)" \\
        --jobs "${SLURM_CPUS_PER_TASK:-\(cpusPerTask)}" \\
        --out \(dir)/shard-"$SLURM_ARRAY_TASK_ID" --resume --quiet

      """
    let shardList = (0..<shards).map { "\(dir)/shard-\($0)" }.joined(separator: " ")
    let merge = """
      #!/bin/bash
      # Merges the \(shards) shards of the ccplan sweep job array into one results.csv.
      #SBATCH --job-name=ccplan-merge
      #SBATCH --cpus-per-task=1
      #SBATCH --output=\(out)/slurm-merge-%j.out
      set -euo pipefail
      exec \(exe) merge \(shardList) --out \(dir)

      """
    return (array, merge)
  }

  /// Returns `text` quoted for a POSIX shell when it holds anything but safe characters.
  public static func quote(_ text: String) -> String {
    let safe = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:=@,".contains($0) }
    if safe, !text.isEmpty { return text }
    return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
