import ArgumentParser
import Foundation
import MinhBachBuild
import MinhBachDiagnostics

extension MessageLanguage: ExpressibleByArgument {}

/// `--lang`: the language problems are reported in.
struct MessageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of messages: vi or en (default: the site's language in site.yaml).", valueName: "lang"))
    var lang: MessageLanguage?

    func language(ofSiteAt source: URL) -> MessageLanguage {
        lang ?? .ofSite(at: source)
    }
}
