import MinhBachDiagnostics

/// Every message about text encodings, in one place.
enum EncodingMessages {
    static func notUTF8(_ guess: LegacyEncoding.Guess?, at location: SourceLocation, settable: Bool) -> Diagnostic {
        let isTable = ["csv", "tsv"].contains(location.path.fileExtension)
        let saveType = location.path.fileExtension == "tsv" ? "'Text (Tab delimited)'" : "'CSV (Comma delimited)'"
        switch guess {
        case .windows1258?:
            let source = isTable ? LocalizedText(vi: "kiểu \(saveType) của Excel trên Windows tiếng Việt", en: "Excel's \(saveType) on a Vietnamese Windows")
                : LocalizedText(vi: "'ANSI' trong Notepad trên Windows tiếng Việt", en: "'ANSI' in Notepad on a Vietnamese Windows")
            let setting = settable ? LocalizedText(vi: ", hoặc thêm 'data_encoding: windows-1258' vào content/site.yaml để đọc tệp như hiện có",
                                                   en: ", or add 'data_encoding: windows-1258' to content/site.yaml to read it as it is")
                : LocalizedText(vi: "", en: "")
            return Diagnostic(.content(.encodedWindows1258), at: location,
                              [MessageArgument("source", source), MessageArgument("save", saveHint(isTable)), MessageArgument("setting", setting)])
        case .windows1252?:
            let source = isTable ? LocalizedText(vi: "kiểu \(saveType) của Excel trên Windows cài tiếng Anh", en: "Excel's \(saveType) on a Windows set up for English")
                : LocalizedText(vi: "'ANSI' trong Notepad trên Windows cài tiếng Anh", en: "'ANSI' in Notepad on a Windows set up for English")
            return Diagnostic(.content(.encodedWindows1252), at: location, [MessageArgument("source", source), MessageArgument("save", saveHint(isTable))])
        case nil:
            return Diagnostic(.content(.notUTF8), at: location)
        }
    }

    private static func saveHint(_ isTable: Bool) -> LocalizedText {
        isTable ? LocalizedText(vi: "lưu tệp với kiểu 'CSV UTF-8 (Comma delimited)'", en: "save it as 'CSV UTF-8 (Comma delimited)'")
            : LocalizedText(vi: "lưu tệp với bảng mã 'UTF-8'", en: "save it with the encoding 'UTF-8'")
    }

    static func notInEncoding(_ encoding: TextEncoding, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.content(.notInSetEncoding), at: location, [MessageArgument("encoding", encoding.rawValue)])
    }

    static func cannotConvert(_ encoding: TextEncoding, path: String) -> Diagnostic {
        Diagnostic(.content(.encodingCannotBeConverted), at: SourceLocation(path: path),
                   [MessageArgument("encoding", encoding.rawValue), MessageArgument("iconv", encoding.iconvName)])
    }

    static func unknownEncoding(_ name: String, key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.content(.unknownEncoding), at: location,
                   [MessageArgument("key", key), MessageArgument("name", name), MessageArgument("encodings", TextEncoding.supportedNames)])
    }

    static func notAFileMap(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.content(.encodingsNotAFileMap), at: location, [MessageArgument("example", "{ntm.csv: windows-1258}")])
    }
}

private extension String {
    var fileExtension: String {
        guard let dot = lastIndex(of: "."), !self[dot...].contains("/") else { return "" }
        return String(self[index(after: dot)...]).lowercased()
    }
}
