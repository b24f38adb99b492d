import Foundation

/// Partials that come out the same on every page of one language — the
/// footer, the search box, the licence line — rendered once and then
/// copied.
///
/// The caller says which context names are the same on every page of the
/// language (`t`, `asset`, `site.title`, …). A partial is shared when every
/// name it and the partials it includes look up starts with one of them;
/// a partial with `.`, a list position or any other name is rendered
/// each time. It is only taken from here when included outside any
/// section (inside one, a section's value could answer its names).
///
/// The values of those names are kept the same way (`keptValue(_:)`): a
/// page's head and header ask for `site.title`, `t.home` or
/// `asset.style_css` as well, and the first page of the language finds
/// them for all the others.
/// One instance serves one language of one build and one theme, from
/// several threads.
public final class SharedPartials: @unchecked Sendable {
    private let sharedPaths: [[String]]
    private let lock = NSLock()
    private var decisions: [String: Bool] = [:]
    private var rendered: [Key: String] = [:]
    /// By `TagName.pathSlot`: whether a name is one of the shared ones
    /// (nil until a render asks), and what the root gave for those.
    private var sharedNameSlots: [Bool]?
    private var values: [RootValue?] = []

    private struct Key: Hashable {
        var partial: String
        var indentation: String?
    }

    /// `names`: dotted paths (`site.title`, `t`); a path covers the names
    /// below it (`t` covers `t.home`).
    public init(names: [String]) {
        sharedPaths = names.map { $0.split(separator: ".").map(String.init) }
    }

    /// Whether `partial` renders the same on every page that has the shared names.
    func isShared(_ partial: String, in library: CompiledLibrary) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let decision = decisions[partial] { return decision }
        var visited: Set<String> = []
        let decision = usesSharedNamesOnly(partial, library, &visited)
        decisions[partial] = decision
        return decision
    }

    /// The partial's output for this indentation, rendered by `render` the first time.
    func output(of partial: String, indentation: String?, render: () -> String) -> String {
        let key = Key(partial: partial, indentation: indentation)
        lock.lock()
        if let text = rendered[key] {
            lock.unlock()
            return text
        }
        lock.unlock()
        let text = render()
        lock.lock()
        rendered[key] = text
        lock.unlock()
        return text
    }

    /// Which of the library's numbered names (`NameSlots`) are shared, by
    /// `TagName.pathSlot`: decided once, then read by each render without
    /// the lock.
    func sharedNames(in library: CompiledLibrary) -> [Bool] {
        lock.lock()
        defer { lock.unlock() }
        if let sharedNameSlots { return sharedNameSlots }
        var shared = Array(repeating: false, count: library.nameCount)
        for template in library.templates.values {
            markSharedNames(template.nodes, &shared)
        }
        sharedNameSlots = shared
        values = Array(repeating: nil, count: library.nameCount)
        return shared
    }

    /// What a page of the language found for a shared name, by its number.
    func keptValue(_ slot: Int) -> RootValue? {
        lock.lock()
        defer { lock.unlock() }
        return values[slot]
    }

    /// Keeps what the root gave for a shared name for the other pages.
    func keep(_ value: RootValue, _ slot: Int) {
        lock.lock()
        defer { lock.unlock() }
        values[slot] = value
    }

    private func markSharedNames(_ nodes: [CompiledNode], _ shared: inout [Bool]) {
        for node in nodes {
            switch node {
            case .variable(let name, _):
                if name.pathSlot >= 0, isShared(name) { shared[name.pathSlot] = true }
            case .section(let name, let template, _):
                if name.pathSlot >= 0, isShared(name) { shared[name.pathSlot] = true }
                markSharedNames(template.nodes, &shared)
            case .text, .partial, .contentType:
                continue
            }
        }
    }

    private func usesSharedNamesOnly(_ partial: String, _ library: CompiledLibrary, _ visited: inout Set<String>) -> Bool {
        guard visited.insert(partial).inserted else { return true }
        guard let template = library.templates[partial] else { return false }
        return usesSharedNamesOnly(template.nodes, library, &visited)
    }

    private func usesSharedNamesOnly(_ nodes: [CompiledNode], _ library: CompiledLibrary, _ visited: inout Set<String>) -> Bool {
        for node in nodes {
            switch node {
            case .text, .contentType:
                continue
            case .variable(let name, _):
                guard isShared(name) else { return false }
            case .section(let name, let template, _):
                guard isShared(name), usesSharedNamesOnly(template.nodes, library, &visited) else { return false }
            case .partial(let name, _):
                guard usesSharedNamesOnly(name, library, &visited) else { return false }
            }
        }
        return true
    }

    private func isShared(_ name: TagName) -> Bool {
        switch name.root {
        case .stack(let parts):
            return sharedPaths.contains { path in parts.count >= path.count && parts.starts(with: path) }
        case .current, .position, .anchored:
            return false
        }
    }
}
