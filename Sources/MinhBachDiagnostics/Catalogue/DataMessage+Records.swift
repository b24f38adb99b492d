/// The entries of `MB23xx` (named in `DataMessage.entry`): the typed fields
/// of a record (text, ids, codes, numbers, years, true/false, choices).
extension MessageEntry {
    static let fieldEmpty = MessageEntry(
        .error, title: .text(vi: "Ô bắt buộc bị để trống", en: "A required field left empty"),
        message: .text(vi: "Cột '{column}' đang để trống", en: "'{column}' is empty"),
        hint: .text(vi: "Hãy điền giá trị vào cột '{column}': bản ghi nào cũng cần có", en: "every record needs a value in '{column}'"),
        example: [MessageArgument("column", "name")],
        explanation: .text(vi: "Cột này bắt buộc: thiếu nó thì bản ghi không được đưa lên trang.",
                           en: "This column is required: without it the record is left out of the site."))
    static let fieldNotAnID = MessageEntry(
        .error, title: .text(vi: "Mã định danh không hợp lệ", en: "An invalid id"),
        message: .text(vi: "Cột '{column}': '{value}' không phải là mã định danh hợp lệ", en: "'{column}': '{value}' is not a valid id"),
        hint: .text(vi: "Hãy chỉ dùng chữ thường không dấu, chữ số, '-' và '_', ví dụ '{suggestion}'",
                    en: "use lower-case letters, digits, '-' and '_', e.g. '{suggestion}'"),
        example: [MessageArgument("column", "id"), MessageArgument("value", "Sở Nội vụ"), MessageArgument("suggestion", "so_noi_vu")],
        explanation: .ids)
    static let fieldListNotAnID = MessageEntry(
        .error, title: .text(vi: "Mã định danh không hợp lệ trong danh sách", en: "An invalid id in a list"),
        message: .text(vi: "Cột '{column}': '{value}' không phải là mã định danh hợp lệ", en: "'{column}': '{value}' is not a valid id"),
        hint: .text(vi: "Hãy ngăn cách các mã bằng dấu ';', ví dụ 'so-noi-vu;so-tai-chinh'", en: "separate ids with ';', e.g. 'so-noi-vu;so-tai-chinh'"),
        example: [MessageArgument("column", "agencies"), MessageArgument("value", "so-noi-vu, so-tai-chinh")],
        explanation: .ids)
    static let fieldNotACode = MessageEntry(
        .error, title: .text(vi: "Mã số không chỉ gồm chữ số", en: "A code that is not digits"),
        message: .text(vi: "Cột '{column}' phải là mã số gồm các chữ số, nhưng lại ghi '{value}'", en: "'{column}': expected a code of digits, found '{value}'"),
        hint: .text(vi: "Mã số là số hiệu của cơ quan thống kê, ví dụ '06' hoặc '01834'", en: "codes are the statistics office's numbers, e.g. '06' or '01834'"),
        example: [MessageArgument("column", "code"), MessageArgument("value", "06a")],
        explanation: .text(vi: "Mã đơn vị hành chính là dãy chữ số theo danh mục của cơ quan thống kê, giữ nguyên cả các số 0 ở đầu.",
                           en: "Administrative codes are the statistics office's strings of digits, leading zeros included."))
    static let fieldNotAWholeNumber = MessageEntry(
        .error, title: .text(vi: "Không phải số nguyên", en: "Not a whole number"),
        message: .text(vi: "Cột '{column}' phải là số nguyên, nhưng lại ghi '{value}'", en: "'{column}': expected a whole number, found '{value}'"),
        hint: .text(vi: "Hãy ghi một số nguyên, ví dụ 12, không kèm đơn vị", en: "write a whole number such as 12, without units"),
        example: [MessageArgument("column", "households"), MessageArgument("value", "12,5")],
        explanation: .text(vi: "Cột này đếm một số lượng nên chỉ nhận số nguyên.", en: "This column counts something, so it takes whole numbers only."))
    static let fieldOutOfRange = MessageEntry(
        .error, title: .text(vi: "Số nằm ngoài khoảng cho phép", en: "A number out of range"),
        message: .text(vi: "Cột '{column}': {number} nằm ngoài khoảng {lower}–{upper}", en: "'{column}': {number} is outside {lower}–{upper}"),
        hint: .text(vi: "Hãy ghi một số từ {lower} đến {upper}", en: "write a number from {lower} to {upper}"),
        example: [MessageArgument("column", "criterion"), MessageArgument("number", "20"), MessageArgument("lower", "1"), MessageArgument("upper", "19")],
        explanation: .text(vi: "Cột này chỉ nhận các số trong một khoảng nhất định; số ngoài khoảng thường là do gõ nhầm.",
                           en: "This column takes numbers within a range only; one outside it is usually a typing slip."))
    static let fieldNotAYear = MessageEntry(
        .error, title: .text(vi: "Không phải năm", en: "Not a year"),
        message: .text(vi: "Cột '{column}' phải là năm từ {lower} đến {upper}, nhưng lại ghi '{value}'",
                       en: "'{column}': expected a year between {lower} and {upper}, found '{value}'"),
        hint: .text(vi: "Hãy ghi năm bằng bốn chữ số, ví dụ 2025", en: "write the year in four digits, e.g. 2025"),
        example: [MessageArgument("column", "year"), MessageArgument("value", "25"), MessageArgument("lower", "1945"), MessageArgument("upper", "2100")],
        explanation: .text(vi: "Năm được ghi đủ bốn chữ số; năm viết tắt hoặc ngoài khoảng thường là do gõ nhầm.",
                           en: "A year is written in four digits; a shortened year or one out of range is usually a typing slip."))
    static let fieldThousandsSeparators = MessageEntry(
        .error, title: .text(vi: "Số có dấu phân cách hàng nghìn", en: "A number with thousands separators"),
        message: .text(vi: "Cột '{column}': '{value}' có dấu phân cách hàng nghìn", en: "'{column}': '{value}' has thousands separators"),
        hint: .text(vi: "Hãy ghi {suggestion}, không có dấu phân cách", en: "write {suggestion}, without separators"),
        example: [MessageArgument("column", "budget"), MessageArgument("value", "1.250.000"), MessageArgument("suggestion", "1250000")],
        explanation: .numbers)
    static let fieldNotANumber = MessageEntry(
        .error, title: .text(vi: "Không phải số", en: "Not a number"),
        message: .text(vi: "Cột '{column}' phải là số, nhưng lại ghi '{value}'", en: "'{column}': expected a number, found '{value}'"),
        hint: .text(vi: "Hãy ghi số như 18.5 hoặc 18,5, không kèm đơn vị hay dấu phân cách hàng nghìn",
                    en: "write numbers like 18.5 or 18,5, without units or thousands separators"),
        example: [MessageArgument("column", "rate"), MessageArgument("value", "18,5%")],
        explanation: .numbers)
    static let fieldFormulaNotANumber = MessageEntry(
        .error, title: .text(vi: "Công thức cho ra chữ thay vì số", en: "A formula that gives text, not a number"),
        message: .text(vi: "Cột '{column}' phải là số, nhưng lại ghi '{value}'", en: "'{column}': expected a number, found '{value}'"),
        hint: .text(vi: "Công thức của ô cho ra chữ: hãy để công thức cho ra chính con số, không dùng TEXT(), đơn vị hay dấu %",
                    en: "the cell's formula gives text: make it give the number itself, without TEXT(), units or a % sign"),
        example: [MessageArgument("column", "rate"), MessageArgument("value", "18,5%")],
        explanation: .numbers)
    static let fieldNotABoolean = MessageEntry(
        .error, title: .text(vi: "Không phải có/không", en: "Not true or false"),
        message: .text(vi: "Cột '{column}' phải là có hoặc không, nhưng lại ghi '{value}'", en: "'{column}': expected true or false, found '{value}'"),
        hint: .text(vi: "Hãy ghi true/false, 1/0 hoặc có/không", en: "write true/false, 1/0 or có/không"),
        example: [MessageArgument("column", "completed"), MessageArgument("value", "rồi")],
        explanation: .text(vi: "Cột này chỉ nhận hai giá trị: có hoặc không.", en: "This column takes one of two values: yes or no."))
    static let fieldNotAChoice = MessageEntry(
        .error, title: .text(vi: "Giá trị không có trong danh sách", en: "A value not among the choices"),
        message: .text(vi: "Cột '{column}' phải là một trong các giá trị {options}, nhưng lại ghi '{value}'",
                       en: "'{column}': expected one of {options}; found '{value}'"),
        hint: .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?"),
        example: [MessageArgument("column", "status"), MessageArgument("options", "planned, ongoing, completed"),
                  MessageArgument("value", "complete"), MessageArgument("suggestion", "completed")],
        explanation: .choices)
    static let fieldNotAChoiceUnlike = MessageEntry(
        .error, title: .text(vi: "Giá trị không có trong danh sách, không giống giá trị nào", en: "A value unlike any of the choices"),
        message: .text(vi: "Cột '{column}' phải là một trong các giá trị {options}, nhưng lại ghi '{value}'",
                       en: "'{column}': expected one of {options}; found '{value}'"),
        example: [MessageArgument("column", "status"), MessageArgument("options", "planned, ongoing, completed"), MessageArgument("value", "xong")],
        explanation: .choices)
    static let namesWithoutEnglish = MessageEntry(
        .warning, title: .text(vi: "Thiếu tên tiếng Anh", en: "Names without English"),
        message: .text(vi: "Có {count} {records} chưa có 'name_en' ({ids}); trang tiếng Anh sẽ hiện tên tiếng Việt",
                       en: "{count} {records} without 'name_en' ({ids}); English pages show the Vietnamese name"),
        hint: .text(vi: "Hãy thêm cột 'name_en' ghi tên tiếng Anh", en: "add a 'name_en' column with the English names"),
        example: [MessageArgument("count", "3"), MessageArgument("records", .text(vi: "chỉ tiêu", en: "indicators")),
                  MessageArgument("ids", "ho-ngheo, thu-nhap, nuoc-sach")],
        explanation: .text(vi: "Trang tiếng Anh dùng tên ở cột 'name_en'; khi chưa có thì hiện tên tiếng Việt, để thấy chỗ còn thiếu trước khi đăng.",
                           en: "English pages use the names in 'name_en'; where there is none they show the Vietnamese name, so the gap is seen before publishing."))
    static let duplicateRow = MessageEntry(
        .error, title: .text(vi: "Bản ghi trùng", en: "A row written twice"),
        message: .text(vi: "Có thêm một {record}; bản ghi đầu tiên ở dòng {first}", en: "a second {record}; the first is on line {first}"),
        hint: .text(vi: "Hãy chỉ giữ một dòng cho bản ghi này, hoặc sửa lại khoá", en: "keep one row for it, or correct the key"),
        example: [MessageArgument("record", .text(vi: "chỉ tiêu 'ho-ngheo'", en: "indicator 'ho-ngheo'")), MessageArgument("first", "4")],
        explanation: .text(vi: "Mỗi bản ghi chỉ được ghi một lần; dòng thứ hai bị bỏ qua để không đếm hai lần.",
                           en: "Each record is written once; the second row is left out so that nothing is counted twice."))
    static let codeLostZeros = MessageEntry(
        .warning, title: .text(vi: "Mã bị mất số 0 ở đầu", en: "A code that lost its leading zeros"),
        message: .text(vi: "Cột '{column}': {what} '{written}' bị mất số 0 ở đầu; được đọc là '{readAs}'{unit}",
                       en: "'{column}': {what} '{written}' lost its leading zeros; read as '{readAs}'{unit}"),
        hint: .text(vi: "Hãy định dạng cột là văn bản (Text) trong bảng tính để mã giữ được các số 0 ở đầu",
                    en: "format the column as text in the spreadsheet so codes keep their zeros"),
        example: [MessageArgument("column", "area"), MessageArgument("what", .text(vi: "mã", en: "code")), MessageArgument("written", "1834"),
                  MessageArgument("readAs", "01834"), MessageArgument("unit", " (Phường Nguyễn Thị Minh Khai)")],
        explanation: .lostZeros)
    static let codesLostZeros = MessageEntry(
        .warning, title: .text(vi: "Nhiều mã bị mất số 0 ở đầu", en: "Codes that lost their leading zeros"),
        message: .text(vi: "Cột '{column}': {count} {what} bị mất số 0 ở đầu (từ đây{until}); các mã được đọc có thêm số 0, ví dụ '{written}' thành '{readAs}'{unit}",
                       en: "'{column}': {count} {what} lost their leading zeros (from this row{until}); they are read zero-padded, e.g. '{written}' as '{readAs}'{unit}"),
        hint: .text(vi: "Có lẽ tệp được lưu từ một bảng tính đã coi mã là số: hãy định dạng cột là văn bản (Text) trong bảng tính để mã giữ được các số 0 ở đầu",
                    en: "the file was probably saved from a spreadsheet that took the codes for numbers: format the column as text in the spreadsheet so codes keep their zeros"),
        example: [MessageArgument("column", "area"), MessageArgument("count", .text(vi: "1.614", en: "1,614")),
                  MessageArgument("what", .text(vi: "mã", en: "codes")), MessageArgument("until", .text(vi: " đến dòng 1.615", en: " to line 1,615")),
                  MessageArgument("written", "1834"), MessageArgument("readAs", "01834"), MessageArgument("unit", " (Phường Nguyễn Thị Minh Khai)")],
        explanation: .lostZeros)
    static let codeTooLong = MessageEntry(
        .error, title: .text(vi: "Mã có quá nhiều chữ số", en: "A code with too many digits"),
        message: .text(vi: "Cột '{column}': {what} '{written}' có {digits} chữ số; phải có {width}",
                       en: "'{column}': {what} '{written}' has {digits} digits; expected {width}"),
        hint: .text(vi: "Hãy ghi đúng mã của cơ quan thống kê, gồm {width} chữ số", en: "write the statistics office's code, of {width} digits"),
        example: [MessageArgument("column", "code"), MessageArgument("what", .text(vi: "mã", en: "code")), MessageArgument("written", "018345"),
                  MessageArgument("digits", "6"), MessageArgument("width", "5")],
        explanation: .text(vi: "Mã tỉnh có 2 chữ số, mã huyện 3, mã xã 5; mã dài hơn thì không thuộc danh mục.",
                           en: "Province codes have 2 digits, district codes 3 and commune codes 5; a longer code is not in the list."))
}

