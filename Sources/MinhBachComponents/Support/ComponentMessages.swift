/// Messages of the components written after the message catalogue was
/// planned: Vietnamese first, then English, in one place, so that they
/// move into the catalogue together.
enum ComponentMessages {
    struct Message {
        let text: String
        let hint: String?
    }

    /// `type:` names a chart of years, and the block gives one `year:`.
    static func chartTakesYears(_ type: String) -> Message {
        Message(text: "biểu đồ '\(type)' thể hiện một khoảng năm, còn 'year' chỉ là một năm"
                    + " (a '\(type)' chart shows a range of years, and 'year' gives one)",
                hint: "viết 'years: 2021-2025' thay cho 'year', hoặc 'type: bar'"
                    + " (write 'years: 2021-2025' instead of 'year', or 'type: bar')")
    }
}
