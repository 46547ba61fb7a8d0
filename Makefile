# imrkit: make, make test, make install PREFIX=..., make bench, make fuzz
CC ?= cc
CFLAGS ?= -O2
CFLAGS += -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
LDLIBS = -lz -lm -pthread
PREFIX ?= /usr/local

TOOLS = imr-split imr-extract imr-normalize imr-tabulate
BINS = $(TOOLS:%=bin/%)
LIB_SRC = $(sort $(wildcard lib/*.c) lib/tables.c)
LIB_OBJ = $(LIB_SRC:.c=.o)

all: $(filter $(BINS),$(patsubst %.c,%,$(wildcard bin/*.c)))

lib/libimr.a: $(LIB_OBJ)
	$(AR) rcs $@ $(LIB_OBJ)

lib/%.o: lib/%.c lib/*.h
	$(CC) $(CFLAGS) -Ilib -c -o $@ $<

# On x86-64, extract's letter parser is built twice more, with AVX2
# (lib/avx2.c) and with AVX-512 (lib/avx512.c), and the widest the CPU has
# is chosen at run time; make AVX2= or AVX512= builds without one.  BMI1
# and BMI2, which every CPU with AVX2 has, too (letter.c's use_simd()
# checks for all the flags a build has): its bit loops take a mask's lowest
# bit in one instruction (1% fewer instructions, 1-3% faster).  The AVX-512
# build has VBMI2 too, for one compress where paragraphs are marked.
X86_64 := $(filter x86_64-%,$(shell $(CC) -dumpmachine))
AVX2 ?= $(if $(X86_64),-mavx2 -mbmi -mbmi2)
AVX512 ?= $(if $(X86_64),-mavx512f -mavx512bw -mavx512vbmi2 -mavx2 -mbmi -mbmi2)
lib/avx2.o: CFLAGS += $(AVX2)
lib/avx512.o: CFLAGS += $(AVX512)
lib/avx2.o lib/avx512.o: lib/letter.c lib/text.c
lib/letter.o: CFLAGS += $(if $(AVX2),-DIMR_AVX2) $(if $(AVX512),-DIMR_AVX512)

# the data tables (imr-normalize's lexicon and categories), compiled in
TABLES = data/lexicon.tsv data/categories.tsv
lib/tables.c: tools/tsv2c.awk $(TABLES)
	awk -f tools/tsv2c.awk $(TABLES) > $@.tmp && mv $@.tmp $@

bin/%: bin/%.c lib/libimr.a
	$(CC) $(CFLAGS) -Ilib -o $@ $< lib/libimr.a $(LDLIBS)

# unit tests of imr-normalize's parsers (run by t/normalize-units.t)
t/normalize-units: t/normalize-units.c lib/libimr.a
	$(CC) $(CFLAGS) -Ilib -o $@ $< lib/libimr.a $(LDLIBS)

# unit tests of lib/text.c: page footers, line ends, the characters mapped,
# text_is_clean();
# and of its AVX2 and AVX-512 builds (lib/avx2.c, lib/avx512.c), where there
# are
t/text-units: t/text-units.c t/xorshift.h lib/libimr.a
	$(CC) $(CFLAGS) -Ilib -o $@ $< lib/libimr.a $(LDLIBS)
t/text-units-avx2: t/text-units.c t/xorshift.h lib/libimr.a
	$(CC) $(CFLAGS) -DTEXT_UNITS_SUFFIX=_avx2 -Ilib -o $@ $< lib/libimr.a $(LDLIBS)
t/text-units-avx512: t/text-units.c t/xorshift.h lib/libimr.a
	$(CC) $(CFLAGS) -DTEXT_UNITS_SUFFIX=_avx512 -Ilib -o $@ $< lib/libimr.a $(LDLIBS)

# unit tests of lib/letter.c: the paragraphs made of a letter's line ends
t/letter-units: t/letter-units.c t/xorshift.h lib/libimr.a
	$(CC) $(CFLAGS) -Ilib -o $@ $< lib/libimr.a $(LDLIBS)

# unit tests of lib/crc32.c against zlib's crc32()
t/crc-units: t/crc-units.c lib/libimr.a
	$(CC) $(CFLAGS) -Ilib -o $@ $< lib/libimr.a $(LDLIBS)

# unit tests of lib/scan.h: with SSE2, with the word path, with AVX2, with
# AVX-512
t/scan-units: t/scan-units.c t/xorshift.h lib/scan.h
	$(CC) $(CFLAGS) -Ilib -o $@ t/scan-units.c
t/scan-units-words: t/scan-units.c t/xorshift.h lib/scan.h
	$(CC) $(CFLAGS) -U__SSE2__ -Ilib -o $@ t/scan-units.c
t/scan-units-avx2: t/scan-units.c t/xorshift.h lib/scan.h
	$(CC) $(CFLAGS) $(AVX2) -Ilib -o $@ t/scan-units.c
t/scan-units-avx512: t/scan-units.c t/xorshift.h lib/scan.h
	$(CC) $(CFLAGS) $(AVX512) -Ilib -o $@ t/scan-units.c

# (the bench programs some tests use are built first: two tests making one
# at once, under prove -j2, could run it half-written; the ISA-L and
# libdeflate loops only where their libraries are installed)
test: all bench-progs
	prove -j2 t/
bench-progs: bench/gen bench/inflate
	-@$(MAKE) -s -k bench/inflate-isal bench/inflate-libdeflate >/dev/null 2>&1
.PHONY: bench-progs

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	cp $(filter $(BINS),$(wildcard bin/imr-*)) $(DESTDIR)$(PREFIX)/bin/
	cp man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -f lib/*.o lib/libimr.a $(BINS)

# examples/letters.tar.gz, rebuilt reproducibly (same bytes on every machine)
EXAMPLE_LETTERS = $(sort $(wildcard examples/letters/*.txt))
examples: examples/letters.tar.gz
examples/letters.tar.gz: $(EXAMPLE_LETTERS)
	tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C examples letters | gzip -n -9 > $@.tmp && mv $@.tmp $@

.PHONY: all test install clean examples

# make bench (issue 6): bench/run.sh times the tools against their floors and
# peers on a generated corpus; BENCH_MB=N sets the large size (default 1000,
# the small one is N/10).  bench/gen and bench/inflate are not part of `all`.
BENCH_MB ?= 1000
bench/gen: bench/gen.c
	$(CC) $(CFLAGS) -o $@ bench/gen.c
bench/inflate: bench/inflate.c
	$(CC) $(CFLAGS) -o $@ bench/inflate.c -lz
# the same loop on ISA-L and on libdeflate, for comparison only (bench/run.sh
# builds them where their -dev packages are installed, and says so where not)
bench/inflate-isal: bench/inflate.c
	$(CC) $(CFLAGS) -DINFLATE_ISAL -o $@ bench/inflate.c -lisal
bench/inflate-libdeflate: bench/inflate.c
	$(CC) $(CFLAGS) -DINFLATE_LIBDEFLATE -o $@ bench/inflate.c -ldeflate
bench: bench/gen bench/inflate bin/imr-split
	BENCH_MB=$(BENCH_MB) bash bench/run.sh
.PHONY: bench

# --- reliability (issue 7): sanitizers, valgrind, fuzzing -------------------
# make asan: the tools built with ASan+UBSan into build/asan/bin, and the
# whole test suite run against them (t/lib.sh honours IMRKIT_BIN).
ASAN_DIR = build/asan
ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -g
# gcc's -Wformat-overflow misfires under -fsanitize (it thinks xmalloc may return NULL)
ASAN_FLAGS += -Wno-format-overflow
# and without SSE2, so the suite also runs lib/scan.h's portable word path
ASAN_FLAGS += -U__SSE2__
ASAN_OBJ = $(LIB_SRC:lib/%.c=$(ASAN_DIR)/lib/%.o)
ASAN_BINS = $(patsubst bin/%,$(ASAN_DIR)/bin/%,$(filter $(BINS),$(patsubst %.c,%,$(wildcard bin/*.c))))
ASAN_ENV = ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan.supp:print_suppressions=0

$(ASAN_DIR)/lib/%.o: lib/%.c lib/*.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(ASAN_FLAGS) -Ilib -c -o $@ $<

$(ASAN_DIR)/lib/libimr.a: $(ASAN_OBJ)
	$(AR) rcs $@ $(ASAN_OBJ)

$(ASAN_DIR)/bin/%: bin/%.c $(ASAN_DIR)/lib/libimr.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(ASAN_FLAGS) -Ilib -o $@ $< $(ASAN_DIR)/lib/libimr.a $(LDLIBS)

asan: $(ASAN_BINS) bench-progs
	IMRKIT_BIN=$(CURDIR)/$(ASAN_DIR)/bin $(ASAN_ENV) prove -j2 t/

# make valgrind: the test suite with every tool run under valgrind (slow).
VG_DIR = build/valgrind/bin
valgrind: all bench-progs
	@mkdir -p $(VG_DIR)
	@for t in $(filter $(BINS),$(patsubst %.c,%,$(wildcard bin/*.c))); do \
	  printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$(CURDIR)/fuzz/valgrind.supp %s "$$@"\n' \
	    "$(CURDIR)/$$t" > $(VG_DIR)/$${t#bin/}; chmod +x $(VG_DIR)/$${t#bin/}; done
	IMRKIT_BIN=$(CURDIR)/$(VG_DIR) IMRKIT_SLOW_TOOLS=1 prove -j2 t/

# make tsan: imr-split (whose gzip inflate runs in a thread, lib/readahead.c)
# built with ThreadSanitizer and run through its tests (slow: a few minutes).
TSAN_DIR = build/tsan/bin
tsan: lib/tables.c
	@mkdir -p $(TSAN_DIR)
	$(CC) $(CFLAGS) -fsanitize=thread -g -O1 -Ilib -o $(TSAN_DIR)/imr-split bin/imr-split.c \
		$(LIB_SRC) $(LDLIBS)
	IMRKIT_BIN=$(CURDIR)/$(TSAN_DIR) TSAN_OPTIONS=halt_on_error=1:exitcode=66 prove -j2 t/split.t t/badinput-split.t

.PHONY: asan valgrind tsan

# make fuzz: libFuzzer targets (clang), each run FUZZ_SECONDS from seeds made
# of t/fixtures; findings land in fuzz/out/.  Each target lists the lib files
# it needs, so one helper's unfinished file does not stop the others.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 30
FUZZ_FLAGS = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -g -O1 -std=c11 -D_DEFAULT_SOURCE -Ilib
FUZZ_DIR = build/fuzz
FUZZ_TARGETS = archive tsv splitter letter normalize tabulate
FUZZ_LIB_archive = lib/archive.c lib/input.c lib/crc32.c lib/readahead.c lib/util.c
FUZZ_LIB_tsv = lib/tsv.c lib/lines.c lib/input.c lib/crc32.c lib/readahead.c   # util.c: included, see fuzz/dietrap.h
FUZZ_LIB_splitter = lib/splitter.c lib/util.c
FUZZ_LIB_letter = lib/letter.c lib/text.c lib/util.c
FUZZ_LIB_normalize = lib/item.c lib/category.c lib/dose.c lib/lexicon.c lib/words.c lib/phrase.c lib/num.c \
	lib/tables.c lib/dates.c lib/canon.c lib/guideline.c lib/tsv.c lib/lines.c lib/input.c lib/crc32.c lib/readahead.c lib/hash.c lib/util.c
FUZZ_LIB_tabulate = lib/partial.c lib/agg.c lib/num.c lib/xsum.c lib/buf.c lib/tsv.c lib/lines.c \
	lib/input.c lib/crc32.c lib/readahead.c lib/out.c lib/hash.c   # util.c: included, see fuzz/dietrap.h
# known findings in others' files, relaxed so fuzzing gets past them (see fuzz/crashers/*/*.todo)

$(FUZZ_DIR)/fuzz_%: fuzz/fuzz_%.c fuzz/*.h lib/*.h lib/*.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(FUZZ_KNOWN_$*) -o $@ $< $(FUZZ_LIB_$*) -lz -lm -pthread

# the library files of a target, for t/fuzz-crashers.t's replayers
fuzz-libs-%:
	@echo $(FUZZ_LIB_$*)

fuzz-build: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

fuzz: fuzz-build
	sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-build
