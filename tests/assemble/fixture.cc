#include "assemble/fixture.h"

#include <algorithm>
#include <stdexcept>

#include "engine/analyse/analyser.h"

namespace crosscheck::testing {

namespace {

long Day(int y, int m, int d) { return *DaysFromEpoch(PartialDate{y, m, d}); }

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.push_back(s.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

PartialDate Iso(const std::string& s) {
  std::string t = s;
  if (!t.empty() && t.back() == 'p') t.pop_back();
  auto d = PartialDate::ParseIso(t);
  if (!d) throw std::runtime_error("bad date in test mark: " + s);
  return *d;
}

tag::TokenRange TokensOf(const analyse::Analysis& a, Span span) {
  tag::TokenRange r{UINT32_MAX, 0};
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].start >= span.start && a.tokens[i].end <= span.end) {
      r.begin = std::min(r.begin, i);
      r.end = std::max(r.end, i + 1);
    }
  }
  if (r.begin == UINT32_MAX) throw std::runtime_error("mark covers no token");
  return r;
}

struct Mark {
  bool time;
  Span span;
  std::string spec;
};

}  // namespace

assemble::LexiconView TestLexicon() {
  assemble::LexiconView v;
  auto add = [&](const char* person, const char* office, long from, long to) {
    v.AddTenure({person, office, from, to});
  };
  const long open = assemble::Tenure::kOpen;
  add("Lloyd Austin", "us.defence_minister", Day(2021, 1, 22), Day(2025, 1, 20));
  add("Pete Hegseth", "us.defence_minister", Day(2025, 1, 25), open);
  add("Mark Esper", "us.defence_minister", Day(2019, 7, 23), Day(2020, 11, 9));
  add("Sergei Shoigu", "ru.defence_minister", Day(2012, 11, 6), Day(2024, 5, 12));
  add("Sergei Shoigu", "ru.security_council_secretary", Day(2024, 5, 12), open);
  add("Andrei Belousov", "ru.defence_minister", Day(2024, 5, 14), open);
  add("Oleksii Reznikov", "ua.defence_minister", Day(2021, 11, 4), Day(2023, 9, 5));
  add("Rustem Umerov", "ua.defence_minister", Day(2023, 9, 6), Day(2025, 7, 17));
  add("Ben Wallace", "gb.defence_minister", Day(2019, 7, 24), Day(2023, 8, 31));
  add("Grant Shapps", "gb.defence_minister", Day(2023, 8, 31), Day(2024, 7, 5));
  add("Sebastien Lecornu", "fr.defence_minister", Day(2022, 5, 20), Day(2025, 10, 5));
  add("Hulusi Akar", "tr.defence_minister", Day(2018, 7, 10), Day(2023, 6, 3));
  add("Antony Blinken", "us.foreign_minister", Day(2021, 1, 26), Day(2025, 1, 20));
  add("Sergey Lavrov", "ru.foreign_minister", Day(2004, 3, 9), open);
  add("Narendra Modi", "in.head_of_government", Day(2014, 5, 26), open);
  add("Giorgia Meloni", "it.head_of_government", Day(2022, 10, 22), open);
  for (const char* man : {"Narendra Modi", "Vladimir Putin", "Joe Biden", "Viktor Orbán", "Volodymyr Zelensky"})
    v.AddGender(man, 'm');
  v.AddGender("Giorgia Meloni", 'f');
  for (auto [c, n] : {std::pair{"US", "United States"}, {"RU", "Russia"}, {"UA", "Ukraine"}, {"GB", "United Kingdom"},
                      {"FR", "France"}, {"TR", "Turkey"}})
    v.AddSideName(c, n);
  return v;
}

AssembleFixture::AssembleFixture() {
  Status s = events_.Load({std::string(CROSSCHECK_SOURCE_DIR) + "/rules"}, 0, &matcher_);
  if (!s.ok()) throw std::runtime_error(s.ToString());
  assembler_.SetLexicon(TestLexicon());
}

