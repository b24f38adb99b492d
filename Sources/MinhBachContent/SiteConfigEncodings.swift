import Foundation
import MinhBachDiagnostics
import Yams

extension SiteConfigParser {
    /// `data_encoding: windows-1258` (every data file) or
    /// `data_encodings: {ntm.csv: windows-1258}` (by file name).
    static func parseDataEncoding(_ key: String, _ node: Node, reader: YAMLReader, into encodings: inout DataEncodings,
                                  diagnostics: inout [Diagnostic]) {
        func encoding(_ node: Node) -> TextEncoding? {
            let name = node.string ?? ""
            guard let encoding = TextEncoding.named(name) else {
                diagnostics.append(EncodingMessages.unknownEncoding(name, key: key, at: reader.location(of: node)))
                return nil
            }
            return encoding
        }
        if key == "data_encoding" {
            if let found = encoding(node) { encodings.all = found }
            return
        }
        guard let mapping = node.mapping else {
            diagnostics.append(EncodingMessages.notAFileMap(at: reader.location(of: node)))
            return
        }
        for (file, value) in mapping {
            guard let name = file.string, let found = encoding(value) else { continue }
            encodings.files[name] = found
        }
    }
}

extension DataEncodings {
    /// The settings of the site.yaml beside a data folder (`content/site.yaml`
    /// for `content/data`), for the data loader, which runs while the pages
    /// load and so before the site's own reading of site.yaml. Problems in
    /// the file are reported by that reading, not here.
    public static func declared(besideDataFolder folder: URL) -> DataEncodings {
        let url = folder.deletingLastPathComponent().appendingPathComponent("site.yaml")
        guard let data = try? Data(contentsOf: url),
              // Cheap test first: most sites declare nothing.
              data.range(of: Data("data_encoding".utf8)) != nil,
              case .success(let text) = TextFile.decode(data, displayPath: url.path) else { return DataEncodings() }
        return SiteConfigParser.parse(text, path: url.path).0.dataEncodings
    }
}
