# The README's two commands: `make run` and `make test`.
CARGO ?= cargo
JOBS ?= 2

.PHONY: run test setup browser

## Start Klaster with the demo ecosystem at http://127.0.0.1:8080 (data in ./data).
run: setup
	$(CARGO) run -j$(JOBS) --bin klaster -- serve --bind 127.0.0.1:8080 --data-dir data --demo

## Run the whole test suite (PostgreSQL tests too when KLASTER_TEST_DATABASE_URL is set).
test: setup browser
	$(CARGO) test -j$(JOBS) --workspace

setup:
	@scripts/setup.sh

# The browser test needs Debian's chromium; without it that test says it was skipped
# (CI sets KLASTER_REQUIRE_BROWSER=1, which turns a missing browser into a failure).
browser:
	@scripts/install-browser.sh || echo "make: WARNING: chromium could not be installed; the browser test will be skipped" >&2