extension LocalizedText {
    static let lostZeros = LocalizedText(
        vi: "Bảng tính coi cột mã là số nên bỏ các số 0 ở đầu (01834 thành 1834). MinhBạch thêm lại số 0 cho đủ độ dài, nhưng nên sửa tệp để mã được ghi đúng.",
        en: "A spreadsheet that takes a code column for numbers drops the leading zeros (01834 becomes 1834). MinhBạch pads them again, but the file is better corrected.")
    static let ids = LocalizedText(
        vi: "Mã định danh dùng để liên kết các bảng và làm địa chỉ trang, nên chỉ gồm chữ thường không dấu, chữ số, '-' và '_'.",
        en: "Ids link tables together and become page addresses, so they are lower-case letters without accents, digits, '-' and '_'.")
    static let numbers = LocalizedText(
        vi: "Số được ghi không kèm đơn vị và không có dấu phân cách hàng nghìn; dấu thập phân là '.' hoặc ','.",
        en: "Numbers are written without units or thousands separators; the decimal mark is '.' or ','.")
    static let choices = LocalizedText(
        vi: "Cột này chỉ nhận một trong các giá trị đã định; giá trị khác không được hiểu.",
        en: "This column takes one of a fixed set of values; any other is not understood.")
}

/// The entries of `MB2319`–`MB2339` (named in `DataMessage.entry`): what a
/// record's fields say together (periods, methods, criteria, units), and
/// dates that cannot be read.
extension MessageEntry {
    static let periodEndBeforeStart = MessageEntry(
        .error, title: .text(vi: "Năm kết thúc trước năm bắt đầu", en: "A period that ends before it starts"),
        message: .text(vi: "Năm kết thúc 'period_end' {end} lại trước năm bắt đầu 'period_start' {start}",
                       en: "'period_end' {end} is before 'period_start' {start}"),
        hint: .text(vi: "Hãy kiểm tra lại hai năm: có thể đã ghi đảo chỗ cho nhau", en: "check the two years: they may be swapped"),
        example: [MessageArgument("start", "2021"), MessageArgument("end", "2020")],
        explanation: .text(vi: "Một giai đoạn bắt đầu ở năm 'period_start' và kết thúc ở năm 'period_end', nên năm kết thúc không thể trước năm bắt đầu.",
                           en: "A period runs from 'period_start' to 'period_end', so it cannot end before it starts."))
    static let observationDerivedWritten = MessageEntry(
        .error, title: .text(vi: "Số liệu 'derived' được ghi trong dữ liệu", en: "A 'derived' figure written in the data"),
        message: .text(vi: "Số liệu 'derived' do MinhBạch tự tính, không ghi trong dữ liệu",
                       en: "'derived' figures are computed by MinhBạch, not written in the data"),
        hint: .text(vi: "Hãy xoá dòng này, hoặc ghi 'reported' nếu số liệu do chính đơn vị này báo cáo",
                    en: "delete the row, or write 'reported' if the figure was reported for this unit"),
        explanation: .text(vi: "Cách tính 'derived' dành cho các số liệu MinhBạch tự cộng hoặc chia từ các số liệu khác (chỉ tiêu có 'derive'); số liệu ghi trong tệp là số được báo cáo.",
                           en: "The method 'derived' is for figures MinhBạch adds up or divides from others (indicators with 'derive'); a figure written in a file is a reported one."))
    static let sumOfLegacyOutside2025 = MessageEntry(
        .error, title: .text(vi: "'sum_of_legacy' cho đơn vị không thuộc danh mục 2025", en: "'sum_of_legacy' for a unit outside the 2025 scheme"),
        message: .text(vi: "Cách tính 'sum_of_legacy' chỉ dùng cho đơn vị theo danh mục 2025, cộng từ các đơn vị cũ",
                       en: "'sum_of_legacy' is for 2025-scheme units, built from legacy ones"),
        hint: .text(vi: "Hãy ghi 'reported' cho số liệu của đơn vị trước ngày 1/7/2025", en: "write 'reported' for a figure of a unit before 1 July 2025"),
        explanation: .sumOfLegacy)
    static let sumOfLegacySplitUnit = MessageEntry(
        .error, title: .text(vi: "'sum_of_legacy' cho đơn vị có phần của đơn vị bị chia tách", en: "'sum_of_legacy' for a unit with part of a split one"),
        message: .text(vi: "Cách tính 'sum_of_legacy': {code} gồm một phần của {units}, đơn vị đã bị chia tách năm 2025; cộng số liệu các đơn vị cũ không ra số liệu của đơn vị này",
                       en: "'sum_of_legacy': {code} includes part of {units}, which was split in 2025; a sum over legacy units is not this unit's figure"),
        hint: .text(vi: "Hãy ghi số liệu do chính đơn vị mới báo cáo (cách tính 'reported')", en: "report the figure of the new unit itself (method 'reported')"),
        example: [MessageArgument("code", "26734"), MessageArgument("units", "09877 (Xã Tân Lập)")],
        explanation: .sumOfLegacy)
    static let baselineWithoutItsYear = MessageEntry(
        .error, title: .text(vi: "Giá trị gốc thiếu năm gốc, hoặc ngược lại", en: "A baseline without its year, or a year without its baseline"),
        message: .text(vi: "Cột 'baseline' và 'baseline_year' phải đi cùng nhau", en: "'baseline' and 'baseline_year' go together"),
        hint: .text(vi: "Hãy ghi cả hai (giá trị gốc và năm của nó), hoặc để trống cả hai", en: "give both (the value and its year) or neither"),
        explanation: .text(vi: "Giá trị gốc của một mục tiêu chỉ có nghĩa khi biết nó là số liệu của năm nào.",
                           en: "A target's baseline means something only with the year it is the figure of."))
    static let baselineNotBeforeTarget = MessageEntry(
        .error, title: .text(vi: "Năm gốc không trước năm mục tiêu", en: "A baseline year not before the target year"),
        message: .text(vi: "Năm gốc {baselineYear} không trước năm mục tiêu {year}", en: "the baseline year {baselineYear} is not before the target year {year}"),
        hint: .text(vi: "Hãy ghi năm gốc là năm trước năm mục tiêu, ví dụ năm đầu giai đoạn", en: "write a baseline year before the target year, e.g. the first year of the period"),
        example: [MessageArgument("baselineYear", "2025"), MessageArgument("year", "2025")],
        explanation: .text(vi: "Giá trị gốc là điểm xuất phát để so với mục tiêu, nên năm gốc phải trước năm đặt mục tiêu.",
                           en: "The baseline is the starting point a target is measured from, so its year comes before the target's."))
    static let documentPageNotSitePath = MessageEntry(
        .error, title: .text(vi: "Trang của văn bản không phải đường dẫn trong trang", en: "A document page that is not a path on the site"),
        message: .text(vi: "Cột 'page' phải là đường dẫn trong trang web này, bắt đầu bằng một dấu '/', nhưng lại ghi '{value}'",
                       en: "'page' must be a path on this site starting with one '/', found '{value}'"),
        hint: .text(vi: "Hãy ghi đường dẫn của trang trong trang web này, ví dụ '/van-ban/chi-thi-14-ct-ttg-2020/'; địa chỉ ở trang web khác thì ghi vào cột 'url'",
                    en: "write the path of the page on this site, e.g. '/van-ban/chi-thi-14-ct-ttg-2020/'; an address on another site goes in 'url'"),
        example: [MessageArgument("value", "van-ban/chi-thi-14")],
        explanation: .text(vi: "Cột 'page' trỏ tới trang giới thiệu văn bản trong chính trang web này; cột 'url' trỏ tới bản chính thức ở nơi khác.",
                           en: "'page' points at the document's page on this site; 'url' at its official copy elsewhere."))
    static let documentURLNotWeb = MessageEntry(
        .error, title: .text(vi: "Địa chỉ văn bản không phải địa chỉ web", en: "A document address that is not a web address"),
        message: .text(vi: "Cột 'url' phải bắt đầu bằng https:// hoặc http://, nhưng lại ghi '{value}'",
                       en: "'url' must start with https:// or http://, found '{value}'"),
        hint: .text(vi: "Hãy chép địa chỉ của bản chính thức từ thanh địa chỉ của trình duyệt", en: "copy the address of the official copy from the browser's address bar"),
        example: [MessageArgument("value", "vanban.chinhphu.vn/chi-thi-14")],
        explanation: .text(vi: "Địa chỉ đầy đủ (có https://) mới mở được từ mọi trang; địa chỉ thiếu phần đầu sẽ bị hiểu là một trang của chính trang web này.",
                           en: "Only a full address (with https://) opens from every page; one without it would be taken for a page of this site."))
    static let deadlineUnclear = MessageEntry(
        .warning, title: .text(vi: "Không rõ thời hạn", en: "A deadline that cannot be read"),
        message: .text(vi: "Không xác định được thời hạn '{value}'", en: "cannot tell the date of '{value}'"),
        hint: .text(vi: "Hãy ghi ngày vào cột 'deadline' (dd/mm/yyyy), hoặc viết như 'Quý II/2025', 'tháng 3 năm 2025', 'năm 2025' hay 'thường xuyên'",
                    en: "write the date in 'deadline' (dd/mm/yyyy), or phrase it as 'Quý II/2025', 'tháng 3 năm 2025', 'năm 2025' or 'thường xuyên'"),
        example: [MessageArgument("value", "sau khi có kinh phí")],
        explanation: .text(vi: "Nhiệm vụ vẫn được đưa lên trang với thời hạn như đã viết, nhưng không được xếp theo ngày và không biết đã quá hạn hay chưa.",
                           en: "The task is still published with its deadline as written, but it is not sorted by date and cannot be shown as overdue."))
    static let criterionNotANumber = MessageEntry(
        .error, title: .text(vi: "Tiêu chí không phải số từ 1 đến 19", en: "A criterion that is not a number 1–19"),
        message: .text(vi: "Cột 'criteria': '{value}' không phải số tiêu chí từ 1 đến 19", en: "'criteria': '{value}' is not a criterion number 1–19"),
        hint: .text(vi: "Hãy liệt kê số các tiêu chí đã đạt, ngăn cách bằng dấu ';', ví dụ '1;2;5;19'", en: "list the criteria met, e.g. '1;2;5;19'"),
        example: [MessageArgument("value", "TC5")],
        explanation: .criteria)
    static let criterionTwice = MessageEntry(
        .error, title: .text(vi: "Tiêu chí được ghi hai lần", en: "A criterion listed twice"),
        message: .text(vi: "Cột 'criteria': tiêu chí {number} được ghi hai lần", en: "'criteria': criterion {number} is listed twice"),
        hint: .text(vi: "Hãy xoá lần ghi thừa; có thể một tiêu chí khác đã bị gõ nhầm thành số này", en: "delete the second one; another criterion may have been mistyped as this one"),
        example: [MessageArgument("number", "5")],
        explanation: .criteria)
    static let levelNeedsAllCriteria = MessageEntry(
        .error, title: .text(vi: "Mức đạt chuẩn thiếu tiêu chí", en: "A level without all its criteria"),
        message: .text(vi: "Mức '{level}' cần đạt đủ 19 tiêu chí; các tiêu chí {missing} chưa đạt",
                       en: "level '{level}' needs all 19 criteria; criteria {missing} are not met"),
        hint: .text(vi: "Hãy ghi mức là 'none', hoặc liệt kê đủ các tiêu chí đã đạt", en: "set level to 'none', or list every criterion met"),
        example: [MessageArgument("level", "standard"), MessageArgument("missing", "7, 13")],
        explanation: .criteria)
    static let provinceWithParent = MessageEntry(
        .error, title: .text(vi: "Tỉnh có đơn vị cấp trên", en: "A province with a parent"),
        message: .text(vi: "Tỉnh không có đơn vị cấp trên", en: "a province has no parent"),
        hint: .text(vi: "Hãy để trống cột 'parent' của các tỉnh", en: "leave 'parent' empty for provinces"),
        explanation: .parents)
    static let unitWithoutParent = MessageEntry(
        .error, title: .text(vi: "Đơn vị thiếu đơn vị cấp trên", en: "A unit without its parent"),
        message: .text(vi: "Đơn vị cấp {level} cần có đơn vị cấp trên", en: "a {level} needs its parent unit"),
        hint: .text(vi: "Hãy ghi mã của đơn vị cấp trên trực tiếp vào cột 'parent'", en: "write the code of the unit one level up"),
        example: [MessageArgument("level", .text(vi: "xã", en: "commune"))],
        explanation: .parents)
    static let districtIn2025 = MessageEntry(
        .error, title: .text(vi: "Cấp huyện trong danh mục 2025", en: "A district in the 2025 scheme"),
        message: .text(vi: "Danh mục 2025 không có cấp huyện", en: "the 2025 scheme has no districts"),
        hint: .text(vi: "Từ ngày 1/7/2025 các xã, phường trực thuộc thẳng tỉnh", en: "from 1 July 2025 communes belong directly to provinces"),
        explanation: .text(vi: "Từ ngày 1/7/2025 chính quyền địa phương có hai cấp: tỉnh và xã. Đơn vị cấp huyện chỉ có trong danh mục cũ ('legacy').",
                           en: "From 1 July 2025 local government has two levels, provinces and communes. Districts exist only in the legacy scheme."))
    static let projectsNotAList = MessageEntry(
        .error, title: .text(vi: "Danh sách dự án không đúng dạng", en: "Projects that are not a list"),
        message: .text(vi: "Cột 'projects' phải là danh sách các dự án, mỗi dự án có 'name'",
                       en: "'projects' must be a list of projects, each with 'name'"),
        hint: .text(vi: "Hãy viết mỗi dự án thành một khối bắt đầu bằng '- name: …' dưới dòng 'projects:'",
                    en: "write each project as a block starting with '- name: …' under 'projects:'"),
        explanation: .text(vi: "Các dự án tu bổ của một di tích được viết trong phần đầu tệp thành danh sách; mỗi dự án có tên và có thể có kinh phí, năm và tình trạng.",
                           en: "A heritage site's restoration projects are a list in its front matter; each has a name and may have a budget, years and a status."))
    static let budgetNegative = MessageEntry(
        .error, title: .text(vi: "Kinh phí âm", en: "A negative budget"),
        message: .text(vi: "Kinh phí không thể là số âm", en: "a budget cannot be negative"),
        hint: .text(vi: "Hãy ghi kinh phí bằng số dương, tính bằng triệu đồng", en: "write the budget as a positive number of million đồng"),
        explanation: .text(vi: "Kinh phí là số tiền được cấp hoặc đã chi, nên không thể âm; dấu '-' thường là do gõ nhầm.",
                           en: "A budget is money allocated or spent, so it cannot be negative; a '-' is usually a typing slip."))
    static let dateMonthFirst = MessageEntry(
        .error, title: .text(vi: "Ngày ghi tháng trước", en: "A date written month first"),
        message: .text(vi: "Cột '{column}': ngày '{value}' không có thật nếu đọc ngày trước (dd/mm/yyyy); có vẻ đã ghi tháng trước, như máy cài đặt kiểu Mỹ",
                       en: "'{column}': date '{value}' does not exist day first (dd/mm/yyyy); it looks written month first, as US settings write dates"),
        hint: .text(vi: "Hãy ghi ngày trước: {short} (hoặc {iso}){cell}", en: "write it day first: {short} (or {iso}){cell}"),
        example: [MessageArgument("column", "date"), MessageArgument("value", "2/13/2024"), MessageArgument("short", "13/02/2024"),
                  MessageArgument("iso", "2024-02-13"), MessageArgument("cell", .dateCell)],
        explanation: .dates)
    static let dateDoesNotExist = MessageEntry(
        .error, title: .text(vi: "Ngày không có thật", en: "A date that does not exist"),
        message: .text(vi: "Cột '{column}': ngày '{value}' không có thật", en: "'{column}': date '{value}' does not exist"),
        hint: .text(vi: "Hãy kiểm tra lại ngày và tháng (dd/mm/yyyy)", en: "check the day and month (dd/mm/yyyy)"),
        example: [MessageArgument("column", "date"), MessageArgument("value", "31/04/2025")],
        explanation: .dates)
    static let dateOtherSpelling = MessageEntry(
        .error, title: .text(vi: "Ngày ghi không đúng kiểu", en: "A date written another way"),
        message: .text(vi: "Cột '{column}' phải là ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd, nhưng lại ghi '{value}'",
                       en: "'{column}': expected a date as dd/mm/yyyy or yyyy-mm-dd, found '{value}'"),
        hint: .text(vi: "Hãy ghi {short} (hoặc {iso}){cell}", en: "write {short} (or {iso}){cell}"),
        example: [MessageArgument("column", "date"), MessageArgument("value", "15.03.2024"), MessageArgument("short", "15/03/2024"),
                  MessageArgument("iso", "2024-03-15"), MessageArgument("cell", .text(vi: "", en: ""))],
        explanation: .dates)
    static let dateNotADate = MessageEntry(
        .error, title: .text(vi: "Không phải ngày", en: "Not a date"),
        message: .text(vi: "Cột '{column}' phải là ngày, nhưng lại ghi '{value}'", en: "'{column}': expected a date, found '{value}'"),
        hint: .text(vi: "Hãy ghi ngày dạng dd/mm/yyyy (04/02/2025) hoặc yyyy-mm-dd (2025-02-04){cell}",
                    en: "write dates as dd/mm/yyyy (04/02/2025) or yyyy-mm-dd (2025-02-04){cell}"),
        example: [MessageArgument("column", "date"), MessageArgument("value", "đầu năm 2025"), MessageArgument("cell", .text(vi: "", en: ""))],
        explanation: .dates)
}

