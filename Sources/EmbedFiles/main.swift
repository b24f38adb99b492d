import Foundation

// Writes the files of a folder as a Swift enum, so that the binary carries
// them wherever it is installed (a resource bundle would have to sit next
// to it). Run by the EmbedFilesPlugin build-tool plugin at build time.
//
// Usage: EmbedFiles ENUM FOLDER OUTPUT RELATIVE-PATH...

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedFiles ENUM FOLDER OUTPUT RELATIVE-PATH...\n".utf8))
    exit(2)
}
let enumName = arguments[arguments.startIndex]
let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 1], isDirectory: true)
let output = URL(fileURLWithPath: arguments[arguments.startIndex + 2])
let paths = arguments.dropFirst(3).sorted()

do {
    var embedded = EmbeddedSource(enumName: enumName, folderName: folder.lastPathComponent)
    for path in paths {
        embedded.add(path, try Data(contentsOf: folder.appendingPathComponent(path)))
    }
    let text = Data(embedded.swiftSource.utf8)
    // Leaves an unchanged file alone, so that nothing downstream recompiles.
    if (try? Data(contentsOf: output)) != text {
        try text.write(to: output, options: .atomic)
    }
} catch {
    FileHandle.standardError.write(Data("EmbedFiles: \(error.localizedDescription)\n".utf8))
    exit(1)
}
