# MinhBạch — the two commands of the README, and a few for developers.
#   make site   build the example site into site-out/ (installs cmark-gfm if missing)
#   make test   run the test suite

SWIFT ?= swift
BIN := .build/release/minhbach
CMARK_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: site test deps build theme leaks clean check-site check-html check-a11y test-nginx interrupted-builds hostile-site

site: build
	$(BIN) build

test: deps theme
	$(SWIFT) test
	@command -v node >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -q && $$SUDO apt-get install -y -q nodejs; }
	node --test Tests/js/
	scripts/check-leaks
	scripts/check-interrupted-builds
	scripts/check-hostile-site
	scripts/check-site

build: deps theme
	$(SWIFT) build -c release --product minhbach

# Installs the C library cmark-gfm (and pkg-config) when it is missing.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "Installing $(CMARK_PACKAGES)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q $(CMARK_PACKAGES); \
	fi

# Keeps the theme compiled into the binary in step with templates/.
theme:
	@python3 scripts/embed-theme

# Builds the example site under valgrind: every cmark object must be freed.
leaks: deps
	scripts/check-leaks

# Kills builds at random moments: site-out/ is always one whole build.
interrupted-builds: deps theme
	scripts/check-interrupted-builds

# The hostile fixture site in headless Chromium: no injected value runs.
hostile-site: deps theme
	scripts/check-hostile-site

# Checks of the built example site (docs/DEPLOY.md): all of them, or one.
# Each builds the example site into a temporary folder; SITE=DIR checks DIR.
check-site: deps theme
	scripts/check-site $(SITE)

check-html:
	scripts/check-html $(SITE)

check-a11y:
	scripts/check-a11y $(SITE)

test-nginx:
	scripts/test-nginx $(SITE)

clean:
	rm -rf .build site-out
