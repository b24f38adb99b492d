import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders for changed files and reports them in batches: the
/// bursts of writes an editor makes on save (write a temporary file, rename
/// it over the old one) arrive as one batch once the folder has been quiet
/// for `quietPeriod`.
///
/// Written here: no mirrored package watches files on Linux. inotify is used
/// there; elsewhere, and when inotify is unavailable, folders are polled.
public final class FileWatcher: @unchecked Sendable {
    public typealias Handler = @Sendable (Set<String>) -> Void

    private let roots: [URL]
    private let quietPeriod: Duration
    private let handler: Handler
    private var thread: Thread?
    private var stopped = false
    private let lock = NSLock()

    public init(roots: [URL], quietPeriod: Duration = .milliseconds(20), handler: @escaping Handler) {
        self.roots = roots.map(\.standardizedFileURL)
        self.quietPeriod = quietPeriod
        self.handler = handler
    }

    public func start() {
        let thread = Thread { [self] in
            #if os(Linux)
            if watchWithInotify() { return }
            #endif
            watchByPolling()
        }
        thread.name = "minhbach-watcher"
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasPrefix("#") || name == "4913"
    }

    #if os(Linux)
    /// Returns false when inotify cannot be used (then polling takes over).
    private func watchWithInotify() -> Bool {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
        var folders: [Int32: String] = [:]
        func watch(_ folder: String) {
            let wd = inotify_add_watch(fd, folder, mask)
            guard wd >= 0 else { return }
            folders[wd] = folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where !Self.ignored(name) {
                var isDirectory: ObjCBool = false
                let path = folder + "/" + name
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { watch(path) }
            }
        }
        for root in roots where FileManager.default.fileExists(atPath: root.path) { watch(root.path) }
        guard !folders.isEmpty else { return false }

        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: Set<String> = []
        let quietMilliseconds = Int32(quietPeriod.components.attoseconds / 1_000_000_000_000_000 + quietPeriod.components.seconds * 1000)
        while !isStopped {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            // Wait without end while nothing is pending; once something is, wait
            // only for the quiet period, then hand the batch over.
            let ready = poll(&descriptor, 1, pending.isEmpty ? 200 : quietMilliseconds)
            if ready == 0 {
                if !pending.isEmpty {
                    handler(pending)
                    pending.removeAll()
                }
                continue
            }
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, eventMask, length, name) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int, String) in
                    let event = raw.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let bytes = raw[nameStart..<(nameStart + Int(event.len))].prefix { $0 != 0 }
                    return (event.wd, event.mask, Int(event.len), String(decoding: bytes, as: UTF8.self))
                }
                offset += MemoryLayout<inotify_event>.size + length
                guard let folder = folders[wd], !name.isEmpty, !Self.ignored(name) else { continue }
                let path = folder + "/" + name
                if eventMask & UInt32(IN_ISDIR) != 0 {
                    if eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watch(path) }
                    pending.insert(path)
                    continue
                }
                pending.insert(path)
            }
        }
        return true
    }
    #endif

    /// Compares modification times every half second.
    private func watchByPolling() {
        var known = snapshot()
        var pending: Set<String> = []
        while !isStopped {
            Thread.sleep(forTimeInterval: pending.isEmpty ? 0.5 : Double(quietPeriod.components.attoseconds) / 1e18)
            let now = snapshot()
            let changed = Set(now.keys.filter { known[$0] != now[$0] }).union(known.keys.filter { now[$0] == nil })
            known = now
            if changed.isEmpty {
                if !pending.isEmpty {
                    handler(pending)
                    pending.removeAll()
                }
            } else {
                pending.formUnion(changed)
            }
        }
    }

    private func snapshot() -> [String: Date] {
        var times: [String: Date] = [:]
        for root in roots {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            for case let url as URL in walker where !Self.ignored(url.lastPathComponent) {
                times[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            }
        }
        return times
    }
}
