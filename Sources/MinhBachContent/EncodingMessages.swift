import MinhBachDiagnostics

/// Every message about text encodings, in one place.
enum EncodingMessages {
    static func notUTF8(_ guess: LegacyEncoding.Guess?, at location: SourceLocation, settable: Bool) -> Diagnostic {
        let isTable = ["csv", "tsv"].contains(location.path.fileExtension)
        let saveType = location.path.fileExtension == "tsv" ? "'Text (Tab delimited)'" : "'CSV (Comma delimited)'"
        switch guess {
        case .windows1258?:
            let source = isTable ? "Excel's \(saveType) on a Vietnamese Windows" : "'ANSI' in Notepad on a Vietnamese Windows"
            return .error(at: location, "the file is in Windows-1258 (\(source)), not UTF-8",
                          hint: saveHint(isTable) + (settable ? ", or add 'data_encoding: windows-1258' to content/site.yaml to read it as it is" : ""))
        case .windows1252?:
            let source = isTable ? "Excel's \(saveType) on a Windows set up for English" : "'ANSI' in Notepad on a Windows set up for English"
            return .error(at: location, "the file is in Windows-1252 (\(source)), not UTF-8; it cannot hold ư, ơ and most tone marks, which may already be lost as '?'",
                          hint: saveHint(isTable) + " from the original")
        case nil:
            return .error(at: location, "the file is not UTF-8 text",
                          hint: "save it as UTF-8 (in Excel: 'CSV UTF-8'; in Word or Notepad: encoding 'UTF-8')")
        }
    }

    private static func saveHint(_ isTable: Bool) -> String {
        isTable ? "save it as 'CSV UTF-8 (Comma delimited)'" : "save it with the encoding 'UTF-8'"
    }

    static func notInEncoding(_ encoding: TextEncoding, at location: SourceLocation) -> Diagnostic {
        .error(at: location, "the file is read as \(encoding.rawValue) (set in content/site.yaml), but this byte is not \(encoding.rawValue) text",
               hint: "check the encoding the file was saved in, or save it as 'CSV UTF-8 (Comma delimited)' and remove the setting")
    }

    static func cannotConvert(_ encoding: TextEncoding, path: String) -> Diagnostic {
        .error(at: SourceLocation(path: path), "the system cannot convert \(encoding.rawValue) text (iconv has no '\(encoding.iconvName)')",
               hint: "save the file as UTF-8 and remove the data_encoding setting")
    }

    static func unknownEncoding(_ name: String, key: String, at location: SourceLocation) -> Diagnostic {
        .error(at: location, "'\(key)': unknown encoding '\(name)'", hint: "the encodings are \(TextEncoding.supportedNames)")
    }

    static func notAFileMap(at location: SourceLocation) -> Diagnostic {
        .error(at: location, "'data_encodings' must be a group of 'file: encoding' lines",
               hint: "write 'data_encodings: {ntm.csv: windows-1258}'")
    }
}

private extension String {
    var fileExtension: String {
        guard let dot = lastIndex(of: "."), !self[dot...].contains("/") else { return "" }
        return String(self[index(after: dot)...]).lowercased()
    }
}
