/// Addresses written in data and settings that pages link to. HTML escaping
/// keeps such a value inside its attribute, but not from being a
/// `javascript:` address that runs when clicked, or `//host/` and `/\host/`,
/// which browsers read as another site.
public enum LinkAddress {
    /// A path on this site: one `/` first, then anything but a second `/` or `\`.
    public static func isSitePath(_ address: String) -> Bool {
        let squeezed = browserView(address)
        guard squeezed.first == "/" else { return false }
        let second = squeezed.dropFirst().first
        return second != "/" && second != "\\"
    }

    /// An address a link may point to without running anything: `http:`,
    /// `https:`, `mailto:` or `tel:`, a path on this site, or a relative
    /// address (no scheme).
    public static func isSafe(_ address: String) -> Bool {
        let squeezed = browserView(address)
        if squeezed.hasPrefix("/") { return isSitePath(address) }
        guard let colon = squeezed.firstIndex(of: ":") else { return !squeezed.hasPrefix("\\") }
        let scheme = squeezed[..<colon]
        // A colon after a '/', '?' or '#' belongs to a relative address (`a/b:c`).
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto", "tel"].contains(scheme.lowercased())
    }

    /// The address as a browser reads it: without the spaces around it and
    /// the tabs and line breaks inside it (`java\tscript:` is `javascript:`).
    private static func browserView(_ address: String) -> String {
        String(address.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
    }
}
