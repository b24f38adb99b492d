import Foundation

/// A JSON value whose objects keep their keys in the order written, so that
/// downloads list columns in the same order as the CSV and builds are
/// byte-for-byte reproducible.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        JSONWriter.text(a) == JSONWriter.text(b)
    }

    init(_ cell: DataTable.Cell) {
        switch cell {
        case .text(let value): self = .string(value)
        case .number(let value): self = value.isFinite ? .number(value) : .null
        case .integer(let value): self = .integer(value)
        case .bool(let value): self = .bool(value)
        case .list(let values): self = .array(values.map { .string($0) })
        case .empty: self = .null
        }
    }
}

/// Writes JSON as UTF-8 bytes into one buffer: an indicator's download on a
/// national site is 15 MB of small pieces, and appending each to a `String`
/// (uniqueness, capacity and encoding checks every time) cost several times
/// the copy.
enum JSONWriter {
    /// - Parameters:
    ///   - prettyDepth: containers nested less deeply than this are spread
    ///     over lines (2: a document's keys and its list of records, one
    ///     record a line); deeper ones are written on one line.
    ///   - forScript: for a `<script>` element in HTML: `<`, `>` and `&` are
    ///     written as `\u003c`, `\u003e`, `\u0026`, so no text from the data
    ///     can close the element (`</script>`) or open a comment.
    static func text(_ value: JSONValue, prettyDepth: Int = 0, forScript: Bool = false) -> String {
        var out: [UInt8] = []
        write(value, into: &out, depth: 0, prettyDepth: prettyDepth, forScript: forScript)
        return String(decoding: out, as: UTF8.self)
    }

    static func data(_ value: JSONValue, prettyDepth: Int = 2) -> Data {
        var out: [UInt8] = []
        write(value, into: &out, depth: 0, prettyDepth: prettyDepth, forScript: false)
        out.append(0x0A)
        return Data(out)
    }

    /// A page's download: the `header` members, then `records`, the rows of
    /// `table` (the bytes `data(.object(header + [("records", rows as
    /// objects)]))` writes), written from the cells without a tree of
    /// `JSONValue`s: an indicator of a national site has 50,000 records.
    static func document(_ header: [(String, JSONValue)], records table: DataTable) -> Data {
        var out: [UInt8] = [0x7B]                                   // {
        for (key, value) in header {
            newLine(&out, depth: 1)
            string(key, into: &out, forScript: false)
            out.append(contentsOf: ": ".utf8)
            write(value, into: &out, depth: 1, prettyDepth: 2, forScript: false)
            out.append(0x2C)
        }
        newLine(&out, depth: 1)
        string("records", into: &out, forScript: false)
        out.append(contentsOf: ": ".utf8)
        records(table, into: &out, depth: 1)
        newLine(&out, depth: 0)
        out.append(contentsOf: "}\n".utf8)
        return Data(out)
    }

    /// A table as an array of records, one a line (the bytes
    /// `data(.array(rows as objects), prettyDepth: 1)` writes), without a
    /// tree of `JSONValue`s: the national observations are 603,060 records,
    /// and their tree was hundreds of megabytes of the build's peak.
    static func records(_ table: DataTable) -> Data { Data(recordBytes(table)) }

    /// The same bytes, without the copy into `Data` (`BundleTableWriter`
    /// makes them a thousand rows at a time for the data bundle).
    static func recordBytes(_ table: DataTable) -> [UInt8] {
        var out: [UInt8] = []
        records(table, into: &out, depth: 0)
        out.append(0x0A)
        return out
    }

    /// The rows spread over lines at `depth + 1`, each record on one line.
    private static func records(_ table: DataTable, into out: inout [UInt8], depth: Int) {
        guard !table.rows.isEmpty else { out.append(contentsOf: "[]".utf8); return }
        out.reserveCapacity(out.count + table.rows.count * 64 * max(1, table.columns.count))
        let keys = recordKeys(table.columns)
        out.append(0x5B)                                            // [
        for offset in table.rows.indices {
            record(table.rows[offset], keys: keys, isFirst: offset == 0, into: &out, depth: depth)
        }
        newLine(&out, depth: depth)
        out.append(0x5D)                                            // ]
    }

    /// Each column's `"name":`, written once rather than once a row.
    static func recordKeys(_ columns: [String]) -> [[UInt8]] {
        columns.map { column -> [UInt8] in
            var key: [UInt8] = []
            string(column, into: &key, forScript: false)
            key.append(0x3A)
            return key
        }
    }

