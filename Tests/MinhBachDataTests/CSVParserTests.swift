@testable import MinhBachData
import Testing

/// One parsed row: the line it starts on and its fields' text.
struct ParsedRow: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }
    var description: String { "\(line): \(fields)" }
}

/// Parses `text` with the separator the parser detects (or the one given).
func parseCSV(_ text: String, separator: Character? = nil) throws(CSVParser.Problem) -> [ParsedRow] {
    let bytes = Array(text.utf8)
    let result: Result<[ParsedRow], CSVParser.Problem> = bytes.withUnsafeBufferPointer { buffer in
        let parser = CSVParser(bytes: buffer, separator: separator.map { $0.asciiValue! } ?? CSVParser.detectSeparator(buffer))
        var rows: [ParsedRow] = []
        do {
            try parser.forEachRow { line, _, fields in
                rows.append(ParsedRow(line, fields.map(parser.text)))
                return true
            }
        } catch let problem as CSVParser.Problem {
            return .failure(problem)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return .success(rows)
    }
    return try result.get()
}

func detectedSeparator(_ text: String) -> Character {
    Character(Unicode.Scalar(Array(text.utf8).withUnsafeBufferPointer { CSVParser.detectSeparator($0) }))
}

@Suite("CSVParser")
struct CSVParserTests {
    @Test func plainRowsWithTheirLines() throws {
        #expect(try parseCSV("a,b,c\n1,2,3\n4,5,6\n") == [
            ParsedRow(1, ["a", "b", "c"]), ParsedRow(2, ["1", "2", "3"]), ParsedRow(3, ["4", "5", "6"]),
        ])
    }

    @Test func lastLineWithoutLineBreak() throws {
        #expect(try parseCSV("a,b\n1,2") == [ParsedRow(1, ["a", "b"]), ParsedRow(2, ["1", "2"])])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "id,title,note\n1,\"Hộ nghèo, cận nghèo\",\"gọi là \"\"ATK\"\"\"\n2,\"dòng một\ndòng hai\",x\n3,y,z\n"
        #expect(try parseCSV(text) == [
            ParsedRow(1, ["id", "title", "note"]),
            ParsedRow(2, ["1", "Hộ nghèo, cận nghèo", "gọi là \"ATK\""]),
            ParsedRow(3, ["2", "dòng một\ndòng hai", "x"]),
            ParsedRow(5, ["3", "y", "z"]),
        ])
    }

    @Test func crlfLineEnds() throws {
        #expect(try parseCSV("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n") == [
            ParsedRow(1, ["a", "b"]), ParsedRow(2, ["1", "2"]), ParsedRow(3, ["x\r\ny", "3"]), ParsedRow(5, ["4", "5"]),
        ])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try parseCSV("a,b,c\n,,\n1,,3\n\"\",2,\n") == [
            ParsedRow(1, ["a", "b", "c"]), ParsedRow(2, ["", "", ""]), ParsedRow(3, ["1", "", "3"]), ParsedRow(4, ["", "2", ""]),
        ])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        #expect(try parseCSV("a,b\n\n1,2\r\n\r\n\n3,4\n\n") == [
            ParsedRow(1, ["a", "b"]), ParsedRow(3, ["1", "2"]), ParsedRow(6, ["3", "4"]),
        ])
    }

    @Test func spacesAroundFieldsAreTrimmed() throws {
        #expect(try parseCSV("a , b\n 1,\t2 \n") == [ParsedRow(1, ["a", "b"]), ParsedRow(2, ["1", "2"])])
    }

    @Test("the separator is found in the header line", arguments: [
        ("a,b,c\n1;2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),
        ("a;b,c\n", ","),           // both: a comma file whose header happens to hold a semicolon
        ("abc\n1;2\n", ","),        // one column: nothing to detect, comma
        ("", ","),
        ("a\tb\tc\n1,5\t2\t3\n", "\t"),   // Excel's "Text (Tab delimited)"
        ("a\tb,c\n", ","),          // a comma file whose header happens to hold a tab
        ("a\tb;c\n", ";"),
    ] as [(String, Character)])
    func separatorDetection(_ text: String, _ expected: Character) {
        #expect(detectedSeparator(text) == expected)
    }

    @Test func aTSVFileIsTabSeparatedWheneverItsHeaderHasATab() {
        func detected(_ text: String) -> Character {
            Character(Unicode.Scalar(Array(text.utf8).withUnsafeBufferPointer { CSVParser.detectSeparator($0, tabSeparated: true) }))
        }
        #expect(detected("a\tb,c\n") == "\t")
        #expect(detected("a,b\n") == ",")
    }

    @Test func tabSeparatedWithDecimalCommas() throws {
        #expect(try parseCSV("indicator\tvalue\npoverty_rate\t18,5\n\"a\tb\"\t1\n") == [
            ParsedRow(1, ["indicator", "value"]), ParsedRow(2, ["poverty_rate", "18,5"]), ParsedRow(3, ["a\tb", "1"]),
        ])
    }

    @Test func semicolonSeparatedWithDecimalCommas() throws {
        #expect(try parseCSV("indicator;value\npoverty_rate;18,5\n\"a;b\";1\n") == [
            ParsedRow(1, ["indicator", "value"]), ParsedRow(2, ["poverty_rate", "18,5"]), ParsedRow(3, ["a;b", "1"]),
        ])
    }

    @Test func anUnterminatedQuoteIsReportedWhereItOpens() {
        // The quote opens on line 3, column 7, and runs to the end of the file.
        #expect(throws: CSVParser.Problem.unterminatedQuote(line: 3, column: 7)) {
            try parseCSV("id,text\nrs-01,x\nrs-02,\"Báo cáo\nrs-03,y\n")
        }
        #expect(throws: CSVParser.Problem.unterminatedQuote(line: 2, column: 1)) {
            try parseCSV("id,text\n\"rs-01,x\n")
        }
        // After a multi-line field of the same record: the line the quote is on.
        #expect(throws: CSVParser.Problem.unterminatedQuote(line: 3, column: 6)) {
            try parseCSV("id,text,note\n1,\"một\nhai\",\"ba\n")
        }
    }

    @Test func textAfterAClosingQuote() throws {
        #expect(throws: CSVParser.Problem.textAfterQuote(line: 2, column: 15)) {
            try parseCSV("id,decision\n01840,\"qd-241\"-bis\n")
        }
        // A lone CR is not a line end (RFC 4180), after a quote either.
        #expect(throws: CSVParser.Problem.textAfterQuote(line: 2, column: 4)) {
            try parseCSV("a,b\n\"x\"\ry,z\n")
        }
        #expect(try parseCSV("a\n\"x\"\r") == [ParsedRow(1, ["a"]), ParsedRow(2, ["x"])])
    }

    @Test func aQuoteLeftOpenIsReportedWhereItOpensNotWhereTheNextQuoteIs() {
        // Line 2's quote is never closed on its line; line 3's quoted field
        // then "closes" it and the text after that looks misplaced.
        #expect(throws: CSVParser.Problem.quoteClosedOnLaterLine(line: 2, column: 7, closingLine: 3)) {
            try parseCSV("id,text,lead\nkh-01,\"Tổ chức,ubnd\nkh-02,\"a, b\",ubnd\n")
        }
    }
}
