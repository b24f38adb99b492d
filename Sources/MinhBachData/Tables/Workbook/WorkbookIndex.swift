import Foundation

/// What `xl/workbook.xml` and its relationships say: the sheets in tab
/// order with the part each is stored in, and the date system.
struct WorkbookIndex {
    struct Sheet: Equatable {
        var name: String
        var part: String
        /// Hidden in Excel (`hidden` or `veryHidden`): read all the same, with a warning.
        var hidden = false
    }

    var sheets: [Sheet]
    /// Dates count from 1904-01-01 (old Mac Excel) instead of 1900.
    var date1904: Bool

    static let workbookPart = "xl/workbook.xml"
    static let relationshipsPart = "xl/_rels/workbook.xml.rels"

    init(_ archive: WorkbookArchive) throws(WorkbookProblem) {
        var named: [(name: String, relationship: String, hidden: Bool)] = []
        var date1904 = false
        if !archive.contains(Self.workbookPart), let other = WorkbookProblem.OtherPackage.allCases.first(where: { archive.contains($0.part) }) {
            throw .otherPackage(other)
        }
        try XMLEvents.parse(try archive.requiredPart(Self.workbookPart), part: Self.workbookPart) { event in
            guard case .start(let element, let attributes) = event else { return }
            if element == "sheet", let name = attributes["name"] {
                // The relationship id is namespaced (r:id); without namespace
                // processing of attributes it keeps its prefix.
                let relationship = attributes["r:id"] ?? attributes["id"]
                    ?? attributes.first(where: { $0.key.hasSuffix(":id") })?.value ?? ""
                named.append((name, relationship, (attributes["state"] ?? "visible") != "visible"))
            } else if element == "workbookPr", let value = attributes["date1904"] {
                date1904 = value == "1" || value.lowercased() == "true"
            }
        }
        var targets: [String: String] = [:]
        if let relationships = try archive.part(Self.relationshipsPart) {
            try XMLEvents.parse(relationships, part: Self.relationshipsPart) { event in
                guard case .start("Relationship", let attributes) = event, let id = attributes["Id"], let target = attributes["Target"] else { return }
                targets[id] = Self.resolve(target)
            }
        }
        // Without relationships, sheets are where every program puts them.
        sheets = named.enumerated().map { index, sheet in
            Sheet(name: sheet.name, part: targets[sheet.relationship] ?? "xl/worksheets/sheet\(index + 1).xml", hidden: sheet.hidden)
        }
        self.date1904 = date1904
        if sheets.isEmpty { throw .noSheets }
    }

    /// A target relative to `xl/`, or absolute in the package.
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
