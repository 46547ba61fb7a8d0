#include "format.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common/utf8.h"

/* Formats known by their magic bytes at offset 0.  A hint's %s is the
 * file's name; "" means no way out but to convert the file some other way. */
static const struct magic {
	const char *bytes;
	size_t len;
	FormatKind kind;
	const char *name, *hint;
} magics[] = {
	{ "\x1f\x8b", 2, FMT_GZIP, "gzip compressed data", NULL },
	{ "PK\x03\x04", 4, FMT_ZIP, "Zip archive", NULL },
	{ "PK\x05\x06", 4, FMT_ZIP, "Zip archive", NULL },   /* empty */
	{ "PK\x07\x08", 4, FMT_ZIP, "Zip archive", NULL },   /* spanned, one part */
	{ "%PDF-", 5, FMT_PDF, "PDF document", NULL },
	{ "\xfd" "7zXZ\x00", 6, FMT_UNSUPPORTED, "xz compressed data", "try 'xz -dc %s | imr-split'" },
	{ "BZh", 3, FMT_UNSUPPORTED, "bzip2 compressed data", "try 'bzip2 -dc %s | imr-split'" },
	{ "\x28\xb5\x2f\xfd", 4, FMT_UNSUPPORTED, "Zstandard compressed data", "try 'zstd -dc %s | imr-split'" },
	{ "\x04\x22\x4d\x18", 4, FMT_UNSUPPORTED, "LZ4 compressed data", "try 'lz4 -dc %s | imr-split'" },
	{ "LZIP", 4, FMT_UNSUPPORTED, "lzip compressed data", "try 'lzip -dc %s | imr-split'" },
	{ "\x89LZO\x00\r\n\x1a\n", 9, FMT_UNSUPPORTED, "lzop compressed data", "try 'lzop -dc %s | imr-split'" },
	{ "7z\xbc\xaf\x27\x1c", 6, FMT_UNSUPPORTED, "7-zip archive", "try '7z x -so %s | imr-split'" },
	{ "Rar!\x1a\x07", 6, FMT_UNSUPPORTED, "RAR archive", "try 'unrar p -inul %s | imr-split'" },
	{ "MSCF\0\0\0\0", 8, FMT_UNSUPPORTED, "Microsoft Cabinet archive", "extract it first (cabextract %s)" },
	{ "xar!", 4, FMT_UNSUPPORTED, "xar archive", "extract it first (xar -xf %s)" },
	{ "!<arch>\n", 8, FMT_UNSUPPORTED, "ar archive", "extract it first (ar x %s)" },
	{ "\xed\xab\xee\xdb", 4, FMT_UNSUPPORTED, "RPM package", "try 'rpm2cpio %s | cpio -i' first" },
	{ "070701", 6, FMT_UNSUPPORTED, "cpio archive", "extract it first (cpio -i < %s)" },
	{ "070707", 6, FMT_UNSUPPORTED, "cpio archive", "extract it first (cpio -i < %s)" },
	{ "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, FMT_UNSUPPORTED, "Microsoft Office document (OLE2)",
	  "save it as text or PDF first" },
	{ "{\\rtf", 5, FMT_UNSUPPORTED, "RTF document", "save it as text or PDF first" },
	{ "\x89PNG\r\n\x1a\n", 8, FMT_UNSUPPORTED, "PNG image", "run OCR on it first (e.g. tesseract)" },
	{ "\xff\xd8\xff", 3, FMT_UNSUPPORTED, "JPEG image", "run OCR on it first (e.g. tesseract)" },
	{ "GIF87a", 6, FMT_UNSUPPORTED, "GIF image", "run OCR on it first (e.g. tesseract)" },
	{ "GIF89a", 6, FMT_UNSUPPORTED, "GIF image", "run OCR on it first (e.g. tesseract)" },
	{ "II*\0", 4, FMT_UNSUPPORTED, "TIFF image", "run OCR on it first (e.g. tesseract)" },
	{ "MM\0*", 4, FMT_UNSUPPORTED, "TIFF image", "run OCR on it first (e.g. tesseract)" },
	{ "\x7f" "ELF", 4, FMT_UNSUPPORTED, "ELF executable", "" },
	{ "SQLite format 3\0", 16, FMT_UNSUPPORTED, "SQLite database", "" },
};

/* A tar header: "ustar" at 257, or (old tars) a header checksum that adds
 * up.  Its first block must not be all zero. */
static int is_tar(const unsigned char *p, size_t n)
{
	uint64_t want = 0, sum = 0;
	size_t i = 148;
	if (n < 512)
		return 0;
	if (memcmp(p + 257, "ustar", 5) == 0)
		return 1;
	while (i < 156 && (p[i] == ' ' || p[i] == '\0'))
		i++;
	if (i == 156)
		return 0;
	for (; i < 156 && p[i] >= '0' && p[i] <= '7'; i++)
		want = want * 8 + (uint64_t)(p[i] - '0');
	for (; i < 156; i++)
		if (p[i] != ' ' && p[i] != '\0')
			return 0;
	for (i = 0; i < 512; i++)
		sum += (i >= 148 && i < 156) ? ' ' : p[i];
	return want == sum;
}

Format format_sniff(const unsigned char *p, size_t n)
{
	Format f = { FMT_TEXT, "text", NULL };
	size_t i;
	for (i = 0; i < sizeof magics / sizeof *magics; i++) {
		const struct magic *m = &magics[i];
		if (n >= m->len && memcmp(p, m->bytes, m->len) == 0) {
			f.kind = m->kind;
			f.name = m->name;
			f.hint = m->hint;
			return f;
		}
	}
	/* compress(1): 1f 9d, then a flags byte giving 9 to 16 bits a code */
	if (n >= 3 && p[0] == 0x1f && p[1] == 0x9d && (p[2] & 0x1f) >= 9 && (p[2] & 0x1f) <= 16) {
		f.kind = FMT_UNSUPPORTED;
		f.name = "compress'd data";
		f.hint = "try 'gzip -dc %s | imr-split'";
		return f;
	}
	if (is_tar(p, n)) {
		f.kind = FMT_TAR;
		f.name = "tar archive";
	}
	return f;
}

void format_refusal(const Format *f, const char *file, char *buf, size_t n)
{
	int k = snprintf(buf, n, "%s: not read", f->name);
	if (k >= 0 && (size_t)k < n && f->hint && *f->hint) {
		char hint[512];
		if (snprintf(hint, sizeof hint, f->hint, file ? file : "FILE") >= (int)sizeof hint)
			memcpy(hint + sizeof hint - 4, "...", 4);   /* (a path that long: cut) */
		if (snprintf(buf + k, n - (size_t)k, "; %s%s", file ? "" : "extract it, then ", hint) >= (int)(n - (size_t)k))
			return;   /* (cut, as snprintf() does) */
	}
}

int format_looks_binary(const unsigned char *p, size_t n)
{
	size_t at = 0, bad = 0;
	while (at < n) {
		at += utf8_valid((const char *)p + at, n - at);
		if (at < n && n - at > 3)     /* (a sequence cut at the end aside) */
			bad++;
		at++;
	}
	return bad > n / 10;
}
