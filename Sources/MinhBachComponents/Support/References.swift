import MinhBachData
import MinhBachDiagnostics
import MinhBachText
import Yams

/// Ids and codes in a block, looked up in the data, with "did you mean".
extension Block {
    mutating func indicator(_ key: String) -> Indicator? {
        assertDeclared(key, as: .indicator)
        guard let id = text(key) else { return nil }
        return indicator(id, at: location(of: key), key: key)
    }

    mutating func indicators(_ key: String) -> [Indicator]? {
        assertDeclared(key, as: .indicators)
        guard let items = items(key) else { return nil }
        let found = items.compactMap { indicator($0.text, at: source.location(of: $0.node), key: key) }
        return found.count == items.count ? found : nil
    }

    private mutating func indicator(_ id: String, at location: SourceLocation, key: String) -> Indicator? {
        if let indicator = index.indicators[id] { return indicator }
        notFound(id, at: location, key: key, kind: LocalizedText(vi: "chỉ tiêu", en: "indicator"), index.indicators.keys, table: "indicators")
        return nil
    }

    mutating func document(_ id: String, at location: SourceLocation, key: String) -> Document? {
        if let document = index.documents[id] { return document }
        notFound(id, at: location, key: key, kind: LocalizedText(vi: "văn bản", en: "document"), index.documents.keys, table: "documents")
        return nil
    }

    mutating func agency(_ id: String, at location: SourceLocation, key: String) -> Agency? {
        if let agency = index.agencies[id] { return agency }
        notFound(id, at: location, key: key, kind: LocalizedText(vi: "cơ quan", en: "agency"), index.agencies.keys, table: "agencies")
        return nil
    }

    /// An id that is not in `table`: the closest id, the table's few ids,
    /// or where to look as the hint; or the table is empty.
    private mutating func notFound(_ id: String, at location: SourceLocation, key: String, kind: LocalizedText,
                                   _ known: some Collection<String>, table: String) {
        let arguments = [MessageArgument("key", key), MessageArgument("kind", kind), MessageArgument("id", id)]
        if let near = Suggestions.closest(to: id, in: known) {
            report(.referenceMisspelt, at: location, arguments + [MessageArgument("near", near)])
        } else if known.isEmpty {
            report(.referenceTableEmpty, at: location, arguments + [MessageArgument("table", table)])
        } else if known.count <= 8 {
            report(.referenceListed, at: location, arguments + [MessageArgument("table", table), MessageArgument("ids", .quotedList(known.sorted()))])
        } else {
            report(.referenceNotFound, at: location, arguments + [MessageArgument("table", table)])
        }
    }

    // MARK: Areas

    /// The scheme a bare code is looked up in first: the page's, or the one
    /// in force in the reporting year.
    private var preferredScheme: Scheme { environment.thisArea?.scheme ?? Scheme.inForce(year: environment.year) }

    /// One area: a code, `this` or `parent`; `this` when the key is absent
    /// and `defaultsToThis`.
    mutating func area(_ key: String, defaultsToThis: Bool = true) -> AreaKey? {
        assertDeclared(key, as: .area)
        guard has(key) else {
            guard defaultsToThis else { return nil }
            guard let this = environment.thisArea else {
                report(.areaNeeded, at: source.blockLocation,
                       [MessageArgument("block", name), MessageArgument("key", key), MessageArgument("example", "\(key): \"\(exampleCode)\"")])
                return nil
            }
            return this
        }
        guard let value = text(key) else { return nil }
        let location = location(of: key)
        if value == "children" {
            report(name == "table" ? .childrenInTable : .childrenForOneArea, at: location, [MessageArgument("key", key)])
            return nil
        }
        return resolveAreas(value, at: location, key: key)?.first
    }

    /// A list of areas: codes, `this`, `parent`, `children` (the units
    /// below the page's area); `[this]` when the key is absent.
    mutating func areas(_ key: String) -> [AreaKey]? {
        assertDeclared(key, as: .areas)
        guard has(key) else {
            guard let this = environment.thisArea else {
                report(.areaNeeded, at: source.blockLocation,
                       [MessageArgument("block", name), MessageArgument("key", key), MessageArgument("example", "\(key): [\"\(exampleCode)\"]")])
                return nil
            }
            return [this]
        }
        guard let items = items(key) else { return nil }
        var result: [AreaKey] = []
        var failed = false
        for item in items {
            guard let keys = resolveAreas(item.text, at: source.location(of: item.node), key: key) else {
                failed = true
                continue
            }
            for area in keys where !result.contains(area) { result.append(area) }
        }
        return failed ? nil : result
    }

    private var exampleCode: String {
        let areas = index.data.areas
        return (areas.first { $0.scheme == preferredScheme && $0.level == .commune } ?? areas.first { $0.scheme == preferredScheme }
            ?? areas.first)?.code ?? "01834"
    }

