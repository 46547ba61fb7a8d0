# imrkit: make, make test, make install PREFIX=..., make bench, make fuzz
CC ?= cc
CFLAGS ?= -O2
CFLAGS += -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
LDLIBS = -lz
PREFIX ?= /usr/local

TOOLS = imr-split imr-extract imr-normalize imr-tabulate
BINS = $(TOOLS:%=bin/%)
LIB_SRC = $(wildcard lib/*.c)
LIB_OBJ = $(LIB_SRC:.c=.o)

all: $(filter $(BINS),$(patsubst %.c,%,$(wildcard bin/*.c)))

lib/libimr.a: $(LIB_OBJ)
	$(AR) rcs $@ $(LIB_OBJ)

lib/%.o: lib/%.c lib/*.h
	$(CC) $(CFLAGS) -Ilib -c -o $@ $<

bin/%: bin/%.c lib/libimr.a
	$(CC) $(CFLAGS) -Ilib -o $@ $< lib/libimr.a $(LDLIBS)

test: all
	prove -j2 t/

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	cp $(filter $(BINS),$(wildcard bin/imr-*)) $(DESTDIR)$(PREFIX)/bin/
	cp man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -f lib/*.o lib/libimr.a $(BINS)

.PHONY: all test install clean
