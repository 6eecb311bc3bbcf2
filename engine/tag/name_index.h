// NameIndex: surnames by their Latin key (util::LatinKey), for names the phrase trie cannot see:
// another romanisation (Bielousov) or a misspelling (Shoig, Baiden, Lecorny).
//
// Keys are bucketed by first letter and length, so a lookup compares a token with the few surnames
// that could lie within the allowed distance, never with the whole lexicon.
// Thread-safety: Add single-threaded; Lookup const and thread-safe. (EntityTagger::SurnameOfKey
// remembers the answers per word, so the index itself keeps no memo.)
#ifndef CROSSCHECK_ENGINE_TAG_NAME_INDEX_H_
#define CROSSCHECK_ENGINE_TAG_NAME_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crosscheck::tag {

class NameIndex {
 public:
  static constexpr size_t kMaxKey = 40;  // longer keys are not indexed (no name is this long)

  // Indexes `latin_key` (lower-case Latin) as a surname of `person`. Keys shorter than 4 are skipped.
  void Add(std::string_view latin_key, uint32_t person);

  struct Hit {
    int distance = -1;               // -1: nothing within reach
    std::vector<uint32_t> persons;   // every person at that distance (deduplicated)
  };
  // The persons whose surname key is nearest to `latin_key`, within 1 edit (2 when both keys have 8
  // or more characters; none for a surname key of 4). Keys shorter than 4 never match.
  void Lookup(std::string_view latin_key, Hit* hit) const;

 private:
  struct Key {
    std::string key;
    std::vector<uint32_t> persons;
  };
  static uint32_t Bucket(char first, size_t length) { return (static_cast<uint8_t>(first) << 8) | length; }
  std::unordered_map<uint32_t, std::vector<Key>> buckets_;
};

// Levenshtein distance of two short byte strings, giving up past `limit` (returns limit + 1).
int BoundedDistance(std::string_view a, std::string_view b, int limit);

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_NAME_INDEX_H_