    /// `this`, `parent`, `children` or a code (optionally `legacy:01834`, `2025:01843`).
    private mutating func resolveAreas(_ value: String, at location: SourceLocation, key: String) -> [AreaKey]? {
        switch value {
        case "this", "parent", "children":
            guard let this = environment.thisArea else {
                report(.pageHasNoArea, at: location,
                       [MessageArgument("key", key), MessageArgument("value", value), MessageArgument("example", exampleCode)])
                return nil
            }
            if value == "this" { return [this] }
            if value == "parent" {
                guard let parent = index.parent(of: this) else {
                    report(.noParentUnit, at: location, [MessageArgument("key", key), MessageArgument("area", areaName(this))])
                    return nil
                }
                return [parent]
            }
            guard let children = index.children[this], !children.isEmpty else {
                report(.noUnitsBelow, at: location, [MessageArgument("key", key), MessageArgument("area", areaName(this))])
                return nil
            }
            return children
        default:
            return code(value, at: location, key: key).map { [$0] }
        }
    }

    private mutating func code(_ written: String, at location: SourceLocation, key: String) -> AreaKey? {
        var code = written
        var schemes = [preferredScheme, preferredScheme == .legacy ? .v2025 : .legacy]
        if let colon = written.firstIndex(of: ":") {
            let prefix = String(written[..<colon])
            guard let scheme = Scheme(rawValue: prefix) else {
                report(.notAScheme, at: location, [MessageArgument("key", key), MessageArgument("prefix", prefix)])
                return nil
            }
            schemes = [scheme]
            code = String(written[written.index(after: colon)...])
        }
        for scheme in schemes where index.areas[AreaKey(scheme, code)] != nil { return AreaKey(scheme, code) }
        if code.utf8.allSatisfy({ (0x30...0x39).contains($0) }), code.count < 5 {
            let padded = [2, 3, 5].filter { $0 > code.count }.map { String(repeating: "0", count: $0 - code.count) + code }
            for scheme in schemes {
                let matches = padded.map { AreaKey(scheme, $0) }.filter { index.areas[$0] != nil }
                if matches.count == 1 {
                    report(.areaCodeLostZeros, at: location, [MessageArgument("key", key), MessageArgument("code", code),
                                                               MessageArgument("padded", matches[0].code), MessageArgument("area", areaName(matches[0]))])
                    return matches[0]
                }
            }
        }
        if ["this", "parent", "children"].contains(where: { Suggestions.editDistance($0, code, limit: 2) <= 2 }),
           !code.utf8.contains(where: { (0x30...0x39).contains($0) }) {
            let near = Suggestions.closest(to: code, in: ["this", "parent", "children"], limit: 2) ?? "this"
            report(.areaMisspelt, at: location, [MessageArgument("key", key), MessageArgument("written", written), MessageArgument("near", "'\(near)'")])
            return nil
        }
        let candidates = schemes.flatMap { scheme in index.data.areas.filter { $0.scheme == scheme }.map(\.code) }
        let areas = index.areas
        let near = Suggestions.closest(to: code, in: candidates).flatMap { near in
            schemes.compactMap { areas[AreaKey($0, near)] }.first.map { "\(near) (\($0.name))" }
        }
        let arguments = [MessageArgument("key", key), MessageArgument("written", written)]
        if let near {
            report(.areaMisspelt, at: location, arguments + [MessageArgument("near", near)])
        } else {
            report(.areaNotFound, at: location, arguments)
        }
        return nil
    }

    // MARK: Names in the page's language

    func areaName(_ key: AreaKey) -> String {
        index.areas[key]?.name(language) ?? key.code
    }

    func indicatorName(_ indicator: Indicator) -> String {
        indicator.name(language)
    }

    func agencyName(_ id: String) -> String {
        guard let agency = index.agencies[id] else { return id }
        return language == .en ? (agency.nameEN ?? agency.nameVI) : agency.nameVI
    }

    /// `Quyết định 241/QĐ-TTg`: how a document is cited.
    func documentLabel(_ id: String) -> String {
        guard let document = index.documents[id] else { return id }
        return document.label
    }

    // MARK: Links

    func areaLink(_ key: AreaKey) -> String { HTML.link(areaName(key), environment.links.url(area: key, language: language)) }

    func indicatorLink(_ indicator: Indicator) -> String {
        HTML.link(indicatorName(indicator), environment.links.url(indicator: indicator.id, language: language))
    }

    func agencyLink(_ id: String) -> String { HTML.link(agencyName(id), environment.links.url(agency: id, language: language)) }

    func documentLink(_ id: String) -> String {
        let label = documentLabel(id)
        guard let document = index.documents[id] else { return HTML.escape(label) }
        let url = environment.links.url(document: id, language: language) ?? document.url
        guard let url else { return HTML.escape(label) }
        return "<a href=\"\(HTML.escape(url))\" title=\"\(HTML.escape(document.title))\">\(HTML.escape(label))</a>"
    }
}
