import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics

extension MessageLanguage: ExpressibleByArgument {}

/// `--lang`: the language problems are reported in.
struct MessageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of messages: vi or en (default: the site's language in site.yaml).", valueName: "lang"))
    var lang: MessageLanguage?

    /// `--lang`, or the `language` of the site.yaml the command loaded
    /// (Vietnamese when site.yaml could not be read: its default).
    func language(siteLanguage: String) -> MessageLanguage {
        lang ?? MessageLanguage(siteLanguage: siteLanguage)
    }

    /// For a command that does not load the site (serve, workbook): its
    /// site.yaml read for the language alone.
    func language(ofSiteAt source: URL) -> MessageLanguage {
        lang ?? .ofSite(at: source)
    }
}
