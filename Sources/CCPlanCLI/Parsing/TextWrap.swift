/// Word wrapping for help text.
enum TextWrap {
  /// `text` broken at spaces into lines of at most `width` characters, every line after the
  /// first indented by `indent` spaces (the first line is the caller's to place). Each line
  /// of `text` is wrapped on its own, keeping its leading spaces on its continuation lines;
  /// a word longer than the room left stands alone, unbroken. No line ends in a space.
  static func wrap(_ text: String, width: Int, indent: Int = 0, firstLineUsed: Int = 0) -> String {
    var output: [String] = []
    for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let leading = paragraph.prefix { $0 == " " }.count
      let lineIndent = String(repeating: " ", count: (index == 0 ? 0 : indent) + leading)
      let continuationIndent = String(repeating: " ", count: indent + leading)
      var line = lineIndent
      var lineStart = index == 0 ? firstLineUsed : 0
      var hasWord = false
      for word in paragraph.split(separator: " ") {
        let candidateLength = lineStart + line.count + (hasWord ? 1 : 0) + word.count
        if hasWord && candidateLength > width {
          output.append(line)
          line = continuationIndent
          lineStart = 0
          hasWord = false
        }
        line += (hasWord ? " " : "") + word
        hasWord = true
      }
      output.append(hasWord ? line : "")
    }
    return output.joined(separator: "\n")
  }
}
