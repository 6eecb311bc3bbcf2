// How lexicon name forms become matcher patterns and lookup keys (shared by load and collect).
#ifndef CROSSCHECK_ENGINE_TAG_ENTITY_NAMES_H_
#define CROSSCHECK_ENGINE_TAG_ENTITY_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck::tag {

// Bit of a language in an entry's mask: en 1, uk 2, ru 4, it 8; "any" all four; others none.
uint8_t LangBit(std::string_view lang);

// The matcher pattern for a name as written in the lexicon: each word folded and, so inflected
// forms match, Cyrillic words cut to their stem ("Бєлоусов" → "бєлоусов*", "Зеленський" →
// "зеленськ*", "Кулеба" → "кулеб*") and Latin words given room for a possessive ("Austin*2").
// Words of fewer than three letters stay exact, except the last part of a hyphenated Cyrillic name
// ("жан - ів*3"). A name that already contains '*' is kept as written.
std::string NamePattern(std::string_view name);

// The stem NamePattern would use for one folded word, without the '*' (the word itself when it
// is too short to cut or is Latin).
std::string StemOf(std::string_view folded_word);

// True when the name's first letter is Latin.
bool IsLatinName(std::string_view name);

// The spelling-independent skeleton of one given-name word, so another romanisation of the same
// name compares equal (Sergei = Sergey = Sergej, Anthony = Antony, Yasar = Yaşar = Jaşar,
// Maxim = Maksym, Yevgeny = Evgeny) while a different name does not (Mario ≠ Marco, Hasan ≠ Hakan):
// util::LatinKey, then kh → h, th → t, ph → f, x → ks, c → k (not in ch), w → v, j and y → i, a
// leading ye → e, and doubled letters written once.
std::string NameSkeleton(std::string_view word);

// util::LatinKey of the name's last word ("von der Leyen" → "leyen"), for the misspelling index.
std::string LatinKeyOfName(std::string_view name);

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_ENTITY_NAMES_H_
