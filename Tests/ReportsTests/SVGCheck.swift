import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What an XML parser found in a document: whether it is well-formed, its element names and
/// the text of its `<title>` elements.
final class SVGCheck: NSObject, XMLParserDelegate {
  /// Element names in document order.
  var elements: [String] = []
  /// The text of each `<title>`, unescaped by the parser.
  var titles: [String] = []
  /// The parser's error, when the document is not well-formed.
  var error: (any Error)?
  private var inTitle = false
  private var text = ""

  /// Parses `xml` with Foundation's XMLParser.
  init(_ xml: String) {
    super.init()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = self
    if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
  }

  /// Whether the parser read the whole document without error.
  var isWellFormed: Bool { error == nil }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements.append(name)
    if name == "title" {
      inTitle = true
      text = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inTitle { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    if name == "title" {
      titles.append(text)
      inTitle = false
    }
  }

  /// Returns every `<svg …>…</svg>` element of an HTML page, in order.
  static func svgElements(of html: String) -> [String] {
    var found: [String] = []
    var rest = html[...]
    while let start = rest.range(of: "<svg"),
      let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)
    {
      found.append(String(rest[start.lowerBound..<end.upperBound]))
      rest = rest[end.upperBound...]
    }
    return found
  }
}