extension LocalizedText {
    static let sumOfLegacy = LocalizedText(
        vi: "Cách tính 'sum_of_legacy' là số liệu của một đơn vị mới (danh mục 2025) cộng từ số liệu của các đơn vị cũ đã sáp nhập vào nó. Chỉ đúng khi đơn vị mới gồm trọn các đơn vị cũ.",
        en: "'sum_of_legacy' is the figure of a new (2025-scheme) unit added up from the legacy units merged into it. It is right only when the new unit is made of whole legacy units.")
    static let criteria = LocalizedText(
        vi: "Bộ tiêu chí quốc gia về xã nông thôn mới có 19 tiêu chí, đánh số từ 1 đến 19 (Quyết định 318/QĐ-TTg); cột 'criteria' liệt kê các tiêu chí xã đã đạt.",
        en: "The national set for new rural communes has 19 criteria, numbered 1 to 19 (Quyết định 318/QĐ-TTg); 'criteria' lists those a commune meets.")
    static let parents = LocalizedText(
        vi: "Mỗi huyện, xã thuộc một đơn vị cấp trên trực tiếp (cột 'parent'); tỉnh là cấp cao nhất nên không có.",
        en: "Every district and commune belongs to the unit one level up ('parent'); a province is the top level and has none.")
    static let dates = LocalizedText(
        vi: "Ngày được ghi theo kiểu Việt Nam, ngày trước tháng sau (dd/mm/yyyy, ví dụ 04/02/2025), hoặc theo kiểu quốc tế yyyy-mm-dd (2025-02-04).",
        en: "Dates are written day first as in Vietnam (dd/mm/yyyy, e.g. 04/02/2025), or the international way, yyyy-mm-dd (2025-02-04).")
    /// The end of a date's hint in a workbook, where a date cell avoids the question.
    public static let dateCell = LocalizedText(
        vi: ", hoặc nhập vào ô kiểu ngày (Excel khi đó căn ngày sang phải)",
        en: ", or type it in a date cell (Excel then shows it right-aligned)")
    public static let noText = LocalizedText(vi: "", en: "")
}

