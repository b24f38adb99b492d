import FuzzSupport

runFuzzer { data, count in
    fuzzCSV(UnsafeRawBufferPointer(start: data, count: count))
    return 0
}
