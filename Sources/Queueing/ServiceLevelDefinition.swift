/// Which contacts the service level counts, for a threshold T (DESIGN.md, Staffing).
///
/// - `offered`: answered within T ÷ offered. Abandons, short or long, count against.
/// - `answered`: answered within T ÷ answered. Abandons are left out entirely.
/// - `excludeShortAbandons`: answered within T ÷ (offered − abandoned before T). Contacts
///   that give up before T are left out; those that give up later count against.
///
/// Without abandonment (Erlang C) the three coincide.
public enum ServiceLevelDefinition: String, CaseIterable, Sendable {
  /// Answered within the threshold ÷ offered contacts (a fraction).
  case offered
  /// Answered within the threshold ÷ answered contacts (a fraction).
  case answered
  /// Answered within the threshold ÷ (offered − abandoned before the threshold) (a fraction).
  case excludeShortAbandons
}
