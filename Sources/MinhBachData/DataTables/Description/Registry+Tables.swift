extension Registry {
    /// A referred-to table's kept records by key, and what it could not
    /// keep (so that a reference to a rejected row points at its errors).
    mutating func register<Record, Key: Hashable>(_ records: [Record], by key: (Record) -> Key, in table: WritableKeyPath<Registry, [Key: Record]>,
                                                  as referred: ReferredTable, failures result: TableResult<Record>) {
        self[keyPath: table] = Dictionary(records.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        failures[referred] = TableFailures.of(result)
    }
}
