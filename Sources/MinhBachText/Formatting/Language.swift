/// The language a value is written in. Vietnamese is the site's default;
/// English pages exist for investors and donors.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// What an indicator's numbers measure; decides how they are written
/// (`97,51%`, `40,9 triệu đồng`) and how a change is worded (percentage
/// points for percentages). Raw values match the `unit` column of
/// `data/indicators.yaml`.
public enum ValueUnit: String, Sendable, CaseIterable {
    case percent, count, number, criteria
    case millionVND = "million_vnd"
}
