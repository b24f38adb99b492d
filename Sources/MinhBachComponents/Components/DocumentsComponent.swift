import MinhBachData
import MinhBachDiagnostics
import MinhBachText

/// ```documents
/// kind: Kế hoạch
/// year: 2024
/// ```
/// The documents of the `documents` table, newest first, each cited as a
/// report cites it (`Kế hoạch 44/KH-UBND`, linked to its page or its
/// official copy) with its title, issuer and date: the plans of a year, or
/// every resolution, on the page that talks about them.
enum DocumentsComponent: Component {
    static let name = "documents"
    static let settings: [ComponentSetting] = [.init("kind", .text), .init("year", .year), .init("title", .text)]

    static func render(_ block: inout Block) -> String {
        let kind = block.has("kind") ? block.text("kind") : nil
        let year = block.year("year")
        let title = block.has("title") ? block.text("title") : nil
        guard !block.hasErrors else { return "" }

        let documents = block.index.data.documents.filter { document in
            if let kind, document.kind.lowercased() != kind.lowercased() { return false }
            if let year, document.date.year != year { return false }
            return true
        }.sorted { a, b in a.date != b.date ? a.date > b.date : a.id < b.id }

        var html = "<div class=\"mb-documents\">\n"
        html += "<p class=\"mb-documents-title\">\(HTML.escape(title ?? block.strings("documents_caption")))</p>\n"
        guard !documents.isEmpty else {
            let kinds = Set(block.index.data.documents.map(\.kind))
            noDocuments(&block, kind: kind, year: year, near: kind.flatMap { Suggestions.closest(to: $0, in: kinds.sorted()) })
            return html + block.emptyState("no_documents") + "</div>\n"
        }
        html += "<ul class=\"mb-documents-list\">\n"
        for document in documents {
            html += "<li>\(block.documentLink(document.id)) – \(HTML.escape(document.title))"
            html += " <span class=\"mb-documents-meta\">(\(HTML.escape(document.issuer)), \(document.date.short(block.language)))</span></li>\n"
        }
        return html + "</ul>\n</div>\n"
    }

    /// A documents block whose `kind` and `year` match no document; `near`
    /// is the kind in the table closest to the one written.
    private static func noDocuments(_ block: inout Block, kind: String?, year: Int?, near: String?) {
        let asked = [kind.map { "'\($0)'" }, year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
        guard !asked.isEmpty else {
            block.noData(.noDocuments, [])
            return
        }
        if let near, near.lowercased() != kind?.lowercased() {
            block.noData(.noDocumentMatchesMisspelt, [MessageArgument("asked", asked), MessageArgument("near", near)])
        } else {
            block.noData(.noDocumentMatches, [MessageArgument("asked", asked)])
        }
    }
}
