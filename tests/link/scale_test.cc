// Linking and checking at 1× and 10× claims on a synthetic corpus (hidden: run with
// `link_test "[scale]"`). Asserts the linking is right at both sizes and prints the seconds and the
// growth ratio; it never fails on time.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <random>

#include "engine/link/linker.h"
#include "tests/link/claim_fixtures.h"
#include "tests/verify/verify_fixture.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {

// `events` synthetic calls between pairs of persons over three years, each reported by
// 2-6 outlets (some undated references, some relays, some with ordinals); claims in shuffled order.
std::vector<Claim> Synthetic(size_t events, unsigned seed, std::vector<size_t>* truth) {
  std::mt19937 rng(seed);
  std::vector<Claim> out;
  std::vector<std::pair<Claim, size_t>> tmp;
  // Persons grow with the corpus so each pair has about five calls over three years at any size.
  const int pool = static_cast<int>(std::sqrt(events / 5.0)) + 1;
  for (size_t e = 0; e < events; ++e) {
    int a = rng() % pool, b = pool + rng() % pool;
    long day = 19000 + static_cast<long>(rng() % 1100);
    PartialDate d = FromDaysSinceEpoch(day);
    int reports = 2 + rng() % 5;
    for (int r = 0; r < reports; ++r) {
      std::string doc = "d" + std::to_string(e) + "_" + std::to_string(r);
      Claim c = MakeClaim(doc, 1, "outlet" + std::to_string(rng() % 200) + ".example", "en", "call",
                          {Person("Person A" + std::to_string(a), "US"), Person("Person B" + std::to_string(b), "RU")}, "");
      c.date = d;
      if (r == 1 && rng() % 3 == 0) c.date.year = 0;  // "on 25 June"
      if (r == 2 && rng() % 4 == 0) c.attributed_to = "TASS";
      if (rng() % 10 == 0) c.initiator = rng() % 2 ? "US" : "RU";
      tmp.push_back({c, e});
    }
  }
  std::shuffle(tmp.begin(), tmp.end(), rng);
  for (auto& [c, e] : tmp) {
    out.push_back(c);
    truth->push_back(e);
  }
  return out;
}

double Seconds(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

TEST_CASE("linking and checking grow near-linearly with the number of claims", "[.][scale]") {
  double t_link[2], t_check[2];
  size_t n_claims[2];
  size_t sizes[2] = {2000, 20000};
  for (int k = 0; k < 2; ++k) {
    std::vector<size_t> truth;
    auto claims = Synthetic(sizes[k], 42 + k, &truth);
    n_claims[k] = claims.size();
    auto t0 = std::chrono::steady_clock::now();
    auto events = link::LinkEvents(&claims);
    t_link[k] = Seconds(t0);
    // Claims of one synthetic event share one linked event unless a same-pair, same-day collision.
    std::map<size_t, std::set<std::string>> linked;
    for (size_t i = 0; i < claims.size(); ++i) linked[truth[i]].insert(claims[i].event);
    size_t split = 0;
    for (const auto& [e, ids] : linked) split += ids.size() > 1;
    WARN("split " << split);
    CHECK(split < sizes[k] / 100);
    std::vector<DocumentStatus> docs;
    verify::RunView view{&docs, &claims, &events};
    auto t1 = std::chrono::steady_clock::now();
    auto findings = ShippedRules().Check(view);
    t_check[k] = Seconds(t1);
    WARN(n_claims[k] << " claims → " << events.size() << " events, " << findings.size() << " findings; link "
                     << t_link[k] << " s, check " << t_check[k] << " s");
  }
  WARN("10x claims: link x" << t_link[1] / t_link[0] << ", check x" << t_check[1] / t_check[0]);
}
