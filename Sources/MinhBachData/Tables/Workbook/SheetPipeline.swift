import Foundation

/// Reads a sheet on a thread of its own while the caller's thread decodes
/// the rows already read, as the CSV reader splits a large file between
/// the cores. Uncompressing and scanning the XML is the larger half of
/// reading a sheet, decoding the records the smaller (callgrind, 60,000
/// observation rows: 1.1 and 0.6 billion instructions). At most
/// `depth` pieces wait between the two, so memory stays flat.
enum SheetPipeline {
    static let depth = 4

    /// Runs `produce` on a new thread, handing each piece it gives to
    /// `consume` on this one, in order; returns when both are done. The
    /// producer's problem, if any, is thrown after the pieces before it.
    static func run(produce: @escaping @Sendable (_ deliver: (SheetRows) -> Void) throws(WorkbookProblem) -> Void,
                    consume: (SheetRows) -> Void) throws(WorkbookProblem) {
        let queue = Queue()
        let thread = Thread {
            do throws(WorkbookProblem) {
                try produce { queue.put($0) }
                queue.finish(nil)
            } catch {
                queue.finish(error)
            }
        }
        // Sheets nest six deep; the default stack of a secondary thread is enough, this is room to spare.
        thread.stackSize = 8 << 20
        thread.start()
        while let rows = queue.take() { consume(rows) }
        if let problem = queue.problem { throw problem }
    }

    /// A bounded queue of pieces between the two threads.
    private final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        private var items: [SheetRows] = []
        private var done = false
        private(set) var problem: WorkbookProblem?

        func put(_ rows: SheetRows) {
            condition.lock()
            while items.count >= SheetPipeline.depth { condition.wait() }
            items.append(rows)
            condition.broadcast()
            condition.unlock()
        }

        func finish(_ problem: WorkbookProblem?) {
            condition.lock()
            self.problem = problem
            done = true
            condition.broadcast()
            condition.unlock()
        }

        /// The next piece; nil once the producer is done and every piece taken.
        func take() -> SheetRows? {
            condition.lock()
            defer { condition.unlock() }
            while items.isEmpty && !done { condition.wait() }
            guard !items.isEmpty else { return nil }
            let rows = items.removeFirst()
            condition.broadcast()
            return rows
        }
    }
}
