// Guards shared by every public entry point: typed errors before any arithmetic.

/// Input checks that throw `QueueingError`; each returns nothing and throws on bad input.
enum InputValidation {
  static func offeredLoad(_ value: Double) throws(QueueingError) {
    guard value.isFinite, value >= 0 else { throw .invalidOfferedLoad(value) }
  }

  static func arrivalRate(_ value: Double) throws(QueueingError) {
    guard value.isFinite, value >= 0 else { throw .invalidArrivalRate(value) }
  }

  static func agents(_ value: Int, minimum: Int) throws(QueueingError) {
    guard value >= minimum else { throw .invalidAgents(value, minimum: minimum) }
  }

  static func handleTime(_ value: Double) throws(QueueingError) {
    guard value.isFinite, value > 0 else { throw .invalidHandleTime(value) }
  }

  static func patience(_ value: Double) throws(QueueingError) {
    guard value.isFinite, value >= 0 else { throw .invalidPatience(value) }
  }

  static func threshold(_ value: Double) throws(QueueingError) {
    guard value.isFinite, value >= 0 else { throw .invalidThreshold(value) }
  }
}
