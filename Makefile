# The two commands of the README. Both install what is missing and skip what
# is already there.
.PHONY: all build test bench clean

all: build

build:
	bash scripts/build.sh

test:
	bash scripts/test.sh

# Not part of `make test`: benchmarks print figures, they do not assert.
# One table (bench/report.mjs), also written to docs/benchmarks.md.
bench: build
	cargo bench --bench diagnose --quiet
	node bench/side-by-side.mjs
	node bench/overhead.mjs
	node bench/worker.mjs
	node bench/recovery.mjs
	node bench/wasm-size.mjs
	node bench/wasm-variants.mjs
	node bench/report.mjs

clean:
	cargo clean
	rm -rf dist
