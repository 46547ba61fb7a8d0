/* typo.h: words misspelt by a letter ("Chiropratic", "Ibuprofin",
 * "Accupuncture", "Trazadone"), put right before an item is read.
 *
 * A word of TYPO_MIN letters or more that none of the built-in vocabularies
 * has (the lexicon's names, the category rules and their synonyms, the
 * body regions) is replaced by the one word of theirs that is one edit
 * from it: a letter missing, added or changed, or two letters swapped.
 * When two are that close, or none, the word stays as it is. */
#ifndef IMR_TYPO_H
#define IMR_TYPO_H

#include "words.h"

#define TYPO_MIN 6

/* W with its misspelt words put right, into OUT (its words' places in the
 * text kept); 0 when W has none (OUT untouched). */
int typo_fix(const Words *w, Words *out);

#endif
