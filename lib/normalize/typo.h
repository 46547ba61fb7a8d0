/* typo.h: a drug's name misspelt by a slip ("Trazadone", "Ibuprofin",
 * "Cyclobenzaprin"), read as the name before an item is read.
 *
 * A word of TYPO_MIN letters or more that none of the built-in
 * vocabularies has (the lexicon's names, the category rules and their
 * synonyms, the body regions), and that begins no name of the lexicon, is
 * replaced by the one drug's name (a name of one word, with a generic)
 * that it is a slip from: a letter missing or doubled inside the word, two
 * letters swapped, a vowel for another.  Edits that more often make
 * another real word are not taken (a first letter, a consonant for
 * another, the end of a short word); when two names are that close, or
 * none, the word stays.  (Misspelt service words, "chiropratic", are
 * data/synonyms.tsv's: the pass was tried on them and turned English
 * words into other ones, infection into injection.) */
#ifndef IMR_TYPO_H
#define IMR_TYPO_H

#include "words.h"

#define TYPO_MIN 6

/* W with its misspelt words put right, into OUT (its words' places in the
 * text kept); 0 when W has none (OUT untouched). */
int typo_fix(const Words *w, Words *out);

#endif
