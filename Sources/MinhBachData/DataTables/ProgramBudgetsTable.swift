import MinhBachDiagnostics
import MinhBachText

/// The capital a programme was allocated for a year, and how much of it was
/// disbursed: what offices report to the People's Council each year.
public struct ProgramBudget: TableRecord {
    public var program: String
    public var year: Int
    /// The capital allocated for the year, million VND.
    public var allocated: Double
    /// How much of it was disbursed, million VND; nil before it is known.
    public var disbursed: Double?
    /// The decision that allocated it.
    public var document: String?
    public var note: String?

    static let columns = TableColumns(required: ["program", "year", "allocated_million_vnd"],
                                      optional: ["disbursed_million_vnd", "document", "note"])

    static func decode(_ reader: inout RecordReader<some DataRow>, _ registry: Registry) -> ProgramBudget? {
        let program = reader.reference("program", registry.programs, what: .programs, in: registry)
        let year = reader.year("year")
        if let year, let period = program.flatMap({ registry.programs[$0] }), !(period.periodStart...period.periodEnd).contains(year) {
            reader.error(.budgetYearOutsideProgramme, at: "year", MessageArgument("year", String(year)), MessageArgument("program", period.id),
                         MessageArgument("start", String(period.periodStart)), MessageArgument("end", String(period.periodEnd)))
        }
        let allocated = reader.number("allocated_million_vnd")
        let disbursed = reader.number("disbursed_million_vnd", required: false)
        for (column, amount) in [("allocated_million_vnd", allocated), ("disbursed_million_vnd", disbursed)] {
            if let amount, amount < 0 {
                reader.error(column, .amountNegative, MessageArgument("value", NumberText.format(amount)))
            }
        }
        let document = reader.reference("document", registry.documents, what: .documents, in: registry, required: false)
        guard reader.isValid, let program, let year, let allocated else { return nil }
        return ProgramBudget(program: program, year: year, allocated: allocated, disbursed: disbursed, document: document,
                             note: reader.row.text("note"))
    }
}

/// The budget of each programme and year (docs/DATA.md, `program_budgets`).
extension DataTables {
    static let programBudgets = TableDescription<ProgramBudget>(
        "program_budgets", topic: .programmes, step: .rest, refersTo: ["programs", "documents"], records: \.programBudgets,
        key: { [$0.program, String($0.year)] }, describe: { .text(vi: "kinh phí của chương trình '\($0.program)' năm \($0.year)", en: "budget of programme '\($0.program)' for \($0.year)") },
        entry: [
            EntryColumn("program", .text, note: "Chương trình: mã ở cột id của trang programs.\nThe programme's id, as in the programs sheet.",
                        choices: .reference(table: "programs", column: "id")),
            EntryColumn.year("year", vi: "Năm kế hoạch vốn.", en: "The year the capital is for."),
            EntryColumn("allocated_million_vnd", .number, note: """
                Vốn được giao trong năm, triệu đồng (ví dụ 12500 hoặc 12500,5).
                The capital allocated for the year, million VND.
                """),
            EntryColumn("disbursed_million_vnd", .number, note: """
                Vốn đã giải ngân, triệu đồng (để trống khi chưa có số liệu).
                The capital disbursed, million VND (empty until known).
                """),
            EntryColumn.document("document", vi: "Quyết định giao vốn (không bắt buộc).", en: "The decision that allocated it (optional)."),
            EntryColumn("note", .text, note: "Ghi chú.\nA note."),
        ],
        openData: [OpenDataTable("program_budgets", rows: { $0.programBudgets }, [
            OpenColumn("program") { .text($0.program) }, OpenColumn("year") { .integer($0.year) },
            OpenColumn("allocated_million_vnd") { .number($0.allocated) }, OpenColumn("disbursed_million_vnd") { .number($0.disbursed) },
            OpenColumn("document") { .text($0.document) }, OpenColumn("note") { .text($0.note) },
        ])]
    )
}
