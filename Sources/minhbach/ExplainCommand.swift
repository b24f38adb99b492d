import ArgumentParser
import MinhBachDiagnostics

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a message's code, such as MB2104, in Vietnamese and English.",
        discussion: "Every message names its code (error[MB2104]: …). With --all, prints every code: the text of docs/ERRORS.md."
    )

    @Argument(help: ArgumentHelp("The code, e.g. MB2104.", valueName: "code"))
    var code: String?

    @Flag(name: .long, help: "Print every code.")
    var all = false

    func validate() throws {
        guard all || code != nil else { throw ValidationError("name a code, e.g. minhbach explain MB2104, or give --all") }
        if let code, MessageCode(identifier: code) == nil {
            throw ValidationError("không có mã '\(code)' / there is no code '\(code)'; minhbach explain --all lists every code")
        }
    }

    func run() throws {
        if all { return print(MessageExplanation.errorsDocument, terminator: "") }
        if let code, let known = MessageCode(identifier: code) { print(MessageExplanation.markdown(known), terminator: "") }
    }
}
