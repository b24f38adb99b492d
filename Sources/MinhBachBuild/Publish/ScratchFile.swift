import Foundation

/// Bytes written to a temporary file a megabyte at a time and then read
/// back in order: a file of the data bundle made in one pass with the
/// others, and compressed once it is whole (the archive needs its size
/// before its bytes). The file is deleted when the value is let go.
final class ScratchFile {
    private let url = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-\(UUID().uuidString).tmp")
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// How many bytes were written.
    private(set) var size = 0
    private static let flushAt = 1 << 20

    init() throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forUpdating: url)
        buffer.reserveCapacity(Self.flushAt + 65_536)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Appends with a closure that writes into the buffer.
    func append(_ write: (inout [UInt8]) -> Void) throws {
        write(&buffer)
        if buffer.count >= Self.flushAt { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        size += buffer.count
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// `count` bytes from `position`, once every byte is written (`flush`).
    func read(at position: Int, count: Int) throws -> Data {
        try handle.seek(toOffset: UInt64(position))
        return try handle.read(upToCount: count) ?? Data()
    }
}
