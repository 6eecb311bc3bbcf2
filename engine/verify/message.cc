#include "engine/verify/message.h"

namespace crosscheck::verify {

const std::map<std::string, std::string>& KnownPlaceholders() {
  static const std::map<std::string, std::string> kNames = {
      {"rule", "the rule id"},
      {"kind", "agreement, contradiction or anomaly"},
      {"severity", "the rule's severity"},
      {"slot", "the slot checked (date, initiator, participants, ordinal, ...)"},
      {"values", "each value with the outlets backing it: 2024-06-25 [unian.ua, tass.ru] vs ..."},
      {"event", "the event described: call of 2024-06-25 between Lloyd Austin and Andrei Belousov"},
      {"event_id", "the event id (E3)"},
      {"event_date", "the event's consensus date"},
      {"type", "the event type"},
      {"participants", "the event's participants"},
      {"docs", "the documents involved"},
      {"outlets", "the outlets involved"},
      {"consensus", "the slot's consensus value over the event"},
      {"support", "how many independent origins back the consensus"},
      {"explanation", "why: the date verdict, the earlier events, ..."},
      {"claims", "the claim ids involved"},
      {"date", "the claim's date (per-claim checks)"},
      {"published", "the document's publication date (after_publication)"},
      {"weekday", "the weekday stated (weekday)"},
      {"flag", "the flag's detail (flag)"},
      {"count", "a count: independent origins (corroboration), earlier events (timeline)"},
      {"required", "the count required (corroboration)"},
      {"ordinal", "the ordinal claimed (#2 this year)"},
      {"level", "where an ordinal holds or fails: persons, offices"},
  };
  return kNames;
}

std::vector<PlaceholderUse> Placeholders(const std::string& t) {
  std::vector<PlaceholderUse> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '{' && i + 1 < t.size() && t[i + 1] == '{') { ++i; continue; }
    if (t[i] != '{') continue;
    size_t close = t.find('}', i);
    if (close == std::string::npos) {
      out.push_back({t.substr(i), i});
      break;
    }
    out.push_back({t.substr(i + 1, close - i - 1), i});
    i = close;
  }
  return out;
}

std::string Render(const std::string& t, const std::map<std::string, std::string>& values) {
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if ((c == '{' || c == '}') && i + 1 < t.size() && t[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c == '{') {
      size_t close = t.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(t.substr(i + 1, close - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace crosscheck::verify
