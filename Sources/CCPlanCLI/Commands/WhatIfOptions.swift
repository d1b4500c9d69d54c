/// The what-if options `staff` and `simulate` share: demand and handle-time factors.
enum WhatIfOptions {
  /// `--volume-factor x` and `--aht-factor x`, each defaulting to 1.
  static let specs = [
    OptionSpec(
      "volume-factor", valueName: "x", help: "Multiply every channel's demand by x.",
      defaultValue: "1"),
    OptionSpec(
      "aht-factor", valueName: "x", help: "Multiply every channel's handle time by x.",
      defaultValue: "1"),
  ]
}
