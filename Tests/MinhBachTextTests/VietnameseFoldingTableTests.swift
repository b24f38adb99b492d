@testable import MinhBachText
import Testing

@Suite("The folding table")
struct VietnameseFoldingTableTests {
    @Test("one decomposition of all scalars folds each as its own decomposition does")
    func tableAsEachScalar() {
        let limit: UInt32 = 0x3000
        let table = VietnameseFolding.decomposingAll(below: limit)
        #expect(table.count == Int(limit))
        var mismatches: [UInt32] = []
        for value in 0..<limit {
            let expected = Unicode.Scalar(value).map(VietnameseFolding.fold(decomposing:)) ?? [.separator]
            if table[Int(value)] != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
        // Decomposing letters and marks, spot-checked by name.
        #expect(table[0x1EA0] == [.letter(UInt8(ascii: "a"))])            // Ạ
        #expect(table[0x212A] == [.letter(UInt8(ascii: "k"))])            // KELVIN SIGN
        #expect(table[0x0301] == [])                                      // a combining acute
        #expect(table[0x0111] == [.letter(UInt8(ascii: "d"))])            // đ: by name, it has no decomposition
    }
}
