// libFuzzer's entry point for programs that have a main function of their
// own (compiler-rt's FuzzerInterface.h); the runtime is linked by scripts/fuzz.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
