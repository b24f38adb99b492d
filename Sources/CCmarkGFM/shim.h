// Only the public headers of cmark-gfm and its GFM extensions.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
