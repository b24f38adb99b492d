import MinhBachText
import MinhBachDiagnostics

/// An administrative unit is known by its scheme and its code: the same
/// code (`00004`) names different units before and after 2025.
public struct AreaKey: Hashable, Sendable, Comparable {
    public var scheme: Scheme
    public var code: String

    public init(_ scheme: Scheme, _ code: String) {
        self.scheme = scheme
        self.code = code
    }

    public static func < (a: AreaKey, b: AreaKey) -> Bool { (a.scheme.rawValue, a.code) < (b.scheme.rawValue, b.code) }
}

public struct Area: TableRecord {
    public var key: AreaKey
    public var name: String
    public var nameEN: String?
    public var level: AreaLevel
    public var type: String
    public var parent: String?
    /// Where `parent` is written, to report a parent that does not exist.
    var parentLocation: SourceLocation?

    public var scheme: Scheme { key.scheme }
    public var code: String { key.code }

    /// The name an English page shows: `name_en` where the data has one.
    public func name(_ language: Language) -> String { language == .en ? (nameEN ?? name) : name }

    /// The same unit whichever file or format it was read from: where the
    /// parent is written is not part of the value.
    public static func == (a: Area, b: Area) -> Bool {
        (a.key, a.name, a.nameEN, a.level, a.type, a.parent) == (b.key, b.name, b.nameEN, b.level, b.type, b.parent)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(name)
        hasher.combine(nameEN)
        hasher.combine(level)
        hasher.combine(type)
        hasher.combine(parent)
    }

    static let columns = TableColumns(required: ["scheme", "code", "name", "level", "type"], optional: ["parent", "name_en"])
    static let keyColumn: String? = "code"

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> Area? {
        let scheme = reader.choice("scheme", Scheme.self)
        let level = reader.choice("level", AreaLevel.self)
        var code = reader.code("code")
        let name = reader.text("name")
        let type = reader.text("type")
        var parent = reader.code("parent", required: false)
        if let level, let written = code {
            code = reader.padded(written, width: level.codeWidth, column: "code", what: .code)
        }
        if let level {
            switch (level, parent) {
            case (.province, .some):
                reader.error(.provinceWithParent, at: "parent")
            case (.district, nil), (.commune, nil):
                reader.error(.unitWithoutParent, at: "parent", MessageArgument("level", level.named))
            case (.district, .some(let written)):
                parent = reader.padded(written, width: AreaLevel.province.codeWidth, column: "parent", what: .parentCode)
            default: break
            }
            if level == .district, scheme == .v2025 {
                reader.error(.districtIn2025, at: "level")
            }
        }
        guard reader.isValid, let scheme, let level, let code, let name, let type else { return nil }
        return Area(key: AreaKey(scheme, code), name: name, nameEN: reader.row.text("name_en"), level: level, type: type,
                    parent: parent, parentLocation: parent == nil ? nil : reader.row.location("parent"))
    }
}

public struct AreaConversion: TableRecord {
    public var oldCode: String
    public var newCode: String
    public var partlyMerged: Bool
    public var document: String?

    static let columns = TableColumns(required: ["old_code", "new_code", "partly_merged"],
                                      optional: ["document", "old_district_code", "old_province_code", "new_province_code"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> AreaConversion? {
        let old = reader.areaReference("old_code", scheme: .legacy, registry, basis: .swappable)
        let new = reader.areaReference("new_code", scheme: .v2025, registry, basis: .swappable)
        // Required: read as "not split" when empty, it would let figures be summed across a split unit.
        var partly = false
        if reader.text("partly_merged") != nil { partly = reader.bool("partly_merged", default: false) }
        let document = reader.reference("document", registry.documents, what: .documents, in: registry, required: false)
        guard reader.isValid, let old, let new else { return nil }
        return AreaConversion(oldCode: old.code, newCode: new.code, partlyMerged: partly, document: document)
    }
}