std::vector<Claim> AssembleFixture::Claims(const std::string& marked, const std::string& lang,
                                           const std::string& published) {
  // Strip the marks, remembering where each one lies in the plain text.
  std::string text;
  std::vector<Mark> marks;
  for (size_t i = 0; i < marked.size();) {
    char c = marked[i];
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      size_t bar = marked.find('|', i), end = marked.find(close, i);
      if (bar == std::string::npos || end == std::string::npos || bar > end)
        throw std::runtime_error("bad mark at " + std::to_string(i));
      size_t start = text.size();
      text += marked.substr(i + 1, bar - i - 1);
      marks.push_back({c == '{', {start, text.size()}, marked.substr(bar + 1, end - bar - 1)});
      i = end + 1;
      continue;
    }
    text += c;
    ++i;
  }
  doc_ = Document();
  doc_.id = "t";
  doc_.lang = lang;
  doc_.outlet = "test";
  doc_.text = text;
  doc_.body = {{0, text.size()}};
  if (!published.empty()) doc_.published = Iso(published);
  analyse::Analyser analyser;
  analysis_ = analyser.Analyse(doc_);
  tagged_ = tag::TaggedDocument();
  for (const Mark& m : marks) {
    auto f = Split(m.spec, ':');
    std::string written = text.substr(m.span.start, m.span.size());
    tag::TokenRange tr = TokensOf(analysis_, m.span);
    if (!m.time) {
      tag::EntityMention e;
      e.tokens = tr;
      e.span = m.span;
      e.written = std::string_view(doc_.text).substr(m.span.start, m.span.size());
      e.match = "exact";
      const std::string& k = f[0];
      if (k == "P") {
        e.kind = tag::EntityKind::kPerson;
        e.id = f.at(1);
        e.side = f.size() > 2 ? f[2] : "";
        for (size_t j = 3; j < f.size(); ++j) {
          if (f[j] == "~") e.match = "misspelled";
          if (f[j] == "!") e.given_fits = false, e.given_written = Split(written, ' ')[0];
        }
      } else if (k == "O") {
        e.kind = tag::EntityKind::kOffice;
        e.id = f.at(1);
        e.side = f.size() > 2 ? f[2] : "";
      } else if (k == "S") {
        e.kind = tag::EntityKind::kSide;
        e.id = e.side = f.at(1);
      } else if (k == "G") {
        e.kind = tag::EntityKind::kOrganisation;
        e.id = f.at(1);
        e.side = f.size() > 2 ? f[2] : "";
        e.is_side_metonym = !e.side.empty();
      } else if (k == "U") {
        e.kind = tag::EntityKind::kOutlet;
        e.id = f.at(1);
      } else {
        throw std::runtime_error("unknown entity mark " + k);
      }
      tagged_.entities.push_back(e);
      continue;
    }
    tag::TimeMention t;
    t.tokens = tr;
    t.span = m.span;
    t.written = written;
    const std::string& k = f[0];
    std::string v = m.spec.substr(2);
    if (k == "D" || k == "M" || k == "Y") {
      t.kind = k == "D" ? tag::TimeKind::kDate : k == "M" ? tag::TimeKind::kMonth : tag::TimeKind::kYear;
      t.date = k == "Y" ? PartialDate{std::stoi(v), 0, 0} : Iso(v);
      t.year_explicit = t.date.year != 0 && v.back() != 'p';
      t.basis = t.date.year == 0 ? "" : t.year_explicit ? "explicit" : "publication";
    } else if (k == "W") {
      t.kind = tag::TimeKind::kWeekday;
      t.weekday = std::stoi(v);
    } else if (k == "L" || k == "R") {
      auto items = Split(v, ',');
      t.kind = k == "L" ? tag::TimeKind::kList : tag::TimeKind::kRange;
      for (const auto& it : items) t.list.push_back(Iso(it));
      t.date = t.list.front();
      if (k == "R") t.end = t.list.back(), t.list.clear();
    } else {
      throw std::runtime_error("unknown time mark " + k);
    }
    tagged_.times.push_back(t);
  }
  auto by_pos = [](const auto& a, const auto& b) { return a.tokens.begin < b.tokens.begin; };
  std::sort(tagged_.entities.begin(), tagged_.entities.end(), by_pos);
  std::sort(tagged_.times.begin(), tagged_.times.end(), by_pos);
  std::vector<tag::PhraseMatch> all, mine;
  tag::PhraseMatcher::TokenKeys keys;
  matcher_.Lookup(analysis_.tokens, &keys);
  for (const auto& s : analysis_.sentences) matcher_.Match(analysis_.tokens, keys, s.first_token, s.end_token, &all);
  for (auto m : all) {
    m.payload = tag::PayloadEntry(m.payload);
    mine.push_back(m);
  }
  events_.Collect(doc_, analysis_, keys, mine, &tagged_);
  return assembler_.Assemble(doc_, analysis_, tagged_);
}

const Claim* FindClaim(const std::vector<Claim>& claims, const std::string& type, const std::string& role) {
  for (const Claim& c : claims)
    if (c.type == type && (role.empty() || c.role == role)) return &c;
  return nullptr;
}

bool HasParticipant(const Claim& c, const std::string& name) {
  for (const auto& p : c.participants)
    if (p.name == name) return true;
  return false;
}

}  // namespace crosscheck::testing
