/// What one interval's staffing must achieve; every target given must be met, and an
/// absent target (nil) is not checked.
public struct StaffingTarget: Sendable, Equatable {
  /// A service-level goal: at least `fraction` of contacts answered within
  /// `thresholdSeconds`, counted under `definition` (80/20 is 0.8 within 20 s).
  public struct ServiceLevel: Sendable, Equatable {
    /// Returns the required fraction of contacts answered in time, in (0, 1].
    public var fraction: Double
    /// Returns the answer-time threshold, in seconds.
    public var thresholdSeconds: Double
    /// Returns which contacts the service level counts.
    public var definition: ServiceLevelDefinition

    /// Returns a service-level goal of `fraction` within `thresholdSeconds` seconds.
    public init(
      fraction: Double, thresholdSeconds: Double, definition: ServiceLevelDefinition = .offered
    ) {
      self.fraction = fraction
      self.thresholdSeconds = thresholdSeconds
      self.definition = definition
    }
  }

  /// Returns the service-level goal, if any.
  public var serviceLevel: ServiceLevel?
  /// Returns the largest acceptable average speed of answer, in seconds, if any.
  public var maxASASeconds: Double?
  /// Returns the largest acceptable abandonment rate, a fraction in [0, 1], if any.
  public var maxAbandonRate: Double?
  /// Returns the occupancy cap, a fraction in (0, 1], if any.
  public var maxOccupancy: Double?

  /// Returns a target made of the given goals (nil: not checked).
  public init(
    serviceLevel: ServiceLevel? = nil, maxASASeconds: Double? = nil,
    maxAbandonRate: Double? = nil, maxOccupancy: Double? = nil
  ) {
    self.serviceLevel = serviceLevel
    self.maxASASeconds = maxASASeconds
    self.maxAbandonRate = maxAbandonRate
    self.maxOccupancy = maxOccupancy
  }

  /// Returns normally when every goal is in range, else throws the first bad one.
  public func validate() throws(QueueingError) {
    if let serviceLevel {
      let fraction = serviceLevel.fraction
      guard fraction > 0, fraction <= 1 else { throw .invalidServiceLevelTarget(fraction) }
      try InputValidation.threshold(serviceLevel.thresholdSeconds)
    }
    if let maxASASeconds, !(maxASASeconds >= 0) { throw .invalidMaxASA(maxASASeconds) }
    if let maxAbandonRate, !(maxAbandonRate >= 0 && maxAbandonRate <= 1) {
      throw .invalidMaxAbandonRate(maxAbandonRate)
    }
    if let maxOccupancy, !(maxOccupancy > 0 && maxOccupancy <= 1) {
      throw .invalidMaxOccupancy(maxOccupancy)
    }
  }

  /// Whether `metrics` (computed with this target's threshold and definition) meets every
  /// goal; an unstable system (infinite ASA) never does.
  func isMet(by metrics: QueueMetrics) -> Bool {
    guard metrics.asaSeconds.isFinite else { return false }
    if let serviceLevel, metrics.serviceLevel < serviceLevel.fraction { return false }
    if let maxASASeconds, metrics.asaSeconds > maxASASeconds { return false }
    if let maxAbandonRate, metrics.abandonRate > maxAbandonRate { return false }
    if let maxOccupancy, metrics.occupancy > maxOccupancy { return false }
    return true
  }
}
