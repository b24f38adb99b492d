import FuzzSupport

runFuzzer { data, count in
    fuzzComponents(UnsafeRawBufferPointer(start: data, count: count))
    return 0
}
