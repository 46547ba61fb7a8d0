# imrkit: make, make test, make install PREFIX=..., make uninstall,
# make clean, make bench, make asan, make fuzz.  See DEVELOPERS.md.
# CPPFLAGS, CFLAGS and LDFLAGS are the user's (Debian's hardening flags
# come in them); what the build itself needs is added in ALL_*.
CC ?= cc
CFLAGS ?= -O2
ALL_CPPFLAGS = -Ilib -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(TARGET_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS = -std=c11 -Wall -Wextra $(TARGET_CFLAGS) $(CFLAGS)
LDLIBS = -lz -lm -pthread
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
DATADIR = $(DESTDIR)$(PREFIX)/share/imrkit

TOOLS = imr-split imr-extract imr-normalize imr-tabulate
BINS = $(TOOLS:%=bin/%)
STAGES = common split extract normalize tabulate
# lib/STAGE/*.c; extract's parser/ parts are built through build-*.c
LIB_SRC = $(sort $(foreach s,$(STAGES),$(wildcard lib/$(s)/*.c)) lib/normalize/tables.c)
LIB_HDR = $(wildcard lib/*/*.h lib/extract/parser/*)

# PDF input (lib/split/pdf.cc) where pkg-config finds poppler-cpp; else
# lib/split/pdf-none.c says what to install.  With it the tools are linked
# by the C++ compiler (the C++ runtime poppler needs).
CXX ?= c++
CXXFLAGS ?= -O2
POPPLER := $(shell pkg-config --exists poppler-cpp 2>/dev/null && echo yes)
ifeq ($(POPPLER),yes)
PDF_CFLAGS := $(shell pkg-config --cflags poppler-cpp)
PDF_LIBS := $(shell pkg-config --libs poppler-cpp)
LIB_SRC := $(filter-out lib/split/pdf-none.c,$(LIB_SRC))
PDF_OBJ = lib/split/pdf.o
LINK = $(CXX)
else
LINK = $(CC)
endif
ALL_CXXFLAGS = -std=c++17 -Wall -Wextra $(PDF_CFLAGS) $(CXXFLAGS)
LIB_OBJ = $(LIB_SRC:.c=.o) $(PDF_OBJ)

all: $(BINS)

lib/libimr.a: $(LIB_OBJ)
	$(AR) rcs $@ $(LIB_OBJ)

lib/split/pdf.o: lib/split/pdf.cc lib/split/pdf.h
	$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -c -o $@ lib/split/pdf.cc

lib/%.o: lib/%.c $(LIB_HDR)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# On x86-64 extract's parser is built a second time with AVX2, BMI1 and
# BMI2 (lib/extract/build-avx2.c), chosen at run time where the CPU has
# them (lib/extract/letter.c); make AVX2= builds without it.
X86_64 := $(filter x86_64-%,$(shell $(CC) -dumpmachine))
AVX2 ?= $(if $(X86_64),-mavx2 -mbmi -mbmi2)
lib/extract/build-avx2.o: TARGET_CFLAGS = $(AVX2)
lib/extract/letter.o: TARGET_CPPFLAGS = $(if $(AVX2),-DIMR_AVX2)

# imr-normalize's vocabularies (data/*.tsv), compiled in
TABLES = data/lexicon.tsv data/categories.tsv data/synonyms.tsv data/body_regions.tsv data/dx_groups.tsv
lib/normalize/tables.c: tools/tsv2c.awk $(TABLES)
	awk -f tools/tsv2c.awk $(TABLES) > $@.tmp && mv $@.tmp $@

# (compiled as C, linked by $(LINK): the C++ runtime where PDF is in)
bin/%: bin/%.c lib/libimr.a
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@.o $<
	$(LINK) $(CFLAGS) $(LDFLAGS) -o $@ $@.o lib/libimr.a $(LDLIBS) $(PDF_LIBS)
	@rm -f $@.o

# unit tests in C (t/NAME-units.c, run by t/NAME-units.t)
UNIT_TESTS = t/crc-units t/letter-units t/normalize-units t/text-units t/dx-units t/scan-units t/scan-units-words \
	t/scan-units-avx2
t/%-units: t/%-units.c t/xorshift.h lib/libimr.a
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@.o $<
	$(LINK) $(CFLAGS) $(LDFLAGS) -o $@ $@.o lib/libimr.a $(LDLIBS) $(PDF_LIBS)
	@rm -f $@.o
# lib/common/scan.h alone: with SSE2, with the portable word path, with AVX2
t/scan-units: t/scan-units.c t/xorshift.h lib/common/scan.h
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ t/scan-units.c
t/scan-units-words: t/scan-units.c t/xorshift.h lib/common/scan.h
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -U__SSE2__ $(LDFLAGS) -o $@ t/scan-units.c
t/scan-units-avx2: t/scan-units.c t/xorshift.h lib/common/scan.h
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(AVX2) $(LDFLAGS) -o $@ t/scan-units.c

# (the bench programs some tests use are built first: two tests making one
# at once, under prove -j2, could run it half-written)
test: all bench-progs
	prove -j2 t/
bench-progs: bench/gen bench/inflate
	-@$(MAKE) -s -k bench/inflate-isal bench/inflate-libdeflate >/dev/null 2>&1

# t/golden.sha256 anew, after a change meant to alter the tools' output
golden: all bench/gen
	sh tools/golden.sh > t/golden.sha256

# (the vocabularies are compiled in; their copies in share/imrkit are for
# reading, and a start for imr-normalize's options that replace them)
install: all
	mkdir -p $(BINDIR) $(MANDIR) $(DATADIR)
	cp $(BINS) $(BINDIR)/
	cp man/*.1 $(MANDIR)/
	cp data/*.tsv $(DATADIR)/
uninstall:
	rm -f $(TOOLS:%=$(BINDIR)/%) $(TOOLS:%=$(MANDIR)/%.1)
	rm -rf $(DATADIR)

# what `git status --ignored` shows of a fresh clone: nothing
clean:
	rm -f lib/*/*.o bin/*.o t/*.o lib/libimr.a lib/normalize/tables.c lib/normalize/tables.c.tmp $(BINS) $(UNIT_TESTS)
	rm -f bench/gen bench/inflate bench/inflate-isal bench/inflate-libdeflate
	rm -rf build bench/out fuzz/out

# examples/letters.tar.gz, rebuilt reproducibly (same bytes on every machine)
EXAMPLE_LETTERS = $(sort $(wildcard examples/letters/*.txt))
examples: examples/letters.tar.gz
examples/letters.tar.gz: $(EXAMPLE_LETTERS)
	tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C examples letters | gzip -n -9 > $@.tmp && mv $@.tmp $@

.PHONY: all test bench-progs golden install uninstall clean examples

# make bench: bench/run.sh times the tools against their floors and peers
# on a generated corpus; BENCH_MB=N sets the large size (default 1000, the
# small one is N/10).  bench/gen and bench/inflate are not part of `all`.
BENCH_MB ?= 1000
bench/gen: bench/gen.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/gen.c
bench/inflate: bench/inflate.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/inflate.c -lz
# the same loop on ISA-L and on libdeflate, for comparison only (built
# where their -dev packages are installed)
bench/inflate-isal: bench/inflate.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -DINFLATE_ISAL $(LDFLAGS) -o $@ bench/inflate.c -lisal
bench/inflate-libdeflate: bench/inflate.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -DINFLATE_LIBDEFLATE $(LDFLAGS) -o $@ bench/inflate.c -ldeflate
bench: bench/gen bench/inflate $(BINS)
	BENCH_MB=$(BENCH_MB) bash bench/run.sh
.PHONY: bench

# make asan: the tools built with ASan+UBSan into build/asan/bin, and the
# whole test suite run against them (t/lib.sh honours IMRKIT_BIN).  Without
# SSE2, so the suite also runs lib/common/scan.h's portable word path.
ASAN_DIR = build/asan
ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -g -U__SSE2__
# gcc's -Wformat-overflow misfires under -fsanitize (it thinks xmalloc may return NULL)
ASAN_FLAGS += -Wno-format-overflow
ASAN_OBJ = $(LIB_SRC:%.c=$(ASAN_DIR)/%.o)
ASAN_BINS = $(BINS:%=$(ASAN_DIR)/%)
ASAN_ENV = ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan.supp:print_suppressions=0
$(ASAN_DIR)/lib/extract/build-avx2.o: TARGET_CFLAGS = $(AVX2)
$(ASAN_DIR)/lib/extract/letter.o: TARGET_CPPFLAGS = $(if $(AVX2),-DIMR_AVX2)
$(ASAN_DIR)/lib/%.o: lib/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ASAN_FLAGS) -c -o $@ $<
ASAN_OBJ += $(PDF_OBJ:%=$(ASAN_DIR)/%)
$(ASAN_DIR)/lib/split/pdf.o: lib/split/pdf.cc lib/split/pdf.h
	@mkdir -p $(@D)
	$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) $(ASAN_FLAGS) -c -o $@ lib/split/pdf.cc
$(ASAN_DIR)/lib/libimr.a: $(ASAN_OBJ)
	$(AR) rcs $@ $(ASAN_OBJ)
$(ASAN_DIR)/bin/%: bin/%.c $(ASAN_DIR)/lib/libimr.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ASAN_FLAGS) -c -o $@.o $<
	$(LINK) $(CFLAGS) $(ASAN_FLAGS) $(LDFLAGS) -o $@ $@.o $(ASAN_DIR)/lib/libimr.a $(LDLIBS) $(PDF_LIBS)
	@rm -f $@.o
asan: $(ASAN_BINS) bench-progs
	IMRKIT_BIN=$(CURDIR)/$(ASAN_DIR)/bin $(ASAN_ENV) prove -j2 t/

# make valgrind: the test suite with every tool run under valgrind (slow).
VG_DIR = build/valgrind/bin
valgrind: all bench-progs
	@mkdir -p $(VG_DIR)
	@for t in $(TOOLS); do \
	  printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$(CURDIR)/fuzz/valgrind.supp %s "$$@"\n' \
	    "$(CURDIR)/bin/$$t" > $(VG_DIR)/$$t; chmod +x $(VG_DIR)/$$t; done
	IMRKIT_BIN=$(CURDIR)/$(VG_DIR) IMRKIT_SLOW_TOOLS=1 prove -j2 t/

# make tsan: imr-split (whose gzip inflate runs in a thread,
# lib/common/readahead.c, and its PDFs on -j threads, lib/split/pdfjobs.c)
# built with ThreadSanitizer, through its tests.
TSAN_DIR = build/tsan/bin
tsan: lib/normalize/tables.c all
	@mkdir -p $(TSAN_DIR)
	for t in imr-extract imr-normalize imr-tabulate; do ln -sf ../../../bin/$$t $(TSAN_DIR)/; done  # (for the tests, not under TSan)
	$(if $(PDF_OBJ),$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -fsanitize=thread -g -O1 -c \
		-o $(TSAN_DIR)/pdf.o lib/split/pdf.cc)
	for f in bin/imr-split.c $(LIB_SRC); do \
		$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -fsanitize=thread -g -O1 -c -o $(TSAN_DIR)/$$(echo $$f | tr / _).o $$f || exit 1; done
	$(LINK) $(CFLAGS) $(LDFLAGS) -fsanitize=thread -g -O1 -o $(TSAN_DIR)/imr-split $(TSAN_DIR)/*.o $(LDLIBS) $(PDF_LIBS)
	rm -f $(TSAN_DIR)/*.o
	IMRKIT_BIN=$(CURDIR)/$(TSAN_DIR) TSAN_OPTIONS=halt_on_error=1:exitcode=66 prove -j2 t/split.t t/badinput-split.t \
		t/split-pdf.t t/split-formats.t

.PHONY: asan valgrind tsan

# make fuzz: libFuzzer targets (clang), each run FUZZ_SECONDS from seeds made
# of t/fixtures; findings land in fuzz/out/.  Each target lists the lib files
# it needs.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 30
FUZZ_FLAGS = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -g -O1 -std=c11 -D_DEFAULT_SOURCE -Ilib
FUZZ_DIR = build/fuzz
FUZZ_TARGETS = archive tsv splitter letter dx normalize tabulate zip
C = lib/common
FUZZ_LIB_archive = lib/split/archive.c $(C)/input.c $(C)/crc32.c $(C)/readahead.c $(C)/utf8.c $(C)/util.c
FUZZ_LIB_tsv = $(C)/tsv.c $(C)/lines.c $(C)/input.c $(C)/crc32.c $(C)/readahead.c   # util.c: included, see fuzz/dietrap.h
FUZZ_LIB_zip = lib/split/zip.c lib/split/format.c $(C)/crc32.c $(C)/utf8.c $(C)/util.c
FUZZ_LIB_splitter = lib/split/splitter.c $(C)/util.c
FUZZ_LIB_letter = lib/extract/letter.c lib/extract/build-base.c $(C)/util.c
FUZZ_LIB_dx = $(C)/util.c   # (the parser is included: fuzz/fuzz_dx.c)
FUZZ_LIB_normalize = $(addprefix lib/normalize/,item.c category.c dose.c lexicon.c words.c phrase.c tables.c dates.c \
	canon.c guideline.c vocab.c body.c dx.c cache.c typo.c) $(C)/num.c $(C)/tsv.c $(C)/lines.c $(C)/input.c $(C)/crc32.c $(C)/readahead.c $(C)/hash.c $(C)/util.c
FUZZ_LIB_tabulate = lib/tabulate/partial.c lib/tabulate/agg.c lib/tabulate/xsum.c $(C)/num.c $(C)/buf.c $(C)/tsv.c \
	$(C)/lines.c $(C)/input.c $(C)/crc32.c $(C)/readahead.c $(C)/out.c $(C)/utf8.c $(C)/hash.c   # util.c: included, see fuzz/dietrap.h

$(FUZZ_DIR)/fuzz_%: fuzz/fuzz_%.c fuzz/*.h $(LIB_HDR) $(LIB_SRC)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIB_$*) -lz -lm -pthread

# the library files of a target, for t/fuzz-crashers.t's replayers
fuzz-libs-%:
	@echo $(FUZZ_LIB_$*)

fuzz-build: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

fuzz: fuzz-build
	sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-build
