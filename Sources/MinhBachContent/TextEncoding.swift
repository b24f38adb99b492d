import Foundation

/// The text encodings a site may declare for its data files
/// (`data_encoding` in site.yaml). Files are converted to UTF-8 with the
/// system's iconv; these are the ones tested.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    /// Vietnamese Windows' "ANSI" code page: Excel's plain
    /// "CSV (Comma delimited)" and Notepad's "ANSI" on a Vietnamese Windows.
    case windows1258 = "windows-1258"
    /// Western European Windows' "ANSI" code page: the same on a Windows set
    /// up for English or French.
    case windows1252 = "windows-1252"
    /// "Unicode" in Notepad, "Unicode Text" in Excel.
    case utf16 = "utf-16"

    /// The name iconv knows it by.
    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .windows1258: return "WINDOWS-1258"
        case .windows1252: return "WINDOWS-1252"
        case .utf16: return "UTF-16"
        }
    }

    /// Other spellings people write for the same encoding.
    private var aliases: [String] {
        switch self {
        case .utf8: return ["utf8"]
        case .windows1258: return ["cp1258", "windows1258"]
        case .windows1252: return ["cp1252", "windows1252"]
        case .utf16: return ["utf16"]
        }
    }

    /// The encoding a name in site.yaml stands for, in any case.
    public static func named(_ name: String) -> TextEncoding? {
        let lowered = name.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.rawValue == lowered || $0.aliases.contains(lowered) }
    }

    /// The names to list when a name is not one of them.
    public static var supportedNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
