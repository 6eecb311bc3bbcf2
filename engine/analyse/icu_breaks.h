// Where ICU's sentence BreakIterator (root rules, UAX #29) puts boundaries in a UTF-8 text, asked
// only where its rules can put one.
//
// UAX #29 breaks a sentence only after a paragraph separator (SB4: Sep, CR, LF; CR LF kept whole)
// or after a terminator run "SATerm Close* Sp*" (SB11; STerm or ATerm, closing punctuation, spaces,
// with Extend/Format attached). Whether a terminator run breaks depends on the character before
// its first terminator (SB7: "U.S" stays whole) and on what follows it up to the first letter,
// separator or terminator (SB6-SB10: "3.5", "etc. and", ". »"). So the text is scanned once through
// the Unicode Sentence_Break property (ICU's, read into a table once), every separator is a
// boundary, the usual run (one terminator, closing punctuation, then spaces: "word. Next", "word?»
// next", "p. 5 of", "word.\n") is decided by those rules directly when it has a space or ends the
// text or a line, and ICU runs only over a window around each other terminator run holding its
// context (overlapping windows as one; all windows of a text in one pass, each closed by U+2029,
// after which ICU starts afresh). Text with no such other run costs ICU nothing.
#ifndef CROSSCHECK_ENGINE_ANALYSE_ICU_BREAKS_H_
#define CROSSCHECK_ENGINE_ANALYSE_ICU_BREAKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace crosscheck::analyse {

// Appends to `out`, ascending, the byte offset of every boundary ICU's root sentence rules put
// strictly inside `text` (not 0, not text.size()): the same offsets as one BreakIterator over the
// whole text, each mapped from UTF-16 to the byte where the next sentence's first character starts.
// Invalid UTF-8 bytes count as U+FFFD each. Returns false (appending nothing) when ICU cannot give
// a sentence iterator or the text is 1 GiB or more. Thread-safe: each thread uses its own iterator.
bool IcuSentenceBreaks(std::string_view text, std::vector<uint32_t>* out);

}  // namespace crosscheck::analyse

#endif  // CROSSCHECK_ENGINE_ANALYSE_ICU_BREAKS_H_
