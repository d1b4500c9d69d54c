import ContactCenter
import Foundation
import Planning
import Simulation
import Synchronization

extension SweepCommand {
  /// Writes the Slurm scripts and prints how to submit them.
  static func writeSlurm(
    _ plan: SweepPlan, file: String, directory: SweepDirectory, shards: Int, cpus: Int,
    io: any CommandIO
  ) throws -> Int32 {
    try plan.check()
    let output = try ResultSet(directory.url, owns: ["sweep.sbatch", "merge.sbatch"])
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "ccplan")
      .standardizedFileURL.path
    let out = directory.url.standardizedFileURL.path
    let scripts = SweepSlurm.scripts(
      executable: executable, spec: URL(fileURLWithPath: file).standardizedFileURL.path,
      out: out, shards: shards, cpusPerTask: cpus)
    try output.commit(
      [("sweep.sbatch", scripts.array), ("merge.sbatch", scripts.merge)], io: io)
    let array = SweepSlurm.quote(directory.url.appendingPathComponent("sweep.sbatch").relativePath)
    let merge = SweepSlurm.quote(directory.url.appendingPathComponent("merge.sbatch").relativePath)
    io.writeOutput(
      """
      jid=$(sbatch --parsable \(array))
      sbatch --dependency=afterok:$jid \(merge)

      """)
    return 0
  }
}
