/* dose.h: what a medication item says about its dose, each a small pure
 * function of the item's text or words.  Nothing is guessed: a part the
 * text does not give stays empty (or 0 / -1). */
#ifndef IMR_DOSE_H
#define IMR_DOSE_H

#include <stddef.h>

#include "words.h"

/* A decimal number as written (".5", "10.00", "0.0325") in canonical form
 * ("0.5", "10", "0.0325") into OUT (CAP bytes).  Returns its length, or 0
 * when S does not start with a number; *used gets the bytes read. */
size_t dose_number(const char *s, size_t n, size_t *used, char *out, size_t cap);
/* A value with at most 2 decimals, trailing zeros dropped ("60", "22.5");
 * "" for a value out of range (negative, 1e9 or more). */
void dose_format(double v, char *out, size_t cap);

/* The strength that follows a drug's name: S is the text after the name.
 * "10/325mg" -> "10/325" "mg"; " 0.5mg" -> "0.5" "mg"; "4%-27.5%-0.0325%"
 * -> "4/27.5/0.0325" "%"; "(10mg/1ml ..." -> "10" "mg/ml", "250mg/5ml" -> "50" "mg/ml"; " .5 #30" ->
 * "0.5" "" (a number with no unit counts only right after the name).
 * Units: mg mcg mcg/h % ml g mg/ml.  Returns 1 when found. */
int dose_strength(const char *s, size_t n, char *strength, size_t cap, char unit[16]);
/* A compound's WANT strengths written together after its names, '/'-joined
 * and of one unit ("10%/0.025%/2%/1%", "10/5%"), first in S (blanks and
 * punctuation before them): ';'-joined in STRENGTH, the unit in UNIT; 0
 * when S does not start so. */
int dose_strength_list(const char *s, size_t n, size_t want, char *strength, size_t cap, char unit[16]);
/* The amount dispensed in ml or g after a drug's name ("420ml", "106.32gm",
 * "120 grams"), not a concentration ("250mg/5ml") nor the strength itself
 * (the first number, when STRENGTH_UNIT is its unit).  Returns 1 and the
 * number in QTY, "ml" or "g" in UNIT. */
int dose_amount(const char *s, size_t n, const char *strength_unit, char qty[16], char unit[8]);
/* The dispensed quantity: "#90", "# 60", "qty: 90.00", "QTY 2",
 * "quantity of 30", "90 tablets".  Returns 1 and the number in OUT. */
int dose_qty(const char *s, size_t n, char out[16]);
/* The same in S (N bytes) from byte FROM on, W holding the words of S. */
int dose_qty_words(const char *s, size_t n, size_t from, const Words *w, char out[16]);
/* Refills: "with 3 refills", "one refill", "refills: 2", "no refills";
 * -1 when not said.  Looks at words FROM onwards. */
int dose_refills(const Words *w, size_t from);
/* Units taken per day from the frequency: "TID" 3, "BID" 2, "QD" 1,
 * "q8h" 3, "every 12 hours" 2, "three times a day" 3, "1 tablet twice
 * daily" 2, "2 tabs twice a day" 4; 0 when not said or ambiguous
 * ("1-2 tablets", "every 4 to 6 hours").  Looks at words FROM onwards. */
double dose_per_day(const Words *w, size_t from);
/* Days of supply: "day supply: 30", "30 day supply", "for 30 days"; 0 if none. */
int dose_days_supply(const Words *w, size_t from);
/* The dose form named by a word: tablet, capsule, patch, cream, gel, lotion,
 * ointment, solution, suspension, injection, spray, powder, ...; or NULL. */
const char *dose_form(const Words *w, size_t from);

/* A course of visits: "2 times a week for 6 weeks" (12, 2, 6), "twice
 * weekly x 4 weeks", "2x4" and "1 times 8" (8; how many a week is not
 * said), and when THERAPY (the item is a therapy) "six sessions", "twelve
 * physical therapy visits", "sessions, 12", "x6", "#6".  A stated total
 * wins over a computed one; 0 where not said (per_week of "2-3 times a
 * week" is not one number). */
typedef struct {
	int visits, per_week, weeks;
} Course;
void dose_course(const Words *w, int therapy, Course *c);

#endif
