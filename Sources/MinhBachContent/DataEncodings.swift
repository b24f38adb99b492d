/// Which encoding each data file is read in: `data_encoding` in site.yaml
/// for every file of `content/data`, and `data_encodings` for single files
/// (`data_encodings: {ntm.csv: windows-1258}`), which win.
public struct DataEncodings: Sendable, Hashable {
    public var all: TextEncoding = .utf8
    /// By file name in `content/data` (`ntm.csv`).
    public var files: [String: TextEncoding] = [:]

    public init(all: TextEncoding = .utf8, files: [String: TextEncoding] = [:]) {
        self.all = all
        self.files = files
    }

    public func encoding(of fileName: String) -> TextEncoding {
        files[fileName] ?? all
    }
}