    /// One row of `records`, with the comma and line before it.
    static func record(_ row: [DataTable.Cell], keys: [[UInt8]], isFirst: Bool, into out: inout [UInt8], depth: Int) {
        if !isFirst { out.append(0x2C) }
        newLine(&out, depth: depth + 1)
        guard !keys.isEmpty, !row.isEmpty else { out.append(contentsOf: "{}".utf8); return }
        out.append(0x7B)
        for (index, (key, cell)) in zip(keys, row).enumerated() {
            if index > 0 { out.append(0x2C) }
            out.append(contentsOf: key)
            cellValue(cell, into: &out)
        }
        out.append(0x7D)
    }

    /// The end of `records` after its last row (and the line end of `recordBytes`).
    static func recordsEnd(into out: inout [UInt8]) {
        newLine(&out, depth: 0)
        out.append(0x5D)                                            // ]
        out.append(0x0A)
    }

    /// A cell as `write(JSONValue(cell), ...)` writes it, without making the value first.
    private static func cellValue(_ cell: DataTable.Cell, into out: inout [UInt8]) {
        switch cell {
        case .text(let text): string(text, into: &out, forScript: false)
        case .number(let number): out.append(contentsOf: (number.isFinite ? MachineNumber.text(number) : "null").utf8)
        case .integer(let number): out.append(contentsOf: String(number).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .empty: write(JSONValue(cell), into: &out, depth: 0, prettyDepth: 0, forScript: false)
        }
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], depth: Int, prettyDepth: Int, forScript: Bool) {
        let pretty = depth < prettyDepth
        switch value {
        case .string(let text): string(text, into: &out, forScript: forScript)
        case .number(let number): out.append(contentsOf: (number.isFinite ? MachineNumber.text(number) : "null").utf8)
        case .integer(let number): out.append(contentsOf: String(number).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(0x5B)                                        // [
            for (offset, item) in items.enumerated() {
                if offset > 0 { out.append(0x2C) }                  // ,
                if pretty { newLine(&out, depth: depth + 1) }
                write(item, into: &out, depth: depth + 1, prettyDepth: prettyDepth, forScript: forScript)
            }
            if pretty { newLine(&out, depth: depth) }
            out.append(0x5D)                                        // ]
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)                                        // {
            for (offset, (key, item)) in members.enumerated() {
                if offset > 0 { out.append(0x2C) }
                if pretty { newLine(&out, depth: depth + 1) }
                string(key, into: &out, forScript: forScript)
                out.append(0x3A)                                    // :
                if pretty { out.append(0x20) }
                write(item, into: &out, depth: depth + 1, prettyDepth: prettyDepth, forScript: forScript)
            }
            if pretty { newLine(&out, depth: depth) }
            out.append(0x7D)                                        // }
        }
    }

    private static func newLine(_ out: inout [UInt8], depth: Int) {
        out.append(0x0A)
        for _ in 0..<depth { out.append(0x20); out.append(0x20) }
    }

    /// A JSON string literal: `"Hòa \"A\""`.
    static func quoted(_ text: String, forScript: Bool = false) -> String {
        var out: [UInt8] = []
        string(text, into: &out, forScript: forScript)
        return String(decoding: out, as: UTF8.self)
    }

    private static func string(_ text: String, into out: inout [UInt8], forScript: Bool) {
        out.append(0x22)
        defer { out.append(0x22) }
        let bytes = text.utf8
        // Most strings need no escape: one scan of the contiguous bytes (the
        // view's iterator cost several times as much), then a plain copy.
        let plain = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            if forScript {
                return !buffer.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }
            }
            return !buffer.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
        } ?? !bytes.contains(where: { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 || (forScript && (byte == 0x3C || byte == 0x3E || byte == 0x26))
        })
        if plain {
            out.append(contentsOf: bytes)
            return
        }
        let all = Array(bytes)
        var index = 0
        while index < all.count {
            let byte = all[index]
            index += 1
            switch byte {
            case 0x22: out.append(contentsOf: #"\""#.utf8)
            case 0x5C: out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x3C where forScript: out.append(contentsOf: #"\u003c"#.utf8)
            case 0x3E where forScript: out.append(contentsOf: #"\u003e"#.utf8)
            case 0x26 where forScript: out.append(contentsOf: #"\u0026"#.utf8)
            // Line and paragraph separators (E2 80 A8, E2 80 A9) end a line in JavaScript.
            case 0xE2 where index + 1 < all.count && all[index] == 0x80 && (all[index + 1] == 0xA8 || all[index + 1] == 0xA9):
                out.append(contentsOf: (all[index + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                index += 2
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
        }
    }
}
