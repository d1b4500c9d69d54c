/// Owns the raw memory of one simulation run and frees it when the run is over.
///
/// The hot loop keeps its state in `RawArray`s carved from an arena instead of
/// `ContiguousArray`s: an array stored in a struct pays a copy-on-write uniqueness test on
/// every element write (measured at about 9 % of all instructions of the M/M/c run), and an
/// enum element with a payload is copied out on every read. Internal to the simulator: an
/// arena and its arrays belong to one run on one thread, so neither is `Sendable`.
final class RawArena {
  private var blocks: [UnsafeMutableRawPointer: () -> Void] = [:]

  /// Creates an empty arena.
  init() {}

  deinit {
    for release in blocks.values { release() }
  }

  /// The alignment of every array, in bytes: one cache line, so a 64-byte record
  /// (`ContactRecord`) never straddles two.
  static let alignment = 64

  /// Returns a new array of `count` copies of `value`, owned by this arena.
  func array<Element>(repeating value: Element, count: Int) -> RawArray<Element> {
    let capacity = max(count, 1)
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: capacity * MemoryLayout<Element>.stride,
      alignment: max(Self.alignment, MemoryLayout<Element>.alignment))
    let base = raw.bindMemory(to: Element.self, capacity: capacity)
    base.initialize(repeating: value, count: capacity)
    blocks[raw] = {
      base.deinitialize(count: capacity)
      raw.deallocate()
    }
    return RawArray(base: base, count: count)
  }

  /// Returns a new array of `count` elements left uninitialised, owned by this arena: its
  /// pages are touched (and count in resident memory) only as elements are written. The
  /// caller writes an element before reading it.
  func uninitializedArray<Element: BitwiseCopyable>(count: Int) -> RawArray<Element> {
    let capacity = max(count, 1)
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: capacity * MemoryLayout<Element>.stride,
      alignment: max(Self.alignment, MemoryLayout<Element>.alignment))
    blocks[raw] = { raw.deallocate() }
    return RawArray(base: raw.bindMemory(to: Element.self, capacity: capacity), count: count)
  }

  /// Returns an uninitialised array of `count` elements whose first `used` hold `old`'s
  /// first `used`; the old storage is freed.
  func grow<Element: BitwiseCopyable>(_ old: RawArray<Element>, to count: Int, keeping used: Int)
    -> RawArray<Element>
  {
    let bigger: RawArray<Element> = uninitializedArray(count: count)
    bigger.base.update(from: old.base, count: used)
    blocks.removeValue(forKey: UnsafeMutableRawPointer(old.base))?()
    return bigger
  }

  /// Returns a new array holding `values`, owned by this arena.
  func array<Element>(_ values: some Collection<Element>, padding: Element) -> RawArray<
    Element
  > {
    let copy = array(repeating: padding, count: values.count)
    for (i, value) in values.enumerated() { copy[i] = value }
    return copy
  }

  /// Returns a copy of `old` with room for `count` elements (the new ones set to `value`);
  /// the old storage is freed.
  func grow<Element>(_ old: RawArray<Element>, to count: Int, filling value: Element)
    -> RawArray<Element>
  {
    let bigger = array(repeating: value, count: count)
    bigger.base.update(from: old.base, count: old.count)
    blocks.removeValue(forKey: UnsafeMutableRawPointer(old.base))?()
    return bigger
  }
}

/// A fixed-size view of trivial values owned by a `RawArena`: reads borrow in place and
/// writes need no uniqueness test. Valid while its arena lives; copies share the storage.
/// Elements with references (such as samplers) are released by the arena.
struct RawArray<Element> {
  /// The first element.
  let base: UnsafeMutablePointer<Element>
  /// The number of elements.
  let count: Int

  /// Accesses element `i` in place.
  @inline(__always)
  subscript(i: Int) -> Element {
    unsafeAddress {
      #if CCPLAN_INTERNAL_CHECKS
        precondition(i >= 0 && i < count, "raw array index \(i) out of range 0..<\(count)")
      #endif
      return UnsafePointer(base + i)
    }
    nonmutating unsafeMutableAddress {
      #if CCPLAN_INTERNAL_CHECKS
        precondition(i >= 0 && i < count, "raw array index \(i) out of range 0..<\(count)")
      #endif
      return base + i
    }
  }

  /// Returns the elements as a Swift array.
  func toArray() -> [Element] {
    Array(UnsafeBufferPointer(start: base, count: count))
  }
}
