#include "engine/tag/name_index.h"

#include <algorithm>

namespace crosscheck::tag {

int BoundedDistance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (n > static_cast<int>(NameIndex::kMaxKey) || m > static_cast<int>(NameIndex::kMaxKey)) return limit + 1;
  if (std::abs(n - m) > limit) return limit + 1;
  // Only cells within `limit` of the diagonal can lead to a distance within `limit` (Ukkonen's
  // band); the cells outside it count as limit + 1, so the answer is exact up to limit and
  // limit + 1 beyond.
  const int far = limit + 1;
  int prev[NameIndex::kMaxKey + 1], cur[NameIndex::kMaxKey + 1];
  for (int j = 0; j <= m; ++j) prev[j] = std::min(j, far);
  for (int i = 1; i <= n; ++i) {
    const int lo = std::max(1, i - limit), hi = std::min(m, i + limit);
    cur[0] = std::min(i, far);
    if (lo > 1) cur[lo - 1] = far;
    int row_min = lo == 1 ? cur[0] : far;
    for (int j = lo; j <= hi; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int up = j <= i - 1 + limit ? prev[j] : far;  // prev row's band ends at i - 1 + limit
      cur[j] = std::min({up + 1, cur[j - 1] + 1, prev[j - 1] + cost, far});
      row_min = std::min(row_min, cur[j]);
    }
    if (hi < m) cur[hi + 1] = far;
    if (row_min > limit) return far;
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
      // A short surname tolerates one edit only, whatever the token's length; one of four letters
      // none ("Гааг(е)", The Hague, is not "Gang" misspelled; "Tusk" is not "Musk").
      int allowed = k.key.size() >= 8 ? limit : k.key.size() >= 5 ? 1 : 0;
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
