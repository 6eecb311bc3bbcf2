#include "engine/tag/name_index.h"

#include <algorithm>

namespace crosscheck::tag {

int BoundedDistance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (n > static_cast<int>(NameIndex::kMaxKey) || m > static_cast<int>(NameIndex::kMaxKey)) return limit + 1;
  if (std::abs(n - m) > limit) return limit + 1;
  int prev[NameIndex::kMaxKey + 1], cur[NameIndex::kMaxKey + 1];
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = i;
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::copy(cur, cur + m + 1, prev);
  }
  return prev[m];
}

void NameIndex::Add(std::string_view latin_key, uint32_t person) {
  if (latin_key.size() < 4 || latin_key.size() > kMaxKey) return;
  auto& bucket = buckets_[Bucket(latin_key[0], latin_key.size())];
  for (Key& k : bucket) {
    if (k.key != latin_key) continue;
    if (std::find(k.persons.begin(), k.persons.end(), person) == k.persons.end()) k.persons.push_back(person);
    return;
  }
  bucket.push_back({std::string(latin_key), {person}});
}

void NameIndex::Lookup(std::string_view latin_key, Hit* hit) const {
  hit->distance = -1;
  hit->persons.clear();
  if (latin_key.size() < 4 || latin_key.size() > kMaxKey) return;
  const int limit = latin_key.size() >= 8 ? 2 : 1;
  int best = limit + 1;
  for (size_t len = latin_key.size() - limit; len <= latin_key.size() + limit; ++len) {
    auto it = buckets_.find(Bucket(latin_key[0], len));
    if (it == buckets_.end()) continue;
    for (const Key& k : it->second) {
      // A short surname tolerates one edit only, whatever the token's length.
      int allowed = k.key.size() >= 8 ? limit : 1;
      int d = BoundedDistance(latin_key, k.key, allowed);
      if (d > allowed || d > best) continue;
      if (d < best) {
        best = d;
        hit->persons.clear();
      }
      for (uint32_t p : k.persons)
        if (std::find(hit->persons.begin(), hit->persons.end(), p) == hit->persons.end()) hit->persons.push_back(p);
    }
  }
  if (!hit->persons.empty()) hit->distance = best;
}

}  // namespace crosscheck::tag
