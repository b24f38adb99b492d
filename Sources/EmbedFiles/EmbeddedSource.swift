import Foundation

/// The Swift source of one embedded folder: an enum with the text files as
/// raw string literals (which the compiler reads quickly, unlike large byte
/// arrays) and the binary files (images) in base64.
struct EmbeddedSource {
    let enumName: String
    let folderName: String
    private var texts: [String] = []
    private var binaries: [String] = []

    init(enumName: String, folderName: String) {
        self.enumName = enumName
        self.folderName = folderName
    }

    mutating func add(_ path: String, _ data: Data) {
        if let text = String(data: data, encoding: .utf8) {
            texts.append("        \(Self.quoted(path)): \(Self.rawLiteral(text)),")
        } else {
            binaries.append("        \(Self.quoted(path)): \"\(data.base64EncodedString())\",")
        }
    }

    var swiftSource: String {
        var lines = ["// Generated at build time by the EmbedFiles plugin from \(folderName)/. Not committed.", "",
                     "enum \(enumName) {"]
        lines += ["    /// Text files, as they are.", "    static let files: [String: String] = ["]
        lines += texts.isEmpty ? ["        :"] : texts
        lines += ["    ]", "", "    /// Binary files (images), base64.", "    static let binaryFiles: [String: String] = ["]
        lines += binaries.isEmpty ? ["        :"] : binaries
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// A raw multi-line string with enough `#` that nothing in `text` ends
    /// it early or reads as an escape.
    static func rawLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) {
            hashes += "#"
        }
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }

    /// A path as an ordinary string literal.
    static func quoted(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
