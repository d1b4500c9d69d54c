import ContactCenter

/// The `ccplan` root command: a group whose subcommands are listed here and nowhere else.
///
/// To add a command, write `Commands/<Name>Command.swift` with a `static let spec:
/// CommandSpec` and append that spec to `subcommands`, in the order `ccplan --help` lists
/// them. The built-in `help` subcommand is added by `CLI` and comes last.
enum RootCommand {
  /// The commands of `ccplan`, in the order help lists them.
  static let subcommands: [CommandSpec] = []

  /// The root of the command tree.
  static let spec = CommandSpec(
    name: "ccplan",
    abstract: "Contact-center simulation and staffing planner.",
    discussion: """
      Simulates multichannel demand against tiered agent pools and recommends the \
      headcount that meets response-time service levels at the lowest cost.
      """,
    version: CCPlanVersion.current,
    subcommands: subcommands)
}
