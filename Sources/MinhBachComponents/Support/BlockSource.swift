import MinhBachContent
import MinhBachDiagnostics
import Yams

/// The YAML body of a component block, parsed, with every node located in
/// the content file.
///
/// Page templates render data into Markdown with each ASCII punctuation
/// character backslash-escaped (`poverty\_rate`, `\[this\]`), and a fenced
/// block keeps them literally; so a backslash before ASCII punctuation is
/// removed before the YAML is parsed. Columns are mapped back to the text
/// as written.
struct BlockSource {
    let component: String
    let path: String
    /// The file line of the opening fence.
    let fenceLine: Int
    /// The file line of the body's first line.
    let bodyFirstLine: Int
    /// For each line of the unescaped body, the column (as written) of each
    /// of its Unicode scalars, and one past the end.
    private let columns: [[Int]]
    let text: String
    private let body: String
    /// The body's nodes when the same body was parsed before.
    private let parsedBefore: ParsedBlockBodies.Parsed?

    init(component: String, body: String, path: String, fenceLine: Int) {
        self.component = component
        self.path = path
        self.fenceLine = fenceLine
        self.bodyFirstLine = fenceLine + 1
        self.body = body
        parsedBefore = ParsedBlockBodies.shared.parsed(body)
        if let parsedBefore {
            (text, columns) = (parsedBefore.text, parsedBefore.columns)
        } else {
            (text, columns) = Self.unescape(body)
        }
    }

    /// The body with Markdown backslash escapes of ASCII punctuation removed,
    /// and the written column of each scalar that is left.
    static func unescape(_ body: String) -> (String, [[Int]]) {
        let scalars = Array(body.unicodeScalars)
        var output = String.UnicodeScalarView()
        var columns: [[Int]] = [[]]
        var column = 0
        var index = 0
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "\n" {
                columns[columns.count - 1].append(column + 1)
                columns.append([])
                output.append(scalar)
                column = 0
                index += 1
                continue
            }
            if scalar == "\\", index + 1 < scalars.count, isASCIIPunctuation(scalars[index + 1]) {
                column += 1
                index += 1
                scalar = scalars[index]
            }
            column += 1
            output.append(scalar)
            columns[columns.count - 1].append(column)
            index += 1
        }
        columns[columns.count - 1].append(column + 1)
        return (String(output), columns)
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// The fence line: where problems of the whole block are reported.
    var blockLocation: SourceLocation { SourceLocation(path: path, line: fenceLine, column: 1) }

    /// A position in the unescaped body (Yams's 1-based line and column) as
    /// a place in the file.
    func location(_ mark: Mark) -> SourceLocation {
        let lineIndex = max(0, mark.line - 1)
        var column = mark.column
        if lineIndex < columns.count {
            let line = columns[lineIndex]
            if mark.column >= 1, mark.column <= line.count {
                column = line[mark.column - 1]
            } else if let last = line.last, mark.column > line.count {
                column = last + mark.column - line.count
            }
        }
        return SourceLocation(path: path, line: bodyFirstLine + lineIndex, column: max(1, column))
    }

    func location(of node: Node) -> SourceLocation {
        node.mark.map(location) ?? blockLocation
    }

    /// The body as a node; nil for an empty body; a diagnostic for a YAML error.
    func parse() -> Result<Node?, Diagnostic> {
        if let parsedBefore { return .success(parsedBefore.node) }
        let result = YAMLProblem.compose(text, locate: location(_:), whole: blockLocation, locateNode: location(of:))
            .mapError { $0.diagnostic(in: .block(component: component)) }
        if case .success(let node) = result {
            ParsedBlockBodies.shared.remember(body, .init(text: text, columns: columns, node: node))
        }
        return result
    }
}
