import Foundation
import Testing

@testable import Reports

@Suite("charts: ticks, scales, escaping, SVG")
struct ChartTests {
  /// Whether `step` is 1, 2 or 5 × 10ᵏ.
  static func isNiceStep(_ step: Double) -> Bool {
    let mantissa = step / pow(10, log10(step).rounded(.down))
    return [1.0, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 }
  }

  @Test("Heckbert ticks, hand-solved: 0…1000 by 200, −37…12 by 10, 0…0.001 by 0.0002")
  func handSolvedTicks() {
    // range = nice(1000) = 1000; step = nice(1000/4 = 250, rounded) = 2 × 10² = 200.
    let a = NiceTicks(minimum: 0, maximum: 1000, count: 5)
    #expect(a.values == [0, 200, 400, 600, 800, 1000])
    #expect(a.labels == ["0", "200", "400", "600", "800", "1\u{2009}000"])
    // range = nice(49) = 50; step = nice(12.5, rounded) = 10; ⌊−3.7⌋·10 = −40, ⌈1.2⌉·10 = 20.
    let b = NiceTicks(minimum: -37, maximum: 12, count: 5)
    #expect(b.lower == -40 && b.upper == 20 && b.step == 10)
    #expect(b.labels == ["−40", "−30", "−20", "−10", "0", "10", "20"])
    // range = nice(0.001) = 0.001; step = nice(0.00025, rounded) = 0.0002.
    let c = NiceTicks(minimum: 0, maximum: 0.001, count: 5)
    #expect(abs(c.step - 0.0002) < 1e-15)
    #expect(c.labels == ["0.0000", "0.0002", "0.0004", "0.0006", "0.0008", "0.0010"])
  }

