#!/bin/sh
# The build, from a fresh copy of the files git tracks (as they are in the
# work tree, so a change is tested before its commit): no warnings; CPPFLAGS and LDFLAGS
# reach every compile and link; `make clean` leaves the tree as the clone
# was; install and uninstall; and lib/'s stages include only their own
# headers and common's.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1

# the stage rule: lib/STAGE/ includes "common/...", and its own headers
# (by a path inside lib/STAGE), nothing else
bad=$(grep -rn '#include "[a-z.]*/' lib | grep -v '#include "common/' | while IFS=: read -r file line text; do
	inc=$(echo "$text" | sed 's/.*#include "\([^"]*\)".*/\1/')
	stage=$(echo "$file" | cut -d/ -f2)
	resolved=$(cd "$(dirname "$file")" && realpath -m "$inc")
	case $resolved in "$TOP/lib/$stage/"*) ;; *) echo "$file:$line: $inc" ;; esac
done)
is "$bad" "" "lib/: a stage includes only its own headers and common's"

if ! command -v git >/dev/null || ! git rev-parse HEAD >/dev/null 2>&1; then
	skip "a fresh copy" "not a git checkout"
	done_testing; exit
fi
mkdir "$TMP/clone"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$TMP/clone"
cd "$TMP/clone" || exit 1
git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm fresh
ok $? "a fresh copy of the tracked files"
make -j2 CPPFLAGS=-D_FORTIFY_SOURCE=2 LDFLAGS=-Wl,-z,relro all bench-progs t/text-units t/crc-units \
	>"$TMP/make.log" 2>&1
ok $? "make in the fresh copy"
is "$(grep -c 'warning:' "$TMP/make.log")" 0 "no compiler warnings"
awk '$1 == "cc" || $1 ~ /(^|\/)(gcc|clang|c\+\+|g\+\+)$/ || /^\$\(CC\)/' "$TMP/make.log" >"$TMP/cc.log"
[ -s "$TMP/cc.log" ]; ok $? "the compiler lines are seen"
is "$(grep -- " -c " "$TMP/cc.log" | grep -v -- "-D_FORTIFY_SOURCE=2" | head -3)" "" "CPPFLAGS on every compile"
is "$(grep -v -- ' -c ' "$TMP/cc.log" | grep -v -- '-Wl,-z,relro' | head -3)" "" "LDFLAGS on every link"

make -s install DESTDIR="$TMP/root" PREFIX=/usr >/dev/null 2>&1
ok $? "make install"
[ -x "$TMP/root/usr/bin/imr-split" ] && [ -f "$TMP/root/usr/share/man/man1/imr-tabulate.1" ]
ok $? "install: the tools and their man pages"
make -s uninstall DESTDIR="$TMP/root" PREFIX=/usr >/dev/null 2>&1
is "$(find "$TMP/root" -type f | head -3)" "" "make uninstall removes what install put"

make -s clean >/dev/null 2>&1
is "$(git status --porcelain --ignored)" "" "make clean leaves the tree as a fresh clone has it"
done_testing
