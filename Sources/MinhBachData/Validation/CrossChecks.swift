import MinhBachDiagnostics

/// Checks that need a whole table.
enum AreaChecks {
    /// Every district and commune names an existing parent one level up.
    /// A commune's parent code that lost its leading zeros (`58` for `058`)
    /// is re-padded, with a warning, when the padded code is a unit.
    static func parents(_ areas: inout [Area], _ registry: inout Registry) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var lostZeros: [LostZeros.Code] = []
        for index in areas.indices {
            let area = areas[index]
            guard var code = area.parent, let at = area.parentLocation else { continue }
            let expected: AreaLevel = area.level == .district || area.scheme == .v2025 ? .province : .district
            if registry.areas[AreaKey(area.scheme, code)] == nil, code.count < expected.codeWidth {
                let padded = String(repeating: "0", count: expected.codeWidth - code.count) + code
                if registry.areas[AreaKey(area.scheme, padded)] != nil {
                    lostZeros.append(LostZeros.Code(location: at, column: "parent", what: .parentCode, written: code, readAs: padded))
                    code = padded
                    areas[index].parent = padded
                    registry.areas[area.key]?.parent = padded
                }
            }
            guard let parent = registry.areas[AreaKey(area.scheme, code)] else {
                if let failures = registry.failures[.areas], failures.rejected.contains(code) {
                    // The parent's row is in the table but has errors of its own.
                    problems.append(Diagnostic(.data(.referenceRejected), at: at, [MessageArgument("column", "parent"),
                                               MessageArgument("what", ReferredTable.areas.named), MessageArgument("id", code)],
                                               cause: failures.path))
                } else {
                    problems.append(Diagnostic(.data(.parentMissing), at: at, [MessageArgument("code", code),
                                                                                 MessageArgument("scheme", area.scheme.named)]))
                }
                continue
            }
            if parent.level != expected {
                problems.append(Diagnostic(.data(.parentWrongLevel), at: at, [
                    MessageArgument("code", code), MessageArgument("name", parent.name), MessageArgument("level", parent.level.named),
                    MessageArgument("child", area.level.named), MessageArgument("scheme", area.scheme.named),
                    MessageArgument("expected", expected.named)]))
            }
        }
        return problems + LostZeros.notices(lostZeros)
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
        let sorted = standards.sorted { ($0.periodStart, $0.periodEnd, $0.location) < ($1.periodStart, $1.periodEnd, $1.location) }
        var problems: [Diagnostic] = []
        // Each is compared with the one reaching furthest so far, not only
        // its neighbour: 2016–2021, 2018–2019, 2021–2025 overlap twice.
        var furthest: PovertyStandard?
        for later in sorted {
            if let earlier = furthest, later.periodStart <= earlier.periodEnd {
                problems.append(Diagnostic(.data(.povertyStandardsOverlap), at: later.location, [
                    MessageArgument("id", later.id), MessageArgument("start", String(later.periodStart)), MessageArgument("end", String(later.periodEnd)),
                    MessageArgument("other", earlier.id), MessageArgument("otherStart", String(earlier.periodStart)),
                    MessageArgument("otherEnd", String(earlier.periodEnd))]))
            }
            if furthest.map({ later.periodEnd > $0.periodEnd }) ?? true { furthest = later }
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
        return [Diagnostic(.data(.criteriaTableIncomplete), at: SourceLocation(path: file.displayPath),
                           [MessageArgument("missing", missing.map(String.init).joined(separator: ", "))])]
    }
}