  @Test("ticks from 1e-3 to 1e6: nice steps, enclosing the data, 3 to 11 of them, evenly spaced")
  func ticksAcrossSpans() {
    for exponent in -3...6 {
      for (low, span) in [(0.0, 1.0), (-0.3, 0.7), (0.05, 2.9)] {
        let scale = pow(10, Double(exponent))
        let minimum = low * scale
        let maximum = minimum + span * scale
        let ticks = NiceTicks(minimum: minimum, maximum: maximum, count: 6)
        #expect(Self.isNiceStep(ticks.step), "step \(ticks.step) for \(minimum)…\(maximum)")
        #expect(ticks.lower <= minimum + 1e-12 * scale && ticks.upper >= maximum - 1e-12 * scale)
        #expect((3...11).contains(ticks.values.count), "\(ticks.values)")
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
          #expect(abs((b - a) - ticks.step) < 1e-9 * ticks.step)
        }
        #expect(Set(ticks.labels).count == ticks.labels.count, "labels \(ticks.labels)")
      }
    }
  }

  @Test("a single value, all-equal values and no finite value still give an axis")
  func degenerateTicks() {
    let one = NiceTicks(minimum: 5, maximum: 5)
    #expect(one.lower < 5 && one.upper > 5 && one.values.count >= 3)
    let zeros = NiceTicks(minimum: 0, maximum: 0)
    #expect(zeros.lower == -1 && zeros.upper == 1)
    let negative = NiceTicks(minimum: -250, maximum: -250)
    #expect(negative.lower < -250 && negative.upper > -250)
    let none = NiceTicks(minimum: .nan, maximum: .infinity)
    #expect(none.lower == 0 && none.upper == 1)
    #expect(!(none.labels + one.labels).joined().lowercased().contains("nan"))
  }

  @Test("scales map the domain's ends to the pixel range's ends, ascending or descending")
  func scales() {
    let x = LinearScale(domain: (-40, 20), range: (64, 944))
    #expect(x.map(-40) == 64 && x.map(20) == 944 && x.map(-10) == 504)
    let y = LinearScale(domain: (0, 100), range: (280, 40))
    #expect(y.map(0) == 280 && y.map(100) == 40 && y.map(50) == 160)
    #expect(y.clampedMap(130) == 40 && y.clampedMap(-5) == 280)
    #expect(LinearScale(domain: (3, 3), range: (0, 10)).map(3) == 5)
  }

  @Test("text is escaped: <&\">' become entities and a parser reads them back")
  func escaping() {
    #expect(SVGText.escape("<&\">'") == "&lt;&amp;&quot;&gt;&#39;")
    let name = "tier <1> & \"VIP\" 'chat'"
    var chart = XYChart(
      title: name, xAxis: .intervals(labels: ["08:00", "08:15"], perDay: nil, label: name),
      yLabel: name)
    chart.series = [.init(name, kind: .line, values: [1, 2], colour: Palette.colour(0))]
    chart.targets = [.init(name, value: 1.5)]
    let svg = chart.svg()
    let check = SVGCheck(svg)
    #expect(check.isWellFormed, "\(String(describing: check.error))")
    #expect(check.titles.first == name)
    #expect(check.titles.contains(name))
    #expect(!svg.contains(name))
  }

  @Test("NaN, infinity, an empty series and one point render with no NaN or inf in the SVG")
  func missingValues() {
    var chart = XYChart(
      title: "gaps", xAxis: .intervals(labels: (0..<6).map { "0\($0):00" }, perDay: 3, label: "t"),
      yLabel: "y")
    chart.series = [
      .init("gappy", kind: .line, values: [1, .nan, .infinity, nil, 3, 4], colour: "#000000"),
      .init("empty", kind: .step, values: [], colour: "#111111"),
      .init("one", kind: .line, values: [nil, nil, 7], colour: "#222222"),
      .init(
        "stack", kind: .stackedArea, values: [1, .nan, 2, 2, -.infinity, 1], colour: "#333333"),
      .init(
        "dots", kind: .points, values: [2, .nan, 3], errors: [.nan, 1, .infinity], colour: "#444444"
      ),
    ]
    chart.bands = [
      .init("band", lower: [0, .nan, 1], upper: [2, 3, .infinity], colour: "#555555")
    ]
    chart.targets = [.init("bad", value: .nan)]
    chart.markers = [.init("bad", x: .infinity)]
    let svg = chart.svg()
    #expect(SVGCheck(svg).isWellFormed)
    #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
    // The gappy line breaks into a run of one (a dot) and a run of two (a polyline).
    let gappy = svg.components(separatedBy: "<title>gappy</title>")[1]
      .components(separatedBy: "</g>")[0]
    #expect(gappy.components(separatedBy: "<polyline").count - 1 == 1)
    #expect(gappy.components(separatedBy: "<circle").count - 1 == 1)
    #expect(svg.contains("no value"))
    let empty = XYChart(title: "nothing", xAxis: .linear(label: "x (s)"), yLabel: "y (s)").svg()
    #expect(SVGCheck(empty).isWellFormed && !empty.lowercased().contains("nan"))
    var map = HeatMap(
      title: "h", rows: ["a"], columns: ["x", "y"], rowLabel: "r", columnLabel: "c",
      values: [[.nan, 0.5]], valueLabel: "v")
    map.colourDomain = (0, 1)
    let heat = map.svg()
    #expect(SVGCheck(heat).isWellFormed && !heat.lowercased().contains("nan"))
    #expect(heat.contains("a, x: no value"))
    let bars = BarChart(
      title: "b", valueLabel: "v", groups: [.init("g", bars: [.init("x", value: .nan)])]
    ).svg()
    #expect(SVGCheck(bars).isWellFormed && !bars.lowercased().contains("nan"))
  }

  @Test("stacked areas sum: each area's top is the running total, a gap propagates upwards")
  func stacking() {
    var chart = XYChart(
      title: "s", xAxis: .intervals(labels: ["a", "b", "c"], perDay: nil, label: "t"), yLabel: "y")
    chart.series = [
      .init("one", kind: .stackedArea, values: [1, 2, nil], colour: "#000000"),
      .init("line", kind: .line, values: [9, 9, 9], colour: "#000000"),
      .init("two", kind: .stackedArea, values: [10, 20, 30], colour: "#000000"),
    ]
    let tops = chart.stackedTops()
    #expect(tops[0] == [1, 2, nil])
    #expect(tops[2] == [11, 22, nil])
    #expect(chart.yTicks(stackedTops: tops).upper >= 22)
  }

  @Test("interval ticks fall on day starts and divide the day; the heat-map colours span the scale")
  func intervalTicksAndColours() {
    let ticks = PlotFrame.intervalTicks(count: 240, perDay: 48, width: 880)
    #expect(ticks.allSatisfy { $0 % 48 % (ticks[1] - ticks[0]) == 0 })
    #expect(48 % (ticks[1] - ticks[0]) == 0 && ticks.count <= 880 / 90 + 1)
    #expect(Palette.sequentialColour(0) == "#00204d")
    #expect(Palette.sequentialColour(1) == "#ffea46")
    #expect(Palette.sequentialColour(.nan) == Palette.sequentialColour(0))
    // Okabe & Ito (2008): blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow.
    #expect(
      Palette.okabeIto == [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
      ])
  }
}
