import FuzzSupport

runFuzzer { data, count in
    fuzzFrontMatter(UnsafeRawBufferPointer(start: data, count: count))
    return 0
}
