#include <map>

#include "engine/link/slots.h"
#include "engine/link/support.h"
#include "engine/verify/checks.h"

namespace crosscheck::verify {

void CorroborationCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out) {
  const auto& events = ctx.events();
  for (size_t i = range.begin; i < range.end; ++i) {
    auto claims = ctx.Considered(i, rule.check);
    if (claims.empty()) continue;
    // One value per origin: relays of one source ("citing TASS") are one value, counted once.
    auto groups = link::IndependentGroups(claims);
    int n = static_cast<int>(groups.size());
    bool met = n >= rule.check.min_independent;
    if (met != (rule.check.expect == "met")) continue;
    Finding f;
    std::string origins;
    for (const auto& [o, members] : groups) {
      std::string shown = o.rfind("via:", 0) == 0 ? members[0]->attributed_to + " (relayed)"
                          : o.rfind("doc:", 0) == 0 ? o.substr(4) : o;
      f.values.push_back(ctx.Value(shown, members));
      origins += (origins.empty() ? "" : ", ") + shown;
    }
    f.explanation = std::to_string(n) + " independent origin" + (n == 1 ? "" : "s") + " (" + origins + "); " +
                    std::to_string(rule.check.min_independent) + " required";
    ctx.Finish(rule, &events[i], {{"count", std::to_string(n)}, {"required", std::to_string(rule.check.min_independent)}}, &f);
    f.support = n;
    out->push_back(std::move(f));
  }
}

}  // namespace crosscheck::verify
