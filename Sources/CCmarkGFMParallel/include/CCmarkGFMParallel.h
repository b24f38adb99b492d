#ifndef MINHBACH_CMARK_GFM_PARALLEL_H
#define MINHBACH_CMARK_GFM_PARALLEL_H

/// Whether this process's definition of
/// `cmark_manage_extensions_special_characters` is the one cmark-gfm calls,
/// so that documents may be parsed on several threads at once (see
/// special_characters.c). When it is 0, callers must parse one at a time.
int minhbach_cmark_parallel_parsing(void);

#endif