/// The entries of `MB2340`–`MB2358` (named in `DataMessage.entry`):
/// references to other tables' records and to areas, and figures out of
/// their unit's range.
extension MessageEntry {
    private static func missingRecord(_ title: LocalizedText, hint: LocalizedText, example: [MessageArgument]) -> MessageEntry {
        MessageEntry(
            .error, title: title,
            message: .text(vi: "Cột '{column}': không tìm thấy {what} '{id}'", en: "'{column}': no {what} '{id}'"), hint: hint,
            example: [MessageArgument("column", "source"), MessageArgument("what", .text(vi: "văn bản", en: "document")),
                      MessageArgument("id", "qd-12-2024")] + example,
            explanation: .references)
    }
    static let referenceMissingNear = missingRecord(
        .text(vi: "Mã trỏ tới bản ghi không có, gần giống một mã khác", en: "A reference to no record, close to another id"),
        hint: .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?"),
        example: [MessageArgument("suggestion", "qd-12-2025")])
    static let referenceMissingNoRecords = missingRecord(
        .text(vi: "Mã trỏ tới một bảng không có bản ghi nào", en: "A reference into a table without records"),
        hint: .text(vi: "Chưa có bản ghi {what} nào: thiếu bảng {what}, hoặc không đọc được bản ghi nào của bảng đó",
                    en: "there are no {what} records: the {what} table is missing, or none of its records could be read"),
        example: [])
    static let referenceMissing = missingRecord(
        .text(vi: "Mã trỏ tới bản ghi không có", en: "A reference to no record"),
        hint: .text(vi: "Hãy thêm bản ghi này vào bảng {what}, hoặc sửa lại mã", en: "add it to the {what} table, or correct the id"),
        example: [])
    static let referenceRejected = MessageEntry(
        .error, title: .text(vi: "Mã trỏ tới bản ghi có lỗi", en: "A reference to a record with errors"),
        message: .text(vi: "Cột '{column}': trỏ tới {what} '{id}', nhưng bản ghi đó có lỗi (xem ở trên)",
                       en: "'{column}': refers to {what} '{id}', which has errors above"),
        example: [MessageArgument("column", "program"), MessageArgument("what", .text(vi: "chương trình", en: "programme")), MessageArgument("id", "ntm")],
        explanation: .text(vi: "Bản ghi được trỏ tới có lỗi nên không được đưa lên trang; các dòng trỏ tới nó cũng bị bỏ, và được báo gộp theo nguyên nhân.",
                           en: "The record referred to has errors and is left out of the site; the rows referring to it are left out too, and reported together under their cause."))
    static let referenceUnreadable = MessageEntry(
        .error, title: .text(vi: "Mã trỏ tới một bảng không đọc được", en: "A reference into a table that cannot be read"),
        message: .text(vi: "Cột '{column}': trỏ tới {what} '{id}', nhưng không đọc được bản ghi nào của {file} (xem lỗi ở trên)",
                       en: "'{column}': refers to {what} '{id}', but no record of {file} could be read (errors above)"),
        example: [MessageArgument("column", "indicator"), MessageArgument("what", .text(vi: "chỉ tiêu", en: "indicator")),
                  MessageArgument("id", "ho-ngheo"), MessageArgument("file", "indicators.csv")],
        explanation: .text(vi: "Cả bảng được trỏ tới không đọc được, nên mọi dòng trỏ vào nó đều lỗi vì cùng một nguyên nhân; chúng được báo gộp thành một dòng.",
                           en: "The whole table referred to cannot be read, so every row referring to it fails for that one cause; they are reported as one line."))
    private static func otherScheme(_ title: LocalizedText, hint: LocalizedText, scheme: LocalizedText) -> MessageEntry {
        MessageEntry(
            .error, title: title,
            message: .text(vi: "Cột '{column}': không có đơn vị {code} trong {scheme}; {code} là {name} trong {other}",
                           en: "'{column}': no area {code} in {scheme}; {code} is {name} in {other}"),
            hint: hint,
            example: [MessageArgument("column", "area"), MessageArgument("code", "26734"), MessageArgument("scheme", scheme),
                      MessageArgument("name", "Phường Bến Thành"), MessageArgument("other", .text(vi: "danh mục 2025", en: "the 2025 scheme"))],
            explanation: .schemes)
    }
    static let areaInOtherSchemeByYearLegacy = otherScheme(
        .text(vi: "Mã đơn vị thuộc danh mục của năm khác", en: "An area code of another year's scheme"),
        hint: .text(vi: "Số liệu đến năm 2024 dùng các đơn vị trước ngày 1/7/2025: hãy dùng mã cũ, hoặc thêm cột 'scheme'",
                    en: "figures up to 2024 use the units before 1 July 2025: use the legacy code, or add a 'scheme' column"),
        scheme: .text(vi: "danh mục cũ (trước ngày 1/7/2025), là danh mục dùng cho năm 2024", en: "the legacy (before 1 July 2025) scheme, which 2024 uses"))
    static let areaInOtherSchemeByYear2025 = otherScheme(
        .text(vi: "Mã đơn vị cũ cho số liệu từ năm 2025", en: "A legacy area code for a figure from 2025"),
        hint: .text(vi: "Số liệu từ năm 2025 dùng các đơn vị mới: hãy dùng mã 2025, hoặc thêm cột 'scheme'",
                    en: "figures from 2025 use the new units: use the 2025 code, or add a 'scheme' column"),
        scheme: .text(vi: "danh mục 2025, là danh mục dùng cho năm 2025", en: "the 2025 scheme, which 2025 uses"))
    static let areaInOtherSchemeByDateLegacy = otherScheme(
        .text(vi: "Mã đơn vị mới cho một ngày trước 1/7/2025", en: "A 2025 area code for a date before 1 July 2025"),
        hint: .text(vi: "Các đơn vị trước ngày 1/7/2025 áp dụng cho những ngày trước đó: hãy dùng mã cũ, hoặc thêm cột 'scheme'",
                    en: "the units before 1 July 2025 apply to dates before then: use the legacy code, or add a 'scheme' column"),
        scheme: .text(vi: "danh mục cũ (trước ngày 1/7/2025), có hiệu lực ngày 15/03/2024", en: "the legacy (before 1 July 2025) scheme, in force on 15/03/2024"))
    static let areaInOtherSchemeByDate2025 = otherScheme(
        .text(vi: "Mã đơn vị cũ cho một ngày từ 1/7/2025", en: "A legacy area code for a date from 1 July 2025"),
        hint: .text(vi: "Các đơn vị mới áp dụng từ ngày 1/7/2025: hãy dùng mã 2025, hoặc thêm cột 'scheme'",
                    en: "the new units apply from 1 July 2025: use the 2025 code, or add a 'scheme' column"),
        scheme: .text(vi: "danh mục 2025, có hiệu lực ngày 01/08/2025", en: "the 2025 scheme, in force on 01/08/2025"))
    static let areaInOtherSchemeStated = MessageEntry(
        .error, title: .text(vi: "Mã đơn vị thuộc danh mục khác với cột 'scheme'", en: "An area code of the other scheme than stated"),
        message: .text(vi: "Cột '{column}': không có đơn vị {code} trong {scheme}; {code} là {name} trong {other}",
                       en: "'{column}': no area {code} in {scheme}; {code} is {name} in {other}"),
        hint: .text(vi: "Hãy dùng mã thuộc {scheme}, hoặc ghi cột 'scheme' là {otherName}",
                    en: "use a code of {scheme}, or set the 'scheme' column to {otherName}"),
        example: [MessageArgument("column", "area"), MessageArgument("code", "26734"),
                  MessageArgument("scheme", .text(vi: "danh mục cũ (trước ngày 1/7/2025)", en: "the legacy (before 1 July 2025) scheme")),
                  MessageArgument("name", "Phường Bến Thành"), MessageArgument("other", .text(vi: "danh mục 2025", en: "the 2025 scheme")),
                  MessageArgument("otherName", "v2025")],
        explanation: .schemes)
    static let areaCodesSwapped = otherScheme(
        .text(vi: "Mã cũ và mã mới có thể bị ghi đảo chỗ", en: "Old and new codes that may be swapped"),
        hint: .text(vi: "Cột 'old_code' là đơn vị trước ngày 1/7/2025 và 'new_code' là đơn vị theo danh mục 2025: hãy kiểm tra xem hai mã có bị ghi đảo chỗ không",
                    en: "'old_code' is a unit before 1 July 2025 and 'new_code' a 2025 one: check that the two are not swapped"),
        scheme: .text(vi: "danh mục cũ (trước ngày 1/7/2025)", en: "the legacy (before 1 July 2025) scheme"))
    static let areaMissingNear = MessageEntry(
        .error, title: .text(vi: "Mã đơn vị không có, gần giống một mã khác", en: "An area code not in the list, close to another"),
        message: .text(vi: "Cột '{column}': không có đơn vị {code} trong {scheme}", en: "'{column}': no area {code} in {scheme}"),
        hint: .text(vi: "Có phải ý là {suggestion} ({name})?", en: "did you mean {suggestion} ({name})?"),
        example: [MessageArgument("column", "area"), MessageArgument("code", "26735"), MessageArgument("scheme", .text(vi: "danh mục 2025", en: "the 2025 scheme")),
                  MessageArgument("suggestion", "26734"), MessageArgument("name", "Phường Bến Thành")],
        explanation: .schemes)
    static let areaMissing = MessageEntry(
        .error, title: .text(vi: "Mã đơn vị không có trong danh mục", en: "An area code not in the list"),
        message: .text(vi: "Cột '{column}': không có đơn vị {code} trong {scheme}", en: "'{column}': no area {code} in {scheme}"),
        hint: .text(vi: "Hãy thêm đơn vị vào bảng areas, hoặc sửa lại mã", en: "add the unit to the areas table, or correct the code"),
        example: [MessageArgument("column", "area"), MessageArgument("code", "99999"), MessageArgument("scheme", .text(vi: "danh mục 2025", en: "the 2025 scheme"))],
        explanation: .schemes)
    static let areaWrongLevel = MessageEntry(
        .error, title: .text(vi: "Đơn vị không đúng cấp", en: "An area of the wrong level"),
        message: .text(vi: "Cột '{column}': {code} là {name}, đơn vị cấp {level}; ở đây cần đơn vị cấp {expected}",
                       en: "'{column}': {code} is {name}, a {level}; expected a {expected}"),
        hint: .text(vi: "Hãy ghi mã của đơn vị cấp {expected}", en: "write the code of a {expected}"),
        example: [MessageArgument("column", "area"), MessageArgument("code", "79"), MessageArgument("name", "Thành phố Hồ Chí Minh"),
                  MessageArgument("level", .text(vi: "tỉnh", en: "province")), MessageArgument("expected", .text(vi: "xã", en: "commune"))],
        explanation: .text(vi: "Bảng này ghi số liệu của một cấp đơn vị nhất định, nên mã phải là của đơn vị cấp đó.",
                           en: "This table holds figures of one level of unit, so the code must be of that level."))
    static let percentOutOfRange = MessageEntry(
        .error, title: .text(vi: "Tỷ lệ phần trăm ngoài khoảng 0–100", en: "A percentage outside 0–100"),
        message: .text(vi: "Cột '{column}': {value} không phải tỷ lệ phần trăm từ 0 đến 100", en: "'{column}': {value} is not a percentage between 0 and 100"),
        hint: .text(vi: "Hãy ghi chính con số phần trăm (97.5 cho 97,5%), không ghi tỷ số hay số đếm",
                    en: "write the percentage itself (97.5 for 97,5%), not a fraction or a count"),
        example: [MessageArgument("column", "value"), MessageArgument("value", "975")],
        explanation: .units)
    static let countNegative = MessageEntry(
        .error, title: .text(vi: "Số đếm âm", en: "A negative count"),
        message: .text(vi: "Cột '{column}': {unit} không thể là số âm, nhưng lại ghi {value}", en: "'{column}': a {unit} cannot be negative, found {value}"),
        hint: .text(vi: "Hãy ghi số không âm; dấu '-' thường là do gõ nhầm", en: "write a number of 0 or more; a '-' is usually a typing slip"),
        example: [MessageArgument("column", "value"), MessageArgument("unit", .text(vi: "số đếm", en: "count")), MessageArgument("value", "-12")],
        explanation: .units)
    static let criteriaOver19 = MessageEntry(
        .error, title: .text(vi: "Số tiêu chí đạt quá 19", en: "More than 19 criteria met"),
        message: .text(vi: "Cột '{column}': chỉ có tối đa 19 tiêu chí, nhưng lại ghi {value}", en: "'{column}': at most 19 criteria can be met, found {value}"),
        hint: .text(vi: "Hãy ghi số tiêu chí đã đạt, từ 0 đến 19", en: "write the number of criteria met, from 0 to 19"),
        example: [MessageArgument("column", "value"), MessageArgument("value", "21")],
        explanation: .criteria)
    static let budgetYearOutsideProgramme = MessageEntry(
        .error, title: .text(vi: "Năm ngoài giai đoạn của chương trình", en: "A year outside the programme's period"),
        message: .text(vi: "Cột 'year': năm {year} nằm ngoài chương trình '{program}', có giai đoạn {start}–{end}",
                       en: "'year': {year} is outside programme '{program}', which runs {start}–{end}"),
        hint: .text(vi: "Hãy ghi một năm trong giai đoạn của chương trình, hoặc ghi đúng chương trình được giao vốn",
                    en: "write a year of the programme's period, or the programme the capital was allocated to"),
        example: [MessageArgument("year", "2020"), MessageArgument("program", "ntm-2021-2025"), MessageArgument("start", "2021"), MessageArgument("end", "2025")],
        explanation: .text(vi: "Vốn của một chương trình chỉ được giao trong giai đoạn của chương trình đó.",
                           en: "A programme's capital is allocated within its period only."))
    static let amountNegative = MessageEntry(
        .error, title: .text(vi: "Số tiền âm", en: "A negative amount"),
        message: .text(vi: "Cột '{column}': số tiền không thể là số âm, nhưng lại ghi {value}", en: "'{column}': an amount cannot be negative, found {value}"),
        hint: .text(vi: "Hãy ghi số tiền bằng số dương, tính bằng triệu đồng", en: "write the amount as a positive number of million đồng"),
        example: [MessageArgument("column", "disbursed_million_vnd"), MessageArgument("value", "-1500")],
        explanation: .text(vi: "Vốn được giao và vốn đã giải ngân là số tiền, nên không thể âm.",
                           en: "Capital allocated and disbursed are sums of money, so they cannot be negative."))
}

extension LocalizedText {
    static let references = LocalizedText(
        vi: "Cột này ghi mã của một bản ghi trong bảng khác (văn bản, cơ quan, chương trình, chỉ tiêu); mã phải có trong bảng đó.",
        en: "This column holds the id of a record of another table (documents, agencies, programmes, indicators); the id must be in that table.")
    static let schemes = LocalizedText(
        vi: "Có hai danh mục đơn vị hành chính: danh mục cũ (trước ngày 1/7/2025, có cấp huyện) và danh mục 2025. Số liệu dùng danh mục của năm hoặc ngày của nó, trừ khi cột 'scheme' ghi khác.",
        en: "There are two lists of administrative units: the legacy one (before 1 July 2025, with districts) and the 2025 one. A figure uses the list of its year or date, unless its 'scheme' column says otherwise.")
    static let units = LocalizedText(
        vi: "Đơn vị của chỉ tiêu quyết định giá trị hợp lệ: tỷ lệ phần trăm từ 0 đến 100, số đếm không âm, số tiêu chí từ 0 đến 19.",
        en: "An indicator's unit says which values it takes: percentages from 0 to 100, counts of 0 or more, criteria from 0 to 19.")
}
