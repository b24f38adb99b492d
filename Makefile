# MinhBạch — the two commands of the README, and a few for developers.
#   make site   build the example site into site-out/ (installs cmark-gfm and mimalloc if missing)
#   make test   run the test suite
#   make bench  measure speed against Hugo (docs/PERFORMANCE.md)
#   make fuzz   fuzz the parsers for longer (FUZZ_SECONDS each, default 300)

SWIFT ?= swift
BIN := .build/release/minhbach
# cmark-gfm renders Markdown; mimalloc is the release build's allocator (Package.swift).
LIBRARY_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config

FUZZ_SECONDS ?= 300

# The test suite under the sanitizers, each in its own build folder so that
# neither rebuilds the normal one (docs/DEVELOPMENT.md). LeakSanitizer is off:
# it cannot follow Swift references whose enum tags sit in the pointer's
# spare bits, and reports live objects as lost; scripts/check-leaks checks
# leaks with valgrind instead.
# MINHBACH_SANITIZER tells tests that only compare two renderers of the
# example site (TemplateEngineTests) to skip it: those builds check output,
# which the normal run checks, and cost minutes under the sanitizers.
ASAN_TEST := ASAN_OPTIONS=detect_leaks=0 MINHBACH_SANITIZER=address $(SWIFT) test --sanitize=address --scratch-path .build-asan
TSAN_TEST := MINHBACH_SANITIZER=thread $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

.PHONY: site test deps print-deps build leaks asan tsan fuzz clean check-site check-html check-a11y test-nginx bench interrupted-builds hostile-site

site: build
	$(BIN) build

test: deps print-deps
	$(SWIFT) test
	@command -v node >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -q && $$SUDO apt-get install -y -q nodejs; }
	node --test Tests/js/
	scripts/check-leaks
	$(ASAN_TEST)
	$(TSAN_TEST)
	scripts/fuzz --seconds 5 --seed 1
	scripts/check-interrupted-builds
	scripts/check-hostile-site
	scripts/check-site

build: deps
	$(SWIFT) build -c release --product minhbach

# Installs the C library cmark-gfm (and pkg-config) when it is missing.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ] \
		|| [ ! -e /usr/include/mimalloc.h ]; then \
		echo "Installing $(LIBRARY_PACKAGES)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q $(LIBRARY_PACKAGES); \
	fi

# What `minhbach pdf` and its tests need, installed when missing: Chromium, which
# prints; Liberation Serif 2, the one print family (every Vietnamese letter with
# every tone, Times New Roman's metrics; docs/TEMPLATES.md, "Printing"); and
# poppler-utils (pdftotext, pdffonts), with which the tests read the PDFs.
print-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$$missing chromium"; \
	[ -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing="$$missing fonts-liberation2"; \
	command -v pdffonts >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q $$missing; \
	fi

# Builds the example site under valgrind: every cmark object must be freed.
leaks: deps
	scripts/check-leaks

asan: deps
	$(ASAN_TEST)

tsan: deps
	$(TSAN_TEST)

# Fuzzes the front-matter splitter, the CSV reader and the component parser
# (scripts/fuzz); `make test` runs each for 5 seconds.
fuzz: deps
	scripts/fuzz --seconds $(FUZZ_SECONDS)

# Kills builds at random moments: site-out/ is always one whole build.
interrupted-builds: deps
	scripts/check-interrupted-builds

# The hostile fixture site in headless Chromium: no injected value runs.
hostile-site: deps
	scripts/check-hostile-site

# Checks of the built example site (docs/DEPLOY.md): all of them, or one.
# Each builds the example site into a temporary folder; SITE=DIR checks DIR.
check-site: deps
	scripts/check-site $(SITE)

check-html:
	scripts/check-html $(SITE)

check-a11y:
	scripts/check-a11y $(SITE)

test-nginx:
	scripts/test-nginx $(SITE)

# Speed: MinhBạch vs Hugo vs the C floor, the national site, scaling to
# 100,000 pages (docs/PERFORMANCE.md). Writes its files to /dev/shm.
bench: deps
	scripts/bench --write $(BENCH_ARGS)

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz site-out
