import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deletes the previous build after the swap, on all cores.
///
/// The old site of a 10,000-page build is 10,000 folders with a page each,
/// and deleting it with `FileManager.removeItem` was the `publish` stage:
/// about 100 ms on one core, nearly all of it in the kernel (`rm -rf`
/// takes as long). Unlinking in different folders runs in parallel in the
/// kernel, so the tree is cut into its second-level entries (a section's
/// pages, an asset folder) and those are deleted on every core with
/// `unlinkat`, without following links; the folders above them last.
/// Whatever could not be deleted this way is left to `FileManager`, which
/// says nothing either: a leftover old site is not the build's failure.
enum FolderRemoval {
    static func remove(_ root: String) {
        var folders: [String] = []
        var pieces: [Entry] = []
        for entry in entries(of: root) {
            let path = root + "/" + entry.name
            guard entry.isFolder else {
                pieces.append(Entry(name: path, isFolder: false))
                continue
            }
            folders.append(path)
            pieces += entries(of: path).map { Entry(name: path + "/" + $0.name, isFolder: $0.isFolder) }
        }
        let box = Box(pieces)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
            let piece = box.pieces[index]
            if piece.isFolder { removeFolder(atPath: piece.name) } else { unlink(piece.name) }
        }
        for folder in folders { rmdir(folder) }
        if rmdir(root) != 0, errno != ENOENT { try? FileManager.default.removeItem(atPath: root) }
    }

    /// A name in a folder, or a path.
    private struct Entry {
        var name: String
        var isFolder: Bool
    }

    /// The names in a folder (not `.` and `..`), and which are folders
    /// (not links to folders).
    private static func entries(of path: String) -> [Entry] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var found: [Entry] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            found.append(Entry(name: name, isFolder: isFolder(entry.pointee.d_type, name, in: descriptor)))
        }
        return found
    }

    /// `d_type` says, except on file systems that leave it unknown.
    private static func isFolder(_ type: UInt8, _ name: String, in descriptor: Int32) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFDIR
    }

    /// A folder and all it holds.
    private static func removeFolder(atPath path: String) {
        for entry in entries(of: path) {
            let child = path + "/" + entry.name
            if entry.isFolder { removeFolder(atPath: child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// The paths, shared read-only by the threads.
    private final class Box: @unchecked Sendable {
        let pieces: [Entry]
        init(_ pieces: [Entry]) { self.pieces = pieces }
    }
}
