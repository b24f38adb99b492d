import MinhBachDiagnostics
import MinhBachMarkdown

/// What can be wrong with a link or image of a page, and its message
/// (`MB62xx`). Every message of page resources and links is here.
enum ReferenceProblem: Equatable {
    /// No file at the path the image names (`expected` is below `content/`).
    case missingImage(written: String, expected: String, suggestion: String?)
    /// No page or file where a link leads.
    case missingTarget(written: String, expected: String, suggestion: String?)
    /// A link to a Markdown file that is not a page of the site.
    case missingPage(written: String, expected: String, suggestion: String?)
    /// A link to a Markdown file that is not published: a draft, or a file
    /// that lost its URL to another.
    case unpublishedPage(written: String, expected: String, isDraft: Bool)

    /// The catalogue's code: a problem with a close name gets the variant
    /// whose hint names it.
    var code: LinkMessage {
        switch self {
        case .missingImage(_, _, let suggestion): suggestion == nil ? .imageMissing : .imageMissingSuggesting
        case .missingTarget(_, _, let suggestion): suggestion == nil ? .linkTargetMissing : .linkTargetMissingSuggesting
        case .missingPage(_, _, let suggestion): suggestion == nil ? .linkedPageMissing : .linkedPageMissingSuggesting
        case .unpublishedPage(_, _, let isDraft): isDraft ? .linkedPageDraft : .linkedPageUnpublished
        }
    }

    var arguments: [MessageArgument] {
        switch self {
        case .missingImage(let written, let expected, let suggestion), .missingTarget(let written, let expected, let suggestion),
             .missingPage(let written, let expected, let suggestion):
            [MessageArgument("written", written), MessageArgument("expected", expected)]
                + (suggestion.map { [MessageArgument("suggestion", $0)] } ?? [])
        case .unpublishedPage(let written, let expected, _):
            [MessageArgument("written", written), MessageArgument("expected", expected)]
        }
    }

    func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.links(code), at: location, arguments)
    }
}
