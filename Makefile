# guard - plain Makefile.  Targets:
#   make          build/guard, static, musl (see README "Build")
#   make test     unit tests, data-driven cases and corpora under ASan+UBSan
#   make bench    benchmark against the real bash
#   make fuzz     libFuzzer targets (clang)
#   make clean

CC       ?= cc
BUILD    := build
VERSION  := 0.1.0

# ---- the shipped binary: static musl -----------------------------------
MUSL_CC  ?= musl-gcc
DEPS     := $(BUILD)/deps
WARN     := -std=c17 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wno-unused-parameter
# static-pie, so that the setgid binary gets ASLR.  Debian's musl-gcc specs
# ignore -static-pie (they silently give a *dynamic* PIE that needs
# /lib/ld-musl-*.so.1), so gcc links musl's start files and libc itself.
HARDEN   := -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
CFLAGS_REL := $(WARN) $(HARDEN) -O2 -ffunction-sections -fdata-sections \
            -D_GNU_SOURCE -DGUARD_VERSION='"$(VERSION)"' -DPCRE2_CODE_UNIT_WIDTH=8
MUSL_LIB := /usr/lib/$(shell uname -m)-linux-musl
LDFLAGS_REL := -static-pie -nostdlib -Wl,--gc-sections -Wl,-z,relro,-z,now -s

