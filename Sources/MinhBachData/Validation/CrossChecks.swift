import MinhBachDiagnostics

/// Checks that need a whole table.
enum AreaChecks {
    /// Every district and commune names an existing parent one level up.
    static func parents(_ areas: [Area], _ registry: Registry) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for area in areas {
            guard let code = area.parent, let at = area.parentLocation else { continue }
            guard let parent = registry.areas[AreaKey(area.scheme, code)] else {
                problems.append(.error(at: at, "'parent': no area \(code) in the \(area.scheme.label) scheme",
                                       hint: "list the parent unit in areas too, or correct the code"))
                continue
            }
            let expected: AreaLevel = area.level == .district || area.scheme == .v2025 ? .province : .district
            if parent.level != expected {
                problems.append(.error(at: at, "'parent': \(code) is \(parent.name), a \(parent.level.rawValue); the parent of a \(area.level.rawValue) in the \(area.scheme.label) scheme is a \(expected.rawValue)"))
            }
        }
        return problems
    }

    /// New communes formed partly from units that were split.
    static func splitSources(_ conversions: [AreaConversion]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for conversion in conversions where conversion.partlyMerged {
            result[conversion.newCode, default: []].append(conversion.oldCode)
        }
        return result
    }
}

enum PovertyChecks {
    /// Two poverty standards may not apply in the same year.
    static func overlaps(_ standards: [PovertyStandard]) -> [Diagnostic] {
        let sorted = standards.sorted { $0.periodStart < $1.periodStart }
        var problems: [Diagnostic] = []
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.periodStart <= earlier.periodEnd {
            problems.append(.error(at: later.location,
                                   "poverty standard '\(later.id)' (\(later.periodStart)–\(later.periodEnd)) overlaps '\(earlier.id)' (\(earlier.periodStart)–\(earlier.periodEnd))",
                                   hint: "only one poverty standard applies in a year: correct the periods"))
        }
        return problems
    }
}

enum NTMChecks {
    /// The criteria table, when present, lists all 19 criteria.
    static func criteriaTable(_ criteria: [NTMCriterion], file: TableFile?) -> [Diagnostic] {
        guard let file, !criteria.isEmpty else { return [] }
        let missing = (1...19).filter { number in !criteria.contains { $0.number == number } }
        guard !missing.isEmpty else { return [] }
        return [.warning(at: SourceLocation(path: file.displayPath), "criteria \(missing.map(String.init).joined(separator: ", ")) are missing",
                         hint: "the national set has 19 criteria (Quyết định 318/QĐ-TTg)")]
    }
}
