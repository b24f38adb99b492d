import Foundation

/// A value from YAML (front matter, site.yaml) kept for templates, as Hugo
/// keeps unknown front-matter keys as page parameters.
public indirect enum ParamValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ParamValue])
    case map([String: ParamValue])
    case null

    /// The shape swift-mustache renders: strings, numbers, booleans, arrays
    /// and `[String: Any]` dictionaries.
    public var templateValue: Any {
        switch self {
        case .string(let value): return value
        case .int(let value): return value
        case .double(let value): return value
        case .bool(let value): return value
        case .list(let values): return values.map(\.templateValue)
        case .map(let values): return values.mapValues(\.templateValue)
        case .null: return ""
        }
    }

    /// The value as text, for fields that must be text but that YAML reads as
    /// a number (`title: 2024`).
    public var text: String? {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool, .list, .map, .null: return nil
        }
    }
}