ENGINE_SRC := $(sort $(wildcard guard/*.c))
# shim/malloc.c replaces the C library's allocator: the shipped binary
# only, never under the sanitizers (which bring their own).
REL_ONLY_SRC := shim/malloc.c
SHIM_SRC   := $(filter-out $(REL_ONLY_SRC),$(sort $(wildcard shim/*.c)))
GEN_SRC    :=
ALL_SRC    := $(ENGINE_SRC) $(SHIM_SRC) $(GEN_SRC) $(REL_ONLY_SRC)

REL_OBJ  := $(patsubst %.c,$(BUILD)/rel/%.o,$(ALL_SRC))

.PHONY: all test bench fuzz clean deps unit cases parity corpora shell logcli
all: $(BUILD)/guard

deps: $(DEPS)/.done
$(DEPS)/.done: tools/build-deps.sh
	sh tools/build-deps.sh $(DEPS)

$(BUILD)/rel/%.o: %.c $(DEPS)/.done $(wildcard guard/*.h shim/*.h)
	@mkdir -p $(dir $@)
	$(MUSL_CC) $(CFLAGS_REL) -I$(DEPS)/include -Iguard -Ishim -DYAML_DECLARE_STATIC -c $< -o $@

# The functions a shell-mode run executes go first in .text, together
# (tools/hot-functions.sh says why and makes the list); each name also
# takes its compiler clones (NAME.constprop.0, ...).
$(BUILD)/hot.ld: tools/hot-functions.txt
	@mkdir -p $(dir $@)
	awk 'BEGIN { print "SECTIONS\n{\n  .text.hot_path : {" } \
	     /^[A-Za-z_][A-Za-z0-9_]*$$/ { printf "    *(.text.%s .text.%s.*)\n", $$0, $$0 } \
	     END { print "  }\n}\nINSERT BEFORE .text;" }' $< >$@

# The check refuses a binary that asks for a dynamic loader (see LDFLAGS_REL).
$(BUILD)/guard: $(REL_OBJ) $(BUILD)/hot.ld
	gcc $(LDFLAGS_REL) -Wl,-T,$(BUILD)/hot.ld -o $@ $(MUSL_LIB)/rcrt1.o $(MUSL_LIB)/crti.o \
	    $$(gcc -print-file-name=crtbeginS.o) $(REL_OBJ) -L$(DEPS)/lib -lyaml -lpcre2-8 \
	    -L$(MUSL_LIB) -lc $$(gcc -print-libgcc-file-name) \
	    $$(gcc -print-file-name=crtendS.o) $(MUSL_LIB)/crtn.o
	@if readelf -l $@ | grep -q INTERP; then echo "$@: not static (has an ELF interpreter)" >&2; rm -f $@; exit 1; fi

# ---- tests: glibc, dynamic, ASan + UBSan --------------------------------
SAN      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
CFLAGS_T := $(WARN) -g -O1 $(SAN) -D_GNU_SOURCE -DGUARD_VERSION='"$(VERSION)"' \
            -DPCRE2_CODE_UNIT_WIDTH=8 -Iguard -Ishim
LIBS_T   := -lcmocka -lyaml -lpcre2-8
TEST_OBJ := $(patsubst %.c,$(BUILD)/test/%.o,$(ENGINE_SRC) $(GEN_SRC))
SHIM_TOBJ := $(patsubst %.c,$(BUILD)/test/%.o,$(SHIM_SRC))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/test/%,$(UNIT_SRC))

$(BUILD)/test/%.o: %.c $(wildcard guard/*.h shim/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_T) -c $< -o $@

$(BUILD)/test/test_%: tests/unit/test_%.c $(TEST_OBJ)
	$(CC) $(CFLAGS_T) -o $@ $< $(TEST_OBJ) $(LIBS_T)

# guard itself, sanitized, for the data-driven and corpus tests
$(BUILD)/guard-san: $(TEST_OBJ) $(SHIM_TOBJ)
	$(CC) $(CFLAGS_T) -o $@ $(TEST_OBJ) $(SHIM_TOBJ) $(LIBS_T)

unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=1 $$t; done

cases: $(BUILD)/guard-san
	python3 tests/run_cases.py $(BUILD)/guard-san

parity: $(BUILD)/guard-san
	python3 tests/parity.py $(BUILD)/guard-san

logcli: $(BUILD)/guard-san
	sh tests/log_cli.sh $(BUILD)/guard-san

corpora: $(BUILD)/guard-san
	python3 tests/corpora.py $(BUILD)/guard-san

# shell mode needs root (GUARD_CONFIG is honoured for root only); the
# 64 x 200 concurrency run uses the shipped build
shell: $(BUILD)/guard-san $(BUILD)/guard
	python3 tests/shell_mode.py $(BUILD)/guard-san $(BUILD)/guard

test: all aws-table-check unit cases parity corpora shell logcli
	@echo "make test: all suites passed"

# ---- benchmark and fuzzing ------------------------------------------------
bench: $(BUILD)/guard
	sh bench/run.sh $(BUILD)/guard

# libFuzzer targets fuzz/fuzz_NAME.c, linked with the engine (glibc, ASan +
# UBSan; UBSan must abort, or the fuzzer never sees its findings).
#   make fuzz FUZZ_TIME=600      seconds per target
# Seeds: fuzz/seeds/fuzz_NAME/ or fuzz/seeds/NAME/ if present (read only).
# The growing corpus lives in build/fuzz-corpus/fuzz_NAME and crash inputs in
# build/fuzz-crash/, which `make clean` keeps.
FUZZ_CC    ?= clang
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer -D_GNU_SOURCE \
              -DGUARD_VERSION='"$(VERSION)"' -DPCRE2_CODE_UNIT_WIDTH=8 -Iguard -Ishim
FUZZ_SRC   := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_BIN   := $(patsubst fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRC))
FUZZ_TIME  ?= 60

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c $(ENGINE_SRC) $(GEN_SRC) $(wildcard guard/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(ENGINE_SRC) $(GEN_SRC) -lyaml -lpcre2-8

fuzz: $(FUZZ_BIN)
	@test -n "$(FUZZ_BIN)" || { echo "fuzz: no fuzz/fuzz_*.c targets" >&2; exit 1; }
	@set -e; for f in $(FUZZ_BIN); do n=$$(basename $$f); \
	  mkdir -p $(BUILD)/fuzz-corpus/$$n $(BUILD)/fuzz-crash; \
	  seeds=; for d in fuzz/seeds/$$n fuzz/seeds/$${n#fuzz_}; do \
	    if [ -d $$d ]; then seeds=$$d; break; fi; done; \
	  echo "== $$n for $(FUZZ_TIME)s, seeds: $${seeds:-none}"; \
	  $$f -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=5 -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)/fuzz-crash/$$n- $(BUILD)/fuzz-corpus/$$n $$seeds; done

clean:
	rm -rf $(BUILD)/rel $(BUILD)/test $(BUILD)/fuzz $(BUILD)/guard $(BUILD)/hot.ld

# ---- end to end with the real Claude Code client (tests/e2e/README.md) ----
# Installs the pinned client with npm ci into build/e2e/npm on first use.
#   make e2e            guard as the client's SHELL on this host
#   make e2e-image      `make image`, then the same scenario inside it (podman)
.PHONY: e2e e2e-image
e2e: $(BUILD)/guard
	python3 tests/e2e/run.py --guard $(BUILD)/guard

e2e-image: $(BUILD)/guard image
	python3 tests/e2e/run.py --guard $(BUILD)/guard --mode image

# ---- the investigator image (docker/, tests/image/) ------------------------
# Built with podman (no Docker engine needed); tests/image/podman.sh installs
# podman, runc and debootstrap if missing and imports a bookworm base once.
#   make image          docker/Dockerfile -> localhost/guard-investigator:latest
#   make image-test     the image, then its checks (PASS/FAIL, N passed, N failed)
.PHONY: image image-test
image:
	bash tests/image/podman.sh build

image-test: image
	bash tests/image/image-test.sh

# ---- the AWS CLI operation table (rules/data/README.md) ------------------
# guard/aws_ops_table.c is generated from rules/data/aws-ops.tsv and
# committed, so that a build needs no Python.
#   make aws-table        regenerate it (after editing the TSV or the generator)
#   make aws-table-check  fail if the committed file is not what they give
.PHONY: aws-table aws-table-check
aws-table:
	python3 tools/gen-aws-ops.py --in rules/data/aws-ops.tsv --out guard/aws_ops_table.c

aws-table-check:
	python3 tools/gen-aws-ops.py --in rules/data/aws-ops.tsv --out $(BUILD)/aws_ops_table.c
	@diff -u guard/aws_ops_table.c $(BUILD)/aws_ops_table.c >$(BUILD)/aws_ops_table.diff || { \
	  head -40 $(BUILD)/aws_ops_table.diff >&2; \
	  echo "aws-table-check: guard/aws_ops_table.c is stale: make aws-table" >&2; exit 1; }
