/// Colours that people with the common forms of colour-blindness can tell apart.
public enum Palette {
  /// Okabe & Ito (2008), "Color Universal Design": the seven colours after black, in an
  /// order where neighbours contrast: blue, orange, bluish green, vermillion, reddish
  /// purple, sky blue, yellow.
  public static let okabeIto = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
  ]

  /// Returns the series colour at `index`, cycling through the Okabe–Ito palette.
  public static func colour(_ index: Int) -> String {
    okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
  }

  /// The colour of a target line and of marks that miss a target (Okabe–Ito vermillion is
  /// a series colour, so targets use black and misses a dark red outline).
  public static let target = "#000000"
  /// The fill of intervals that miss a target.
  public static let miss = "#D55E00"
  /// Grey for axes, grid lines and cells without a value.
  public static let grid = "#D9D9D9"

  /// The stops of the sequential heat-map scale, light to dark (cividis-like: blue to
  /// yellow, readable in every colour-vision type and in greyscale).
  static let sequential: [(Double, Double, Double)] = [
    (0, 32, 77), (49, 68, 107), (102, 105, 112), (149, 143, 120), (203, 186, 105),
    (255, 234, 70),
  ]

  /// Returns the heat-map colour of `t` in 0…1 (clamped) as "#rrggbb".
  public static func sequentialColour(_ t: Double) -> String {
    let x = t.isFinite ? min(1, max(0, t)) : 0
    let position = x * Double(sequential.count - 1)
    let index = min(sequential.count - 2, Int(position))
    let f = position - Double(index)
    let a = sequential[index]
    let b = sequential[index + 1]
    func channel(_ u: Double, _ v: Double) -> Int { Int((u + (v - u) * f).rounded()) }
    let rgb = [channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2)]
    return "#" + rgb.map { hex2($0) }.joined()
  }

  /// Returns a byte as two lowercase hex digits.
  static func hex2(_ value: Int) -> String {
    let digits = Array("0123456789abcdef")
    let v = min(255, max(0, value))
    return String([digits[v / 16], digits[v % 16]])
  }
}
