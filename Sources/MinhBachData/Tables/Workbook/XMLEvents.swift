import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams the elements of one XML part to a handler (SAX, on libxml2),
/// without namespace prefixes, and refuses XML nested deeper than
/// `WorkbookLimits.maxXMLDepth`. The handler may stop the parse with an error.
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Handler = (Event) throws(WorkbookProblem) -> Void

    enum Event {
        case start(String, [String: String])
        case text(String)
        case end(String)
    }

    private let part: String
    private let handler: Handler
    private var depth = 0
    private var failure: WorkbookProblem?

    private init(part: String, handler: @escaping Handler) {
        self.part = part
        self.handler = handler
    }

    static func parse(_ data: Data, part: String, handler: @escaping Handler) throws(WorkbookProblem) {
        let events = XMLEvents(part: part, handler: handler)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let parsed = parser.parse()
        if let failure = events.failure { throw failure }
        if !parsed {
            let detail = parser.parserError.map { "line \(parser.lineNumber): \(($0 as NSError).code)" } ?? "line \(parser.lineNumber)"
            throw .invalidXML(part, detail: detail)
        }
    }

    private func send(_ event: Event, _ parser: XMLParser) {
        guard failure == nil else { return }
        do {
            try handler(event)
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if depth > WorkbookLimits.maxXMLDepth, failure == nil {
            failure = .tooDeep(part)
            parser.abortParsing()
            return
        }
        send(.start(elementName, attributes), parser)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        send(.end(elementName), parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        send(.text(string), parser)
    }
}
