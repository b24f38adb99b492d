import Foundation

/// Finds what a browser would run or load in an HTML or SVG file: script
/// elements, event-handler attributes, addresses with a script scheme,
/// frames and plug-ins. It tokenizes tags the way the HTML parser does
/// (quoted and bare attribute values, character references, comments and
/// raw-text elements skipped), so escaped text such as `&lt;script&gt;` is
/// not mistaken for a tag, and a tag hidden by broken quoting is not missed.
enum ActiveContent {
    struct Finding: CustomStringConvertible {
        var file: String
        var what: String
        var description: String { "\(file): \(what)" }
    }

    /// Scripts the theme itself puts on pages: `<script src>` of its assets
    /// and JSON-LD data blocks.
    static func isThemeScript(_ attributes: [String: String]) -> Bool {
        if let source = attributes["src"] { return source.hasPrefix("/assets/") && !source.contains(":") }
        return attributes["type"] == "application/ld+json"
    }

    static let addressAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "background"]
    static let forbiddenElements: Set<String> = ["iframe", "object", "embed", "frame", "base"]

    static func findings(in html: String, file: String) -> [Finding] {
        var found: [Finding] = []
        let bytes = Array(html.utf8)
        var index = 0
        func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        func skip(past marker: String) {
            let needle = Array(marker.utf8)
            while index < bytes.count {
                if bytes[index] == needle[0], bytes.count - index >= needle.count,
                   Array(bytes[index..<index + needle.count]) == needle { index += needle.count; return }
                index += 1
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            index += 1
            if bytes[index] == UInt8(ascii: "!"), at(index + 1) == UInt8(ascii: "-"), at(index + 2) == UInt8(ascii: "-") {
                index += 3
                skip(past: "-->")
                continue
            }
            guard let first = at(index), isLetter(first) else { continue }
            var name = ""
            while let byte = at(index), !isSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/") {
                name.unicodeScalars.append(Unicode.Scalar(byte | (isLetter(byte) ? 0x20 : 0)))
                index += 1
            }
            var attributes: [String: String] = [:]
            while let byte = at(index), byte != UInt8(ascii: ">") {
                if isSpace(byte) || byte == UInt8(ascii: "/") { index += 1; continue }
                var attribute = ""
                while let byte = at(index), !isSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "="),
                      !(byte == UInt8(ascii: "/") && !attribute.isEmpty) {
                    attribute.unicodeScalars.append(Unicode.Scalar(isLetter(byte) ? byte | 0x20 : byte))
                    index += 1
                }
                var value = ""
                if at(index) == UInt8(ascii: "=") {
                    index += 1
                    var raw: [UInt8] = []
                    if let quote = at(index), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        index += 1
                        while let byte = at(index), byte != quote { raw.append(byte); index += 1 }
                        index += 1
                    } else {
                        while let byte = at(index), !isSpace(byte), byte != UInt8(ascii: ">") { raw.append(byte); index += 1 }
                    }
                    value = decodeReferences(String(decoding: raw, as: UTF8.self))
                }
                if attribute.isEmpty { index += 1; continue }
                attributes[attribute] = value
                if attribute.hasPrefix("on") { found.append(Finding(file: file, what: "<\(name) \(attribute)=\"\(value)\">")) }
                if addressAttributes.contains(attribute), isScriptAddress(value) {
                    found.append(Finding(file: file, what: "<\(name) \(attribute)=\"\(value)\">"))
                }
            }
            index += 1
            if forbiddenElements.contains(name) { found.append(Finding(file: file, what: "<\(name)> element")) }
            if name == "meta", attributes["http-equiv"]?.lowercased() == "refresh" { found.append(Finding(file: file, what: "<meta http-equiv=refresh>")) }
            if name == "script" {
                let start = index
                skip(past: "</script")
                let body = String(decoding: bytes[start..<max(start, index - 8)], as: UTF8.self)
                if !isThemeScript(attributes) { found.append(Finding(file: file, what: "<script> \(body.prefix(80))")) }
                if attributes["type"] == "application/ld+json", body.contains("<") {
                    found.append(Finding(file: file, what: "'<' inside a JSON-LD block"))
                }
            } else if ["style", "textarea", "title", "xmp"].contains(name) {
                skip(past: "</\(name)")
            }
        }
        return found
    }

    /// javascript:, vbscript: and data: (other than images), as a browser
    /// reads them: case-insensitive, ignoring spaces and control characters.
    static func isScriptAddress(_ value: String) -> Bool {
        let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        if squeezed.hasPrefix("data:") { return !squeezed.hasPrefix("data:image/") || squeezed.hasPrefix("data:image/svg") }
        return squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("vbscript:")
    }

    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"),
                                    ("&colon;", ":"), ("&Tab;", "\t"), ("&NewLine;", "\n")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        // Numeric references (&#106; &#x6A;): a classic way to hide "javascript:".
        var decoded = ""
        var scanner = result[...]
        while let amp = scanner.firstIndex(of: "&") {
            decoded += scanner[..<amp]
            let rest = scanner[amp...]
            if rest.hasPrefix("&#"), let semicolon = rest.firstIndex(of: ";") {
                let body = rest[rest.index(amp, offsetBy: 2)..<semicolon]
                let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
                if let value, let scalar = Unicode.Scalar(value) {
                    decoded.unicodeScalars.append(scalar)
                    scanner = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            decoded += "&"
            scanner = rest.dropFirst()
        }
        decoded += scanner
        return decoded.replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
}
