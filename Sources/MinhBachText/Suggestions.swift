/// "Did you mean ...?" for ids, codes, column names, keys and component
/// names: a typo in a data file and a typo in a component are answered the
/// same way.
public enum Suggestions {
    /// The candidate closest to `text` by edit distance, if it is close
    /// enough to be a typo (at most 2 edits, and less than half the word).
    /// Of equally close candidates, the first in code order.
    public static func closest(to text: String, in candidates: some Sequence<String>, limit: Int? = nil) -> String? {
        let limit = limit ?? min(2, max(1, text.count / 2))
        var best: (String, Int)?
        for candidate in candidates where abs(candidate.count - text.count) <= limit {
            let distance = editDistance(text, candidate, limit: limit)
            guard distance <= limit else { continue }
            if let (word, nearest) = best, distance > nearest || (distance == nearest && word < candidate) { continue }
            best = (candidate, distance)
        }
        return best?.0
    }

    /// Levenshtein distance, giving up once it passes `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let (x, y) = (Array(a.unicodeScalars), Array(b.unicodeScalars))
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
