import MinhBachDiagnostics

/// Values of the data model as catalogued messages name them, in both
/// languages (a `LocalizedText` argument).
extension AreaLevel {
    var named: LocalizedText {
        switch self {
        case .province: .text(vi: "tỉnh", en: "province")
        case .district: .text(vi: "huyện", en: "district")
        case .commune: .text(vi: "xã", en: "commune")
        }
    }
}

extension Scheme {
    /// "the legacy (before 1 July 2025) scheme": `label`'s phrase.
    var named: LocalizedText {
        self == .legacy ? .text(vi: "danh mục cũ (trước ngày 1/7/2025)", en: "the legacy (before 1 July 2025) scheme")
                        : .text(vi: "danh mục 2025", en: "the 2025 scheme")
    }
}
