/// A kind of fenced block that a page's Markdown turns into HTML
/// (```` ```chart ````, ```` ```kpi ````…): its name, the settings its body
/// takes and how it renders them.
///
/// The settings are declared once: the block rejects keys it does not
/// declare (with a suggestion), and each accessor of `Block` checks that
/// the key it reads is declared with that kind of value, so a renderer
/// and its declaration cannot drift apart unnoticed.
protocol Component: Sendable {
    /// The info string of the fence, e.g. `chart`.
    static var name: String { get }
    /// The keys the body may have, in the order they are documented.
    static var settings: [ComponentSetting] { get }
    /// The HTML of one block whose body parsed as YAML; problems go into `block`.
    static func render(_ block: inout Block) -> String
}
