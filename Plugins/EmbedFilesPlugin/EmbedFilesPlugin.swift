import Foundation
import PackagePlugin

/// Compiles a folder of the repository into the target that uses this
/// plugin, as a Swift enum written at build time by the EmbedFiles tool:
/// `templates/` (the built-in theme) and `content/` (the example site of
/// `minhbach init`) stay the only copies, and an edited, added or removed
/// file is in the next `swift build`.
///
/// The folder is reached through a symbolic link in the target's directory,
/// named as the enum (`Sources/MinhBachTemplates/DefaultTheme` →
/// `../../templates`) and excluded from the target's sources. The link is
/// what makes an added or removed file work: SwiftPM plans the build again
/// (and so runs this plugin again, with the new list of files) only when
/// something in a target's directory appears or disappears.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    /// The enum each target reads its embedded folder from; the link to the
    /// folder has the same name.
    static let enumNames: [String: String] = [
        "MinhBachTemplates": "DefaultTheme",
        "MinhBachBuild": "ExampleSite",
    ]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let enumName = Self.enumNames[target.name] else {
            throw PluginError("EmbedFilesPlugin does not know what \(target.name) embeds: add it to EmbedFilesPlugin.enumNames")
        }
        let generatedName = "\(enumName).generated.swift"
        if let module = target.sourceModule, module.sourceFiles.contains(where: { $0.url.lastPathComponent == generatedName }) {
            // A copy left from when the file was committed would declare the enum twice.
            throw PluginError("""
                Sources/\(target.name)/\(generatedName) is no longer used: the folder is embedded at build time. \
                Delete the file (git rm it).
                """)
        }
        let link = target.directoryURL.appendingPathComponent(enumName, isDirectory: true)
        let folder = link.resolvingSymlinksInPath()
        guard link.path != folder.path else {
            throw PluginError("Sources/\(target.name)/\(enumName) must be a link to the folder to embed")
        }
        let paths = try Self.files(below: folder)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent(generatedName)
        return [
            .buildCommand(
                displayName: "Embedding \(folder.lastPathComponent) as \(enumName)",
                executable: try context.tool(named: "EmbedFiles").url,
                // The paths are arguments too, so that a new or removed file
                // changes the command and the build runs it again.
                arguments: [enumName, folder.path, output.path] + paths,
                inputFiles: paths.map { folder.appendingPathComponent($0) },
                outputFiles: [output]
            ),
        ]
    }

    /// The files below `folder`, relative to it, sorted; hidden files and
    /// folders (.DS_Store, editor swap files) are left out.
    static func files(below folder: URL) throws -> [String] {
        let root = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw PluginError("cannot read \(folder.path)")
        }
        var paths: [String] = []
        for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.count)))
        }
        return paths.sorted()
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
