/// Which queueing model the staffing search uses for one interval and channel.
public enum QueueModel: Sendable, Equatable {
  /// Erlang C: contacts never abandon (M/M/n); needs load < agents to be stable.
  case erlangC
  /// Erlang A: exponential patience with mean `patienceSeconds` (M/M/n+M); stable at any load.
  case erlangA(patienceSeconds: Double)
}
