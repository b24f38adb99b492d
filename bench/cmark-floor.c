// The floor for the speed comparison: the least work any generator must do
// for a plain Markdown site. It reads every .md file under CONTENT, skips
// its front matter, renders it with cmark-gfm (the GFM extensions MinhBạch
// uses) and writes OUTPUT/<path>/index.html with a minimal HTML wrapper.
// No templates, no lists, no search index: nothing a real site needs beyond
// Markdown. With -j N, files are shared among N threads.
//
//   cc -O2 -o cmark-floor cmark-floor.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -lpthread
//   cmark-floor [-j N] CONTENT OUTPUT
#define _GNU_SOURCE
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <errno.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char **paths;
static size_t path_count, path_capacity;
static size_t content_length;
static const char *output_root;
static atomic_size_t next_path;
static const char *extensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static int collect(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)info; (void)ftw;
    size_t length = strlen(path);
    if (type != FTW_F || length < 3 || strcmp(path + length - 3, ".md") != 0) return 0;
    if (path_count == path_capacity) {
        path_capacity = path_capacity ? path_capacity * 2 : 1024;
        paths = realloc(paths, path_capacity * sizeof *paths);
    }
    paths[path_count++] = strdup(path);
    return 0;
}

static void make_parents(char *path) {
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = 0;
        if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(1); }
        *slash = '/';
    }
}

static void render_file(const char *path) {
    FILE *in = fopen(path, "rb");
    if (!in) { perror(path); exit(1); }
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    rewind(in);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, in) != (size_t)size) { perror(path); exit(1); }
    fclose(in);
    text[size] = 0;
    char *body = text;
    if (strncmp(text, "---\n", 4) == 0) {
        char *end = strstr(text + 4, "\n---\n");
        if (end) body = end + 5;
    }
    int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
    cmark_parser *parser = cmark_parser_new(options);
    for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(extensions[i]));
    cmark_parser_feed(parser, body, strlen(body));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));

    // CONTENT/a/b.md -> OUTPUT/a/b/index.html
    char out[4096];
    snprintf(out, sizeof out, "%s/%.*s/index.html", output_root,
             (int)(strlen(path) - content_length - 4), path + content_length + 1);
    make_parents(out);
    FILE *file = fopen(out, "wb");
    if (!file) { perror(out); exit(1); }
    fputs("<!doctype html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>Trang</title></head>\n<body><main>\n", file);
    fputs(html, file);
    fputs("</main></body>\n</html>\n", file);
    fclose(file);

    free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    free(text);
}

static void *worker(void *unused) {
    (void)unused;
    for (size_t index; (index = atomic_fetch_add(&next_path, 1)) < path_count;) render_file(paths[index]);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = 1;
    if (argc == 5 && strcmp(argv[1], "-j") == 0) {
        threads = atoi(argv[2]);
        argv += 2;
        argc -= 2;
    }
    if (argc != 3 || threads < 1) {
        fprintf(stderr, "usage: cmark-floor [-j N] CONTENT OUTPUT\n");
        return 2;
    }
    cmark_gfm_core_extensions_ensure_registered();
    content_length = strlen(argv[1]);
    output_root = argv[2];
    if (mkdir(output_root, 0755) != 0 && errno != EEXIST) { perror(output_root); return 1; }
    if (nftw(argv[1], collect, 32, FTW_PHYS) != 0) { perror(argv[1]); return 1; }
    pthread_t pool[64];
    if (threads > 64) threads = 64;
    for (int i = 0; i < threads; i++) pthread_create(&pool[i], NULL, worker, NULL);
    for (int i = 0; i < threads; i++) pthread_join(pool[i], NULL);
    printf("%zu pages\n", path_count);
    return 0;
}
