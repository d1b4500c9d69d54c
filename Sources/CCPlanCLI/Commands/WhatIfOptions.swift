/// The what-if options `staff` and `simulate` share: demand and handle-time factors and the
/// day factor's uncertainty.
enum WhatIfOptions {
  /// `--volume-factor x`, `--aht-factor x` (each defaulting to 1) and `--forecast-cv x`.
  static let specs = [
    OptionSpec(
      "volume-factor", valueName: "x", help: "Multiply every channel's demand by x.",
      defaultValue: "1"),
    OptionSpec(
      "aht-factor", valueName: "x", help: "Multiply every channel's handle time by x.",
      defaultValue: "1"),
    OptionSpec(
      "forecast-cv", valueName: "x",
      help: "Day-to-day forecast error: the cv of the gamma day factor, such as 0.1 or 10% "
        + "(default: the scenario's demandUncertainty.dayFactorCV)."),
  ]

  /// `--confidence q` (staff only): plan for the q-quantile day of the day factor.
  static let confidence = OptionSpec(
    "confidence", valueName: "share",
    help: "Meet the targets on this share of days under the day factor's uncertainty (plan "
      + "for its quantile day), such as 90%. Default: the forecast as written.")

  /// Returns the `--forecast-cv` value as a fraction in [0, 1], or nil when not given.
  static func forecastCV(_ invocation: ParsedInvocation) throws(UsageError) -> Double? {
    try invocation.share("--forecast-cv", in: 0...1)
  }
}
