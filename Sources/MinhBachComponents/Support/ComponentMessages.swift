/// Messages of the components written after the message catalogue was
/// planned: Vietnamese first, then English, in one place, so that they
/// move into the catalogue together.
enum ComponentMessages {
    struct Message {
        let text: String
        let hint: String?
    }

    /// A documents block whose `kind` and `year` match no document; `near`
    /// is the kind of the table closest to the one written.
    static func noDocuments(kind: String?, year: Int?, near: String?) -> Message {
        let asked = [kind.map { "'\($0)'" }, year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
        let vi = asked.isEmpty ? "bảng documents chưa có văn bản nào" : "không có văn bản nào khớp \(asked)"
        let en = asked.isEmpty ? "the documents table has no documents" : "no document matches \(asked)"
        let hint: String? = if let near, near.lowercased() != kind?.lowercased() {
            "có phải là '\(near)'? (did you mean '\(near)'?)"
        } else {
            "kiểm tra cột 'kind' và 'date' của content/data/documents (check the 'kind' and 'date' columns of content/data/documents)"
        }
        return Message(text: "\(vi) (\(en))", hint: hint)
    }
}
