/// A value's place in the plot.
struct Plotted {
    let x: Double
    let y: Double
    let value: Double
    var derived = false
}

struct Box {
    let left, right, top, bottom: Double

    func contains(_ x: Double, _ y: Double) -> Bool { (left...right).contains(x) && (top...bottom).contains(y) }
    func intersects(_ other: Box) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }
}

/// Where the target's text goes: at the right or left end of its line,
/// above or below it, wherever it covers the fewest points, lines and value
/// labels (the first of these four on a tie).
struct TargetLabelPlacement {
    let label: String
    let lineY: Double
    let left: Double
    let right: Double

    func best(avoiding plotted: [[Plotted?]], valueLabels: [Box]) -> (x: Double, baseline: Double, anchor: String) {
        let width = ChartStyle.textWidth(label) * 1.05   // semibold
        let candidates: [(x: Double, baseline: Double, anchor: String, box: Box)] = [
            (right, lineY - 6, "end", Box(left: right - width, right: right, top: lineY - 18, bottom: lineY - 3)),
            (left + 4, lineY - 6, "start", Box(left: left + 4, right: left + 4 + width, top: lineY - 18, bottom: lineY - 3)),
            (right, lineY + 16, "end", Box(left: right - width, right: right, top: lineY + 3, bottom: lineY + 19)),
            (left + 4, lineY + 16, "start", Box(left: left + 4, right: left + 4 + width, top: lineY + 3, bottom: lineY + 19)),
        ]
        var best = candidates[0], bestScore = Int.max
        for candidate in candidates {
            let score = collisions(candidate.box, plotted: plotted, valueLabels: valueLabels)
            if score < bestScore { (best, bestScore) = (candidate, score) }
        }
        return (best.x, best.baseline, best.anchor)
    }

    private func collisions(_ box: Box, plotted: [[Plotted?]], valueLabels: [Box]) -> Int {
        let padded = Box(left: box.left - 6, right: box.right + 6, top: box.top - 6, bottom: box.bottom + 6)
        var score = 0
        for points in plotted {
            for point in points.compactMap({ $0 }) where padded.contains(point.x, point.y) { score += 4 }
            for (a, b) in zip(points, points.dropFirst()) {
                guard let a, let b else { continue }
                for step in 0...20 {
                    let t = Double(step) / 20
                    if box.contains(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t) { score += 1 }
                }
            }
        }
        score += valueLabels.filter { $0.intersects(box) }.count * 4
        return score
    }
}
