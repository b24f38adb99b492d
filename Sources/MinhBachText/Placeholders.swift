/// Text from the theme's strings with named places to fill:
/// `"{title}: {rows} rows"`. Filled in one pass on the bytes: Foundation's
/// `replacingOccurrences`, once a name, cost about 90,000 instructions a
/// call, and filled a name again inside a value filled before it.
public enum Placeholders {
    /// Each `{name}` of `values` replaced by its value; other braces stay as written.
    public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return fill(Array(template.utf8)) { name in values.first { $0.key.utf8.elementsEqual(name) }?.value }
    }

    /// The one pass on the bytes: each `{name}` for which `value` answers
    /// is replaced by the answer; other braces stay as written.
    public static func fill(_ bytes: [UInt8], value: (ArraySlice<UInt8>) -> String?) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let filled = value(bytes[(index + 1)..<close]) {
                result.append(contentsOf: filled.utf8)
                index = close + 1
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
