#!/usr/bin/env python3
"""bench/naive.py: the kind of regex script people write today to pull the
disputed items and decisions out of IMR letters, kept as the benchmark's
baseline for imr-extract.  Reads text files (or stdin), cuts them into
letters at the known first lines, and prints one TSV row per item:
case number, reviewer specialty, item, decision."""
import re
import sys

LETTER = re.compile(r'(?m)^[ \f\t]*(?=Case Number:|HOW THE IMR FINAL DETERMINATION WAS MADE|MAXIMUS FEDERAL SERVICES, INC)', re.I)
CASE = re.compile(r'(C[MB]\d\d-\d{5,7})')
SPEC = re.compile(r'Certification\(s\)/Specialty:\s*([^\n]+)|Board Certified in ([^,.\n]+)')
ITEM = re.compile(r'(?m)^[ \f]*(\S[^\n]*?):\s+(Upheld|Overturned)\s*$')
NOTICE = re.compile(r'has determined the request for (.+?) is (not )?medically\s+necessary and appropriate', re.S)


def letters(text):
    starts = [m.start() for m in LETTER.finditer(text)] or [0]
    starts[0] = 0
    for a, b in zip(starts, starts[1:] + [len(text)]):
        yield text[a:b]


def main(paths):
    out = sys.stdout
    out.write('case_number\tspecialty\titem\tdecision\n')
    for path in paths or ['-']:
        text = sys.stdin.read() if path == '-' else open(path, encoding='utf-8', errors='replace').read()
        for doc in letters(text.replace('\r\n', '\n')):
            m = CASE.search(doc)
            case = m.group(1) if m else ''
            m = SPEC.search(doc)
            spec = (m.group(1) or m.group(2)).strip() if m else ''
            seen = set()
            for m in NOTICE.finditer(doc):
                item = ' '.join(m.group(1).split())
                if item in seen:
                    continue
                seen.add(item)
                out.write(f"{case}\t{spec}\t{item}\t{'Upheld' if m.group(2) else 'Overturned'}\n")
            for m in ITEM.finditer(doc):
                out.write(f'{case}\t{spec}\t{m.group(1).strip()}\t{m.group(2)}\n')


if __name__ == '__main__':
    main(sys.argv[1:])
