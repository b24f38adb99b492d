import Foundation
import MinhBachContent
import MinhBachDiagnostics

extension TableFile {
    /// The file's bytes, ready for its reader: a text table in a legacy
    /// encoding the site declares is converted to UTF-8 first (CSVTable and
    /// TextFile bring it to NFC; files already UTF-8 are read as they are);
    /// a CSV that is no text is refused. Workbooks are returned as they are.
    func contents() -> Result<Data, Diagnostic> {
        var data: Data
        do {
            // A workbook's bytes are read once for all the tables it holds.
            data = try workbook?.data() ?? Data(contentsOf: url)
        } catch {
            return .failure(Diagnostic(.data(.fileUnreadable), at: SourceLocation(path: displayPath), [MessageArgument("detail", error.localizedDescription)]))
        }
        if format.isText, encoding != .utf8, !TextFile.isUTF8(data) {
            switch TextFile.converted(data, from: encoding, displayPath: displayPath) {
            case .success(let utf8): data = utf8
            case .failure(let problem): return .failure(problem)
            }
        }
        // YAML and JSON go through TextFile, which checks this too.
        if format.isText, format != .yaml, let problem = BinaryFile.problem(data[...], displayPath: displayPath) {
            return .failure(problem)
        }
        return .success(data)
    }
}
