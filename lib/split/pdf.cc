// pdf.cc: pdf.h through poppler-cpp.  page::text() in physical_layout mode
// gives what `pdftotext -layout` gives (byte for byte on the 82 letters of
// ../shared/corpus/pdf): each page's text ends with a form feed, added here
// where poppler leaves it out.  Documents only "owner"-encrypted (copying
// not allowed: every DWC letter) read as pdftotext reads them.
#include "pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-version.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>

namespace {

// poppler's error messages would go to stderr: the last of each document
// is kept (per thread) to say why a document did not load
thread_local std::string last_error;

void keep_error(const std::string &msg, void *)
{
	// less poppler's "error: " or "error (OFFSET): "
	size_t colon = msg.find(": ");
	last_error = msg.compare(0, 5, "error") == 0 && colon != std::string::npos ? msg.substr(colon + 2) : msg;
}

std::once_flag init_once;

// A page of text (written by t/mkpdf.pl), converted once before any other:
// poppler sets up statics on its first page (GfxState's colour profiles)
// without a lock, so the first conversion must not meet another.
const char first_pdf[] =
	"%PDF-1.4\n"
	"1 0 obj\n"
	"<< /Type /Catalog /Pages 2 0 R >>\n"
	"endobj\n"
	"2 0 obj\n"
	"<< /Type /Pages /Kids [4 0 R] /Count 1 >>\n"
	"endobj\n"
	"3 0 obj\n"
	"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>\n"
	"endobj\n"
	"4 0 obj\n"
	"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>\n"
	"endobj\n"
	"5 0 obj\n"
	"<< /Length 50 >>\n"
	"stream\n"
	"BT /F1 9 Tf 11 TL 36 760 Td\n"
	"(Case Number: x) '\n"
	"ET\n"
	"endstream\n"
	"endobj\n"
	"xref\n"
	"0 6\n"
	"0000000000 65535 f \n"
	"0000000009 00000 n \n"
	"0000000058 00000 n \n"
	"0000000115 00000 n \n"
	"0000000183 00000 n \n"
	"0000000309 00000 n \n"
	"trailer\n"
	"<< /Size 6 /Root 1 0 R >>\n"
	"startxref\n"
	"408\n"
	"%%EOF\n";

void init()
{
	poppler::set_debug_error_function(keep_error, nullptr);
	std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(first_pdf, sizeof first_pdf - 1));
	if (doc && doc->pages() > 0) {
		std::unique_ptr<poppler::page> page(doc->create_page(0));
		if (page)
			(void)page->text(poppler::rectf(), poppler::page::physical_layout);
	}
}

bool ends_with_eof_marker(const char *data, size_t n)
{
	size_t from = n > 1024 ? n - 1024 : 0;
	for (size_t i = n >= 5 ? n - 5 + 1 : 0; i-- > from;)
		if (std::memcmp(data + i, "%%EOF", 5) == 0)
			return true;
	return false;
}

// only blanks and form feeds: a page of images, a scan
bool blank(const std::string &s)
{
	for (char c : s)
		if (c != ' ' && c != '\n' && c != '\r' && c != '\f' && c != '\t')
			return false;
	return true;
}

} // namespace

extern "C" const char *pdf_library(void)
{
	static const std::string name = "poppler-cpp " + poppler::version_string();
	return name.c_str();
}

extern "C" int pdf_text(const char *data, size_t n, char **text, size_t *len, char *err, size_t errn)
{
	*text = nullptr;
	*len = 0;
	err[0] = '\0';
	std::call_once(init_once, init);
	if (n > INT_MAX) {
		std::snprintf(err, errn, "PDF of %zu bytes is too large to read", n);
		return PDF_UNREADABLE;
	}
	try {
		last_error.clear();
		std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data, (int)n));
		if (!doc) {
			std::snprintf(err, errn, "corrupt PDF, not read%s%s", last_error.empty() ? "" : ": ",
			              last_error.c_str());
			return PDF_UNREADABLE;
		}
		if (doc->is_locked()) {
			std::snprintf(err, errn, "encrypted PDF needing a password to open, not read; "
			                         "try 'qpdf --password=PASSWORD --decrypt IN.pdf OUT.pdf'");
			return PDF_ENCRYPTED;
		}
		std::string out;
		int pages = doc->pages();
		for (int i = 0; i < pages; i++) {
			std::unique_ptr<poppler::page> page(doc->create_page(i));
			if (page) {
				poppler::byte_array t =
				    page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
				out.append(t.data(), t.size());
			}
			if (out.empty() || out.back() != '\f')
				out.push_back('\f');
		}
		if (blank(out)) {
			std::snprintf(err, errn, "PDF of %d page%s with no text (images only, a scan?): written without text; "
			              "run OCR on it first (e.g. ocrmypdf)", pages, pages == 1 ? "" : "s");
			return PDF_NO_TEXT;
		}
		*text = static_cast<char *>(std::malloc(out.size() ? out.size() : 1));
		if (!*text)
			throw std::bad_alloc();
		std::memcpy(*text, out.data(), out.size());
		*len = out.size();
		if (!ends_with_eof_marker(data, n)) {
			std::snprintf(err, errn, "truncated PDF (no %%%%EOF at its end): its text may be incomplete");
			return PDF_WARN;
		}
		return PDF_OK;
	} catch (const std::bad_alloc &) {
		std::snprintf(err, errn, "out of memory reading the PDF");
	} catch (const std::exception &e) {
		std::snprintf(err, errn, "PDF not read: %s", e.what());
	}
	std::free(*text);
	*text = nullptr;
	*len = 0;
	return PDF_UNREADABLE;
}
