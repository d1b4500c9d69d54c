/// The version of ccplan, recorded in every output it writes.
public enum CCPlanVersion {
  /// The semantic version string, for example "0.1.0".
  public static let current = "0.1.0"
}
