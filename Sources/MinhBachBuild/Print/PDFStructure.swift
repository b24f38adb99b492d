import Foundation

/// Reads what `minhbach pdf` needs from a PDF Chromium wrote: the number of
/// pages, and the page each named destination (an element's id) is on.
///
/// Only the plain structure is read — the cross-reference table, the
/// catalog, the page tree and the `/Dests` dictionary — which Chromium
/// (Skia) writes uncompressed. Anything else gives nil, and the caller goes
/// on without page numbers in the contents.
struct PDFStructure {
    private let text: String
    private var offsets: [Int: String.Index] = [:]

    init?(_ data: Data) {
        guard data.starts(with: Array("%PDF-".utf8)) else { return nil }
        // The structure is ASCII; other bytes (inside streams) become "?", so that
        // offsets in the text are the file's byte offsets.
        let text = String(decoding: data.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        self.text = text
        guard let offsets = Self.crossReference(text) else { return nil }
        self.offsets = offsets
    }

    /// The pages in order, as object numbers.
    var pages: [Int]? {
        guard let catalog = rootObject, let pagesRef = Self.reference(after: "/Pages", in: catalog) else { return nil }
        var result: [Int] = []
        var visited: Set<Int> = []
        func walk(_ number: Int) -> Bool {
            guard visited.insert(number).inserted, let object = object(number) else { return false }
            if object.contains(/\/Type\s*\/Pages\b/) {
                guard let kids = object.firstMatch(of: /\/Kids\s*\[([^\]]*)\]/) else { return false }
                for ref in kids.output.1.matches(of: /(\d+)\s+\d+\s+R/) {
                    guard let kid = Int(ref.output.1), walk(kid) else { return false }
                }
                return true
            }
            result.append(number)
            return true
        }
        return walk(pagesRef) ? result : nil
    }

    /// Page numbers (from 1) of the named destinations.
    var destinationPages: [String: Int]? {
        guard let catalog = rootObject, let pages else { return nil }
        let dests: Substring
        if let ref = Self.reference(after: "/Dests", in: catalog), let object = object(ref) {
            dests = object
        } else {
            return [:]
        }
        let pageIndex = Dictionary(pages.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Int] = [:]
        for match in dests.matches(of: /\/([^\s\/\[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/) {
            guard let object = Int(match.output.2), let page = pageIndex[object] else { continue }
            result[Self.decodeName(match.output.1)] = page
        }
        return result
    }

    private var rootObject: Substring? {
        guard let trailer = text.range(of: "trailer", options: .backwards) else { return nil }
        guard let root = Self.reference(after: "/Root", in: text[trailer.upperBound...]) else { return nil }
        return object(root)
    }

    /// The text of object `number`, from `N 0 obj` to `endobj` (or to its stream).
    private func object(_ number: Int) -> Substring? {
        guard let start = offsets[number] else { return nil }
        let rest = text[start...]
        guard rest.hasPrefix("\(number) ") else { return nil }
        let end = [rest.range(of: "endobj")?.lowerBound, rest.range(of: "stream")?.lowerBound]
            .compactMap { $0 }.min() ?? rest.endIndex
        return rest[..<end]
    }

    private static func reference(after key: String, in text: Substring) -> Int? {
        guard let keyRange = text.range(of: key) else { return nil }
        let after = text[keyRange.upperBound...]
        guard let match = after.prefixMatch(of: /\s*(\d+)\s+\d+\s+R/) else { return nil }
        return Int(match.output.1)
    }

    /// The classic cross-reference table (`xref`, then 20-byte entries).
    private static func crossReference(_ text: String) -> [Int: String.Index]? {
        guard let startxref = text.range(of: "startxref", options: .backwards),
              let offsetMatch = text[startxref.upperBound...].prefixMatch(of: /\s*(\d+)/),
              let offset = Int(offsetMatch.output.1), offset < text.utf8.count else { return nil }
        let tableStart = text.utf8.index(text.startIndex, offsetBy: offset)
        var rest = text[tableStart...]
        guard rest.hasPrefix("xref") else { return nil }
        rest = rest.dropFirst(4)
        var offsets: [Int: String.Index] = [:]
        // One or more subsections: "first count", then count entries "oooooooooo ggggg n".
        while let header = rest.prefixMatch(of: /\s*(\d+)\s+(\d+)\s*\n/) {
            guard let first = Int(header.output.1), let count = Int(header.output.2) else { return nil }
            rest = rest[header.range.upperBound...]
            for number in first..<(first + count) {
                guard let entry = rest.prefixMatch(of: /(\d{10}) (\d{5}) ([nf])\s*\n?/) else { return nil }
                if entry.output.3 == "n", let at = Int(entry.output.1), at < text.utf8.count {
                    offsets[number] = text.utf8.index(text.startIndex, offsetBy: at)
                }
                rest = rest[entry.range.upperBound...]
            }
        }
        return offsets.isEmpty ? nil : offsets
    }

    /// `#xx` escapes of PDF names.
    private static func decodeName(_ name: Substring) -> String {
        guard name.contains("#") else { return String(name) }
        var bytes: [UInt8] = []
        var rest = name.utf8[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            if byte == UInt8(ascii: "#"), rest.count >= 2,
               let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
