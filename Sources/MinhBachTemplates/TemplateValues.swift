import MinhBachText
import Mustache

/// A number in a template context. `{{x}}` writes it formatted for the
/// page's language with its unit (`97,51%`, `40,9 triệu đồng`); transforms
/// give other forms: `{{number(x)}}` (no unit), `{{percent(x)}}`,
/// `{{vnd(x)}}` (an amount in đồng, with the right unit: `1,5 tỷ đồng`),
/// `{{million_vnd(x)}}`, `{{rounded(x)}}` (no decimals).
public struct TemplateNumber: MustacheCustomRenderable, MustacheTransformable, Sendable {
    public let value: Double
    public let unit: ValueUnit
    public let precision: Int
    public let language: Language

    public init(_ value: Double, unit: ValueUnit = .number, precision: Int = 0, language: Language = .vi) {
        self.value = value
        self.unit = unit
        self.precision = precision
        self.language = language
    }

    public var renderText: String { VietnameseNumber.value(value, unit: unit, precision: precision, language: language) }
    public var isNull: Bool { false }

    public func transform(_ name: String) -> Any? {
        switch name {
        case "number": return VietnameseNumber.format(value, precision: precision, language: language)
        case "percent": return VietnameseNumber.percent(value, precision: precision, language: language)
        case "vnd": return VietnameseNumber.vnd(value, language: language)
        case "million_vnd": return VietnameseNumber.millionVND(value, precision: precision, language: language)
        case "rounded": return VietnameseNumber.format(value, precision: 0, language: language)
        default: return nil
        }
    }
}

/// A date in a template context: `{{d}}` is the long form (`ngày 04 tháng 02
/// năm 2025`, `4 February 2025`); `{{short(d)}}` is `04/02/2025`,
/// `{{iso(d)}}` is `2025-02-04`, `{{year(d)}}` is `2025`.
public struct TemplateDate: MustacheCustomRenderable, MustacheTransformable, Sendable {
    public let date: CalendarDate
    public let language: Language

    public init(_ date: CalendarDate, language: Language = .vi) {
        self.date = date
        self.language = language
    }

    public var renderText: String { date.long(language) }
    public var isNull: Bool { false }

    public func transform(_ name: String) -> Any? {
        switch name {
        case "long": return date.long(language)
        case "short": return date.short(language)
        case "iso": return date.iso
        case "year": return String(date.year)
        default: return nil
        }
    }
}
