/// The conversion table as territory: legacy communes and 2025 communes
/// joined wherever land passed from one to the other. Each connected group
/// (a *piece*) covers the same ground in both maps, so a sum over one side
/// of a piece is a figure for the other side — unless a unit in it was only
/// partly merged, whose remainder the table does not place.
struct TerritoryGraph: Sendable {
    struct Piece: Sendable {
        /// Commune codes on each side, ascending.
        var legacy: [String]
        var v2025: [String]
        /// Legacy codes of the piece that were split (`partly_merged`).
        var split: [String]
        var exact: Bool { split.isEmpty }

        func codes(_ scheme: Scheme) -> [String] { scheme == .legacy ? legacy : v2025 }
    }

    private(set) var pieces: [Piece] = []
    /// Commune code → piece, per scheme.
    private var pieceOf: [Scheme: [String: Int]] = [.legacy: [:], .v2025: [:]]

    init(_ conversions: [AreaConversion]) {
        // Union–find over "legacy code" and "2025 code" nodes.
        var node: [AreaKey: Int] = [:]
        var parent: [Int] = []
        func id(_ key: AreaKey) -> Int {
            if let existing = node[key] { return existing }
            node[key] = parent.count
            parent.append(parent.count)
            return parent.count - 1
        }
        func root(_ start: Int) -> Int {
            var cursor = start
            while parent[cursor] != cursor {
                parent[cursor] = parent[parent[cursor]]
                cursor = parent[cursor]
            }
            return cursor
        }
        for conversion in conversions {
            let (a, b) = (root(id(AreaKey(.legacy, conversion.oldCode))), root(id(AreaKey(.v2025, conversion.newCode))))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var pieceOfRoot: [Int: Int] = [:]
        for (key, index) in node.sorted(by: { $0.key < $1.key }) {
            let top = root(index)
            let piece = pieceOfRoot[top] ?? {
                pieces.append(Piece(legacy: [], v2025: [], split: []))
                pieceOfRoot[top] = pieces.count - 1
                return pieces.count - 1
            }()
            pieceOf[key.scheme]![key.code] = piece
            if key.scheme == .legacy { pieces[piece].legacy.append(key.code) } else { pieces[piece].v2025.append(key.code) }
        }
        for conversion in conversions where conversion.partlyMerged {
            guard let piece = pieceOf[.legacy]![conversion.oldCode] else { continue }
            if !pieces[piece].split.contains(conversion.oldCode) { pieces[piece].split.append(conversion.oldCode) }
        }
        for index in pieces.indices { pieces[index].split.sort() }
    }

    func piece(_ scheme: Scheme, _ code: String) -> Int? { pieceOf[scheme]![code] }
}
