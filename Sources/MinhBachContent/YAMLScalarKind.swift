import Yams

/// What a YAML scalar is: the types YAML 1.1 gives a plain scalar (`yes` is
/// true, `12` a whole number, `~` nothing), decided by looking at its bytes.
///
/// Yams' default resolver decides the same with an `NSRegularExpression` per
/// type for every plain scalar, and again whenever a mapping key is hashed
/// for its duplicate check: on a page with fifteen front matter keys that
/// was 2.4 M instructions, a fifth of the build (docs/PERFORMANCE.md, "Speed
/// on every page shape"). Documents are composed with `Resolver.basic` and
/// read through this type instead; `YAMLScalarKindTests` compares it with
/// Yams' default rules over generated scalars.
public enum YAMLScalarKind: Equatable, Sendable {
    case null, bool, int, float
    /// Text, and the types MinhBạch reads as text: timestamps (a date is
    /// checked where it is used), `<<` and `=`.
    case string

    /// The kind of a scalar as composed: a quoted scalar or one with an
    /// explicit tag (`!!str 12`) keeps its tag, a plain one is resolved.
    public init(_ scalar: Node.Scalar) {
        switch scalar.tag.rawValue {
        case "": self = Self.resolving(plain: scalar.string)
        case Tag.Name.null.rawValue: self = .null
        case Tag.Name.bool.rawValue: self = .bool
        case Tag.Name.int.rawValue: self = .int
        case Tag.Name.float.rawValue: self = .float
        default: self = .string
        }
    }

    /// Yams' default rules, in their order: bool, int, float, merge, null,
    /// timestamp, value; anything else is text.
    public static func resolving(plain text: String) -> YAMLScalarKind {
        var text = text
        return text.withUTF8 { bytes in
            if isBool(bytes) { return .bool }
            if isInt(bytes) { return .int }
            if isFloat(bytes) { return .float }
            if isNull(bytes) { return .null }
            return .string
        }
    }

    /// The value of a scalar of kind `.bool`, as Yams reads it: `true`,
    /// `yes` and `on` in any of their spellings are true.
    static func isTrue(_ text: String) -> Bool {
        switch text.utf8.first {
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "y"), UInt8(ascii: "Y"): true
        case UInt8(ascii: "o"), UInt8(ascii: "O"): text.utf8.count == 2
        default: false
        }
    }

    private static let bools: [[UInt8]] = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                           "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"].map { Array($0.utf8) }
    private static let nulls: [[UInt8]] = ["", "~", "null", "Null", "NULL"].map { Array($0.utf8) }

    /// Compared in place: a scalar is not copied to look it up.
    private static func isBool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every spelling starts with one of `yntfo`, either case: a number
        // (`29.1`) is not compared with all eighteen.
        guard bytes.count >= 2, bytes.count <= 5 else { return false }
        switch bytes[0] {
        case UInt8(ascii: "y"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "o"),
             UInt8(ascii: "Y"), UInt8(ascii: "N"), UInt8(ascii: "T"), UInt8(ascii: "F"), UInt8(ascii: "O"):
            return bools.contains { $0.elementsEqual(bytes) }
        default:
            return false
        }
    }

    private static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count <= 4 && nulls.contains { $0.elementsEqual(bytes) }
    }

    /// `[-+]?0b[0-1_]+`, `[-+]?0o?[0-7_]+`, `[-+]?(0|[1-9][0-9_]*)`,
    /// `[-+]?0x[0-9a-fA-F_]+`, `[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`.
    static func isInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scan = ByteScan(bytes)
        scan.skipSign()
        let start = scan.position
        if scan.take("0") {
            if scan.atEnd { return true }
            if scan.take("b") { return scan.takeAll(where: { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }) > 0 && scan.atEnd }
            if scan.take("x") { return scan.takeAll(where: { isHexDigit($0) || $0 == 0x5F }) > 0 && scan.atEnd }
            _ = scan.take("o")
            return scan.takeAll(where: { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }) > 0 && scan.atEnd
        }
        scan.position = start
        guard scan.take(where: { $0 >= 0x31 && $0 <= 0x39 }) else { return false }
        scan.takeAll(where: { isDigit($0) || $0 == 0x5F })
        if scan.atEnd { return true }
        return scan.takeSexagesimalGroups() && scan.atEnd
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?`,
    /// `\.[0-9_]+([eE][-+][0-9]+)?`, `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`,
    /// `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`.
    static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scan = ByteScan(bytes)
        let signed = scan.skipSign()
        if scan.take(".") {
            let dotAt = scan.position
            for word in ["inf", "Inf", "INF"] {
                scan.position = dotAt
                if scan.take(word), scan.atEnd { return true }
            }
            guard !signed else { return false }
            for word in ["nan", "NaN", "NAN"] {
                scan.position = dotAt
                if scan.take(word), scan.atEnd { return true }
            }
            scan.position = dotAt
            guard scan.takeAll(where: { isDigit($0) || $0 == 0x5F }) > 0 else { return false }
            if scan.atEnd { return true }
            guard scan.take(where: { $0 == 0x65 || $0 == 0x45 }), scan.take(where: { $0 == 0x2B || $0 == 0x2D }) else { return false }
            return scan.takeAll(where: isDigit) > 0 && scan.atEnd
        }
        guard scan.take(where: isDigit) else { return false }
        scan.takeAll(where: { isDigit($0) || $0 == 0x5F })
        let afterDigits = scan.position
        // Sexagesimal: 1:30.5
        if scan.takeSexagesimalGroups(), scan.take(".") {
            scan.takeAll(where: { isDigit($0) || $0 == 0x5F })
            if scan.atEnd { return true }
        }
        scan.position = afterDigits
        if scan.take(".") { scan.takeAll(where: { isDigit($0) || $0 == 0x5F }) }
        if scan.take(where: { $0 == 0x65 || $0 == 0x45 }) {
            _ = scan.take(where: { $0 == 0x2B || $0 == 0x2D })
            guard scan.takeAll(where: isDigit) > 0 else { return false }
        }
        return scan.atEnd
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}

/// A cursor over a scalar's bytes for the rules above.
private struct ByteScan {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    @discardableResult
    mutating func skipSign() -> Bool {
        take(where: { $0 == 0x2B || $0 == 0x2D })
    }

    mutating func take(where matches: (UInt8) -> Bool) -> Bool {
        guard position < bytes.count, matches(bytes[position]) else { return false }
        position += 1
        return true
    }

    mutating func take(_ literal: String) -> Bool {
        var index = position
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        position = index
        return true
    }

    @discardableResult
    mutating func takeAll(where matches: (UInt8) -> Bool) -> Int {
        let start = position
        while position < bytes.count, matches(bytes[position]) { position += 1 }
        return position - start
    }

    /// `(:[0-5]?[0-9])+`: one or more groups; false, with the position
    /// unchanged, when there is none.
    mutating func takeSexagesimalGroups() -> Bool {
        let start = position
        var groups = 0
        while position + 1 < bytes.count, bytes[position] == 0x3A {
            let first = bytes[position + 1]
            guard first >= 0x30 && first <= 0x39 else { break }
            if first <= 0x35, position + 2 < bytes.count, bytes[position + 2] >= 0x30, bytes[position + 2] <= 0x39 {
                position += 3
            } else {
                position += 2
            }
            groups += 1
        }
        if groups == 0 { position = start }
        return groups > 0
    }
}
