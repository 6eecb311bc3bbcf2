#include "engine/link/linker.h"

#include <map>

namespace crosscheck::link {

std::vector<Event> LinkEvents(std::vector<Claim>* claims) {
  // TODO(link): real blocking and clustering. For now: same type, same participants, compatible date.
  std::vector<Event> events;
  for (Claim& c : *claims) {
    auto names = c.ParticipantNames();
    Event* target = nullptr;
    for (Event& e : events) {
      if (e.type == c.type && e.participants == names &&
          CompareDates(e.date, c.date) != DateVerdict::kConflicting) {
        target = &e;
        break;
      }
    }
    if (!target) {
      events.push_back({});
      target = &events.back();
      target->id = "E" + std::to_string(events.size());
      target->type = c.type;
      target->participants = names;
    }
    if (target->date.empty() || (c.date.full() && !target->date.full())) target->date = c.date;
    target->claims.push_back(c.id);
    c.event = target->id;
  }
  return events;
}

}  // namespace crosscheck::link
