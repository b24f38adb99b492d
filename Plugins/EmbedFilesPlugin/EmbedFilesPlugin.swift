import Foundation
import PackagePlugin

/// Compiles a folder of the repository into the target that uses this
/// plugin, as a Swift enum written at build time (by the EmbedFiles tool):
/// `templates/` (the built-in theme) and `content/` (the example site of
/// `minhbach init`) stay the only copies, and an edited, added or removed
/// file is picked up by the next `swift build`.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    /// Which folder each target embeds, and the enum it reads it from.
    static let embeds: [String: (folder: String, enumName: String)] = [
        "MinhBachTemplates": ("templates", "DefaultTheme"),
        "MinhBachBuild": ("content", "ExampleSite"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let embed = Self.embeds[target.name] else {
            throw PluginError("EmbedFilesPlugin does not know what \(target.name) embeds: add it to EmbedFilesPlugin.embeds")
        }
        let generatedName = "\(embed.enumName).generated.swift"
        if let module = target.sourceModule, module.sourceFiles.contains(where: { $0.url.lastPathComponent == generatedName }) {
            // A copy left from when the file was committed would declare the enum twice.
            throw PluginError("""
                \(module.directoryURL.lastPathComponent)/\(generatedName) is no longer used: \
                \(embed.folder)/ is embedded at build time. Delete the file (git rm it).
                """)
        }
        let folder = context.package.directoryURL.appendingPathComponent(embed.folder, isDirectory: true)
        let paths = try Self.files(below: folder)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent(generatedName)
        return [
            .buildCommand(
                displayName: "Embedding \(embed.folder)/ as \(embed.enumName)",
                executable: try context.tool(named: "EmbedFiles").url,
                // The paths are arguments so that adding or removing a file
                // changes the command, and the build runs it again.
                arguments: [embed.enumName, folder.path, output.path] + paths,
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
