// Input encodings: most pages are UTF-8, but scraped Ukrainian and Russian pages still come in
// windows-1251 or KOI8-R, Italian ones in windows-1252, and some exports in UTF-16. Such text is
// transcoded (ICU converters) instead of being "repaired" into a wall of U+FFFD.
#ifndef CROSSCHECK_ENGINE_INGEST_ENCODING_H_
#define CROSSCHECK_ENGINE_INGEST_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::ingest {

// Number of invalid UTF-8 sequences in `s` (what util::RepairUtf8 would replace).
size_t CountInvalidUtf8(std::string_view s);

// The legacy charset `s` is most likely in when it is not UTF-8: "utf-16le"/"utf-16be" (by BOM),
// "windows-1251" (Cyrillic: most letters are high bytes), else "windows-1252". Returns "" when `s`
// is mostly valid UTF-8 (isolated bad bytes are repaired, not transcoded).
std::string GuessLegacyCharset(std::string_view s);

// Converts `s` from `charset` to UTF-8; nullopt when ICU does not know the charset.
std::optional<std::string> ToUtf8(std::string_view s, const std::string& charset);

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_ENCODING_H_
