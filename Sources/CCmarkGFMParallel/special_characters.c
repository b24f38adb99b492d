// cmark-gfm 0.29 keeps one process-wide table of "special" inline
// characters. cmark_parser_finish() switches the characters of the parser's
// extensions on (`~` for strikethrough, `:` and `w` for autolinks) before it
// parses inlines and switches them off again afterwards, through the exported
// function below. Two parses on two threads therefore race: one switches the
// characters off while the other is still parsing, which loses strikethrough
// and autolinks at random.
//
// Every parser MinhBach makes attaches the same extensions, so the
// characters can simply stay on once set. Defining the function here, in the
// executable, interposes on the library's definition (the library calls it
// through its PLT, and the dynamic linker binds that call to the first
// definition in the executable's global scope). "On" forwards to the library;
// "off" does nothing. If the binding did not happen (a library linked with
// -Bsymbolic, say), minhbach_cmark_parallel_parsing() reports it and the
// Swift side falls back to one parse at a time.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

#include "CCmarkGFMParallel.h"

typedef void (*manage_function)(void *parser, int add);

static manage_function library_manage;
static pthread_once_t resolve_once = PTHREAD_ONCE_INIT;

static void resolve_library_manage(void) {
    library_manage = (manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

__attribute__((visibility("default")))
void cmark_manage_extensions_special_characters(void *parser, int add) {
    pthread_once(&resolve_once, resolve_library_manage);
    if (add && library_manage != NULL) {
        library_manage(parser, 1);
    }
}

int minhbach_cmark_parallel_parsing(void) {
    pthread_once(&resolve_once, resolve_library_manage);
    void *bound = dlsym(RTLD_DEFAULT, "cmark_manage_extensions_special_characters");
    return library_manage != NULL && bound == (void *)&cmark_manage_extensions_special_characters;
}
