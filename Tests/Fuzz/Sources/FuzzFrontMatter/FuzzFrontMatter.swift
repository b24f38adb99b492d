import Foundation
import FuzzSupport
import MinhBachContent

/// A content file read as the content loader reads it: decoded, split into
/// front matter and body, the front matter parsed. The split must lose
/// nothing: the body is the end of the file, and what comes before it is
/// the opening `---` line, the front matter and the closing line.
func fuzzFrontMatter(_ input: UnsafeRawBufferPointer) {
    let path = "content/a.md"
    guard case .success(let text) = TextFile.decode(Data(input), displayPath: path) else { return }
    let lines = TextLines(text, path: path)
    let split: SplitContent
    switch FrontMatterParser.split(text, path: path) {
    case .failure(let diagnostic):
        lines.requireInside(diagnostic)
        return
    case .success(let value):
        split = value
    }
    let bytes = Array(text.utf8)
    let body = Array(split.body.utf8)
    require(bytes.count >= body.count && Array(bytes.suffix(body.count)) == body, "the body is not the end of the file")
    let head = bytes.prefix(bytes.count - body.count)
    guard let yaml = split.frontMatter else {
        require(head.isEmpty && split.bodyFirstLine == 1, "a file without front matter lost its start")
        return
    }
    let headLines = head.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    require(headLines.first.map(isFence) == true, "the front matter does not start with '---'")
    let closing = head.last == 0x0A ? headLines[headLines.count - 2] : headLines[headLines.count - 1]
    require(isFence(closing) || isEnd(closing), "the front matter does not end with '---' or '...'")
    let between = headLines.dropFirst().dropLast(head.last == 0x0A ? 2 : 1)
    require(between.map { $0 + "\n" }.joined() == yaml, "the front matter is not what stands between its fences")
    if head.last == 0x0A {
        require(split.bodyFirstLine == headLines.count, "the body starts on line \(headLines.count), not \(split.bodyFirstLine)")
    } else {
        require(body.isEmpty, "the body follows a fence without a line break")
    }
    let (_, diagnostics) = FrontMatterParser.parse(yaml, path: path, firstLine: 2)
    for diagnostic in diagnostics {
        lines.requireInside(diagnostic)
    }
}

private func trimmed(_ line: String) -> Substring {
    var line = Substring(line)
    while let last = line.last, last == " " || last == "\t" { line.removeLast() }
    return line
}

private func isFence(_ line: String) -> Bool { trimmed(line) == "---" }
private func isEnd(_ line: String) -> Bool { trimmed(line) == "..." }
