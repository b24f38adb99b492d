/// Symbols of the theme and its components that the print family
/// (Liberation Serif) does not have: the browser would take each from
/// another font, and the PDF would carry a second family. In the copy that
/// `minhbach pdf` prints they are drawn instead, as small inline SVGs in the
/// text colour, named for screen readers and text extraction by `aria-label`.
enum PrintGlyphs {
    /// The symbol and its drawing on a 16 × 16 grid, declared once.
    static let drawings: [(symbol: Unicode.Scalar, paths: String)] = [
        // Heavy check mark (a target achieved).
        ("\u{2714}", #"<path d="M2.5 8.5l3.8 3.8L13.8 3.6" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>"#),
        // Check mark (a task done, a criterion met).
        ("\u{2713}", #"<path d="M2.5 8.5l3.8 3.8L13.8 3.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>"#),
        // Ballot X (a criterion not met).
        ("\u{2717}", #"<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>"#),
        // Progress categories (docs/PROGRESS.md): black up-pointing triangle
        // (on track), white up-pointing triangle (acceleration needed), white
        // right-pointing triangle (limited progress), black down-pointing
        // triangle (deterioration).
        ("\u{25B2}", #"<path d="M8 2.5L14 13.5H2z" fill="currentColor"/>"#),
        ("\u{25B3}", #"<path d="M8 2.8L13.6 13H2.4z" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/>"#),
        ("\u{25B7}", #"<path d="M3 2.4L13.2 8L3 13.6z" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/>"#),
        ("\u{25BC}", #"<path d="M8 13.5L14 2.5H2z" fill="currentColor"/>"#),
        // Warning sign (a task overdue).
        ("\u{26A0}", #"<path d="M8 1.8L15 14.2H1z" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/><path d="M8 6v4.2" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="12.3" r="0.95" fill="currentColor"/>"#),
    ]

    private static let bySymbol = Dictionary(uniqueKeysWithValues: drawings.map { ($0.symbol, $0.paths) })

    /// Elements whose text is not drawn as text of the page (or is not HTML).
    private static let rawElements = ["script", "style", "title", "desc", "textarea"]

    static func svg(_ symbol: Unicode.Scalar, paths: String) -> String {
        #"<svg class="print-glyph" viewBox="0 0 16 16" width="0.9em" height="0.9em" role="img" aria-label="\#(symbol)">\#(paths)</svg>"#
    }

    /// The page with every listed symbol in its text drawn; tags, attributes
    /// and the text of `rawElements` stay as they are.
    static func drawn(in html: String) -> String {
        guard html.unicodeScalars.contains(where: { bySymbol[$0] != nil }) else { return html }
        var output = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var rawUntil: String?   // the closing tag that ends a raw element
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let end = scalars[index...].firstIndex(of: ">") ?? scalars.count - 1
                let tag = String(String.UnicodeScalarView(scalars[index...end])).lowercased()
                if let closing = rawUntil {
                    if tag.hasPrefix(closing) { rawUntil = nil }
                } else if let name = rawElements.first(where: { tag.hasPrefix("<\($0)") && !tag.hasSuffix("/>") }),
                          tag.dropFirst(name.count + 1).first.map({ $0 == ">" || $0 == " " || $0 == "\n" }) ?? false {
                    rawUntil = "</\(name)"
                }
                output.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if rawUntil == nil, let paths = bySymbol[scalar] {
                output.append(contentsOf: svg(scalar, paths: paths).unicodeScalars)
                index += 1
                // A variation selector after the symbol (✔︎, ✔️) goes with it.
                if index < scalars.count, scalars[index] == "\u{FE0E}" || scalars[index] == "\u{FE0F}" { index += 1 }
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }
}
