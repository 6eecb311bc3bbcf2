#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>

#include "engine/analyse/analysis.h"
#include "engine/tag/event_tagger.h"

using namespace crosscheck;
using tag::CueKind;

namespace {

// Mentions view the document's text, so the document stays where it is when a Tagged is moved
// (a short text would move with a std::string of its own).
struct Tagged {
  std::unique_ptr<Document> doc = std::make_unique<Document>();
  analyse::Analysis analysis;
  tag::TaggedDocument out;
};

// Splits into sentences at ". " and newlines, like a plain-text analysis.
analyse::Analysis Analyse(const std::string& text) {
  analyse::Analysis a;
  analyse::Tokenize(text, 0, &a);
  uint32_t first = 0;
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    bool last = i + 1 == a.tokens.size();
    if (!last && !a.tokens[i + 1].newline_before && a.tokens[i].key() != ".") continue;
    analyse::Sentence s;
    s.first_token = first;
    s.end_token = i + 1;
    s.span = {a.tokens[first].start, a.tokens[i].end};
    for (uint32_t k = first; k <= i; ++k) a.tokens[k].sentence = static_cast<uint32_t>(a.sentences.size());
    a.sentences.push_back(s);
    first = i + 1;
  }
  return a;
}

class EventFixture {
 public:
  explicit EventFixture(std::vector<std::string> roots = {std::string(CROSSCHECK_SOURCE_DIR) + "/rules"}) {
    status_ = tagger_.Load(roots, 0, &matcher_);
  }
  Tagged Tag(const std::string& text, const std::string& lang = "") {
    Tagged t;
    t.doc->text = text;
    t.doc->lang = lang;
    t.doc->body = {{0, text.size()}};
    t.analysis = Analyse(text);
    std::vector<tag::PhraseMatch> all;
    tag::PhraseMatcher::TokenKeys keys;
    matcher_.Lookup(t.analysis.tokens, &keys);
    for (const auto& s : t.analysis.sentences) matcher_.Match(t.analysis.tokens, keys, s.first_token, s.end_token, &all);
    for (auto& m : all) m.payload = tag::PayloadEntry(m.payload);
    tagger_.Collect(*t.doc, t.analysis, keys, all, &t.out);
    return t;
  }
  const Status& status() const { return status_; }

 private:
  tag::PhraseMatcher matcher_;
  tag::EventTagger tagger_;
  Status status_;
};

std::vector<std::string> Types(const Tagged& t) {
  std::vector<std::string> v;
  for (const auto& tr : t.out.triggers) v.push_back(tr.event_type);
  return v;
}

bool HasCue(const Tagged& t, CueKind kind, const std::string& written) {
  for (const auto& c : t.out.cues)
    if (c.kind == kind && c.written == written) return true;
  return false;
}

}  // namespace

TEST_CASE("Shipped event and cue rules load and validate", "[events]") {
  EventFixture f;
  REQUIRE(f.status().ok());
}

TEST_CASE("Inflected triggers in all four languages", "[events]") {
  EventFixture f;
  CHECK(Types(f.Tag("Міністри провели телефонну розмову.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("Під час телефонної розмови вони обговорили війну.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("Министры провели телефонный разговор.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("I ministri hanno avuto un colloquio telefonico.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("The ministers held a telephone conversation.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("Стороны договорились возобновить диалог.")).front() == "agreement");
}

TEST_CASE("Talks are a call only with a phone word; in person they are a meeting", "[events]") {
  EventFixture f;
  CHECK(Types(f.Tag("Сторони провели переговори.")) == std::vector<std::string>{"talks"});
  CHECK(Types(f.Tag("Сторони провели телефонні переговори.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("Вони провели переговори по телефону.")) == std::vector<std::string>{"call"});
  CHECK(Types(f.Tag("The ministers had a conversation face-to-face.")) == std::vector<std::string>{"meeting"});
  // A conversation in an article about a phone call is that call.
  auto doc = f.Tag("Austin phoned Shoigu.\nThe conversation lasted an hour.");
  CHECK(Types(doc) == std::vector<std::string>{"call", "call"});
  CHECK(Types(f.Tag("The conversation lasted an hour.")) == std::vector<std::string>{"talks"});
}

TEST_CASE("Talks at a named place are a meeting, in every language", "[events]") {
  EventFixture f;
  using V = std::vector<std::string>;
  CHECK(Types(f.Tag("Сторони провели переговори в Абу-Дабі.")) == V{"meeting"});
  CHECK(Types(f.Tag("Міністри провели переговори у Вільнюсі на прохання литовської сторони.")) == V{"meeting"});
  CHECK(Types(f.Tag("Лавров пригласил коллегу в Анкару на переговоры.")) == V{"meeting"});
  CHECK(Types(f.Tag("Il ministro ha invitato l'omologo a Varsavia per colloqui.")) == V{"meeting"});
  CHECK(Types(f.Tag("The foreign ministers held talks in Vilnius on Tuesday.")) == V{"meeting"});
  CHECK(Types(f.Tag("Lammy invited his counterpart to Geneva for talks.")) == V{"meeting"});
  // The place after the counterpart's name.
  CHECK(Types(f.Tag("Hakan Fidan held talks with Sergei Lavrov in Moscow on Tuesday.")) == V{"meeting"});
  CHECK(Types(f.Tag("Лавров провел переговоры с Фиданом в Москве.")) == V{"meeting"});
  CHECK(Types(f.Tag("Лавров провів переговори з Фіданом у Москві.")) == V{"meeting"});
  CHECK(Types(f.Tag("Lavrov ha avuto colloqui con Fidan a Mosca.")) == V{"meeting"});
  CHECK(Types(f.Tag("Fidan held talks with Lavrov in a constructive atmosphere.")) == V{"talks"});
  // No place: lower-case words after the preposition, or a phone in the sentence.
  CHECK(Types(f.Tag("Сторони провели переговори в телефонному режимі.")) == V{"call"});
  CHECK(Types(f.Tag("They held talks in a constructive atmosphere.")) == V{"talks"});
  auto phoned = Types(f.Tag("The leaders held talks in Paris by telephone."));
  CHECK(std::count(phoned.begin(), phoned.end(), "meeting") == 0);
  CHECK(phoned.front() == "call");
}

TEST_CASE("Block phrases stop false triggers", "[events]") {
  EventFixture f;
  CHECK(f.Tag("Akar called for an early ceasefire.").out.triggers.empty());
  CHECK(f.Tag("The so-called peace plan was discussed.").out.triggers.empty());
  CHECK(f.Tag("Мирні переговори зайшли в глухий кут.").out.triggers.empty());
}

TEST_CASE("Overlapping triggers are settled run by run: a block far away does not hide a trigger", "[events]") {
  EventFixture f;
  // The block "мирні переговори" hides the "переговори" inside it, not those of the next clause.
  auto uk = f.Tag("Мирні переговори зайшли в глухий кут, але міністри провели переговори телефоном.");
  REQUIRE(uk.out.triggers.size() == 1);
  CHECK(uk.out.triggers[0].written == "провели переговори");
  CHECK(uk.out.triggers[0].tokens.begin > 3);
  auto en = f.Tag("Akar called for a ceasefire; later he called Austin about the so-called plan.");
  REQUIRE(en.out.triggers.size() == 1);
  CHECK(en.out.triggers[0].written == "called");
  CHECK(en.out.triggers[0].span.start == std::string_view("Akar called for a ceasefire; later he ").size());
}

TEST_CASE("A dialling verb carries a subject initiator cue", "[events]") {
  EventFixture f;
  auto t = f.Tag("Остін зателефонував Шойгу.");
  REQUIRE(t.out.triggers.size() == 1);
  CHECK(t.out.triggers[0].event_type == "call");
  CHECK(HasCue(t, CueKind::kInitiator, "зателефонував"));
}

TEST_CASE("Cues of every kind are found with their values", "[events]") {
  EventFixture f;
  auto t = f.Tag("По инициативе российской стороны впервые за несколько месяцев якобы состоялся разговор, сообщает ТАСС.");
  CHECK(HasCue(t, CueKind::kInitiator, "По инициативе"));
  CHECK(HasCue(t, CueKind::kOrdinal, "впервые"));
  CHECK(HasCue(t, CueKind::kOrdinal, "за несколько месяцев"));
  CHECK(HasCue(t, CueKind::kHedge, "якобы"));
  CHECK(HasCue(t, CueKind::kAttribution, "сообщает"));
  auto it = f.Tag("Secondo il Pentagono, il secondo colloquio non si è svolto.");
  CHECK(HasCue(it, CueKind::kAttribution, "Secondo"));
  CHECK(HasCue(it, CueKind::kOrdinal, "il secondo"));
  CHECK(HasCue(it, CueKind::kNegation, "non si è svolto"));
}

TEST_CASE("A later rule root overrides an entry by id; errors name the file", "[events]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "crosscheck_event_rules_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "events");
  {
    std::ofstream(dir / "events" / "en.json")
        << R"({"lang": "en", "triggers": [{"id": "en.talks", "type": "meeting", "phrases": ["huddle"]}]})";
  }
  EventFixture f({std::string(CROSSCHECK_SOURCE_DIR) + "/rules", dir.string()});
  REQUIRE(f.status().ok());
  CHECK(Types(f.Tag("The ministers held a huddle.")) == std::vector<std::string>{"meeting"});
  CHECK(f.Tag("The ministers held talks.").out.triggers.empty());  // the shipped en.talks is replaced
  {
    std::ofstream(dir / "events" / "en.json") << R"({"lang": "en", "triggers": [{"id": "x", "type": "chat", "phrases": ["a"]}]})";
  }
  EventFixture bad({std::string(CROSSCHECK_SOURCE_DIR) + "/rules", dir.string()});
  CHECK_FALSE(bad.status().ok());
  CHECK(bad.status().message().find("en.json") != std::string::npos);
  // The schema read for the first file of a folder still checks the next ones.
  {
    std::ofstream(dir / "events" / "en.json")
        << R"({"lang": "en", "triggers": [{"id": "en.talks", "type": "meeting", "phrases": ["huddle"]}]})";
    std::ofstream(dir / "events" / "it.json")
        << R"({"lang": "it", "triggers": [{"id": "it.x", "type": "chiacchierata", "phrases": ["chiacchierata"]}]})";
  }
  EventFixture second({std::string(CROSSCHECK_SOURCE_DIR) + "/rules", dir.string()});
  CHECK_FALSE(second.status().ok());
  CHECK(second.status().message().find("it.json") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("A cue's '#' also matches the file's number words; overriding the cue drops them too", "[events]") {
  auto value_of = [](const Tagged& t, const std::string& written) -> std::string {
    for (const auto& c : t.out.cues)
      if (c.kind == CueKind::kOrdinal && c.written == written) return c.value;
    return "";
  };
  EventFixture f;
  REQUIRE(f.status().ok());
  CHECK(value_of(f.Tag("It was their first phone call in three months."), "in three months") == "P3M");
  CHECK(value_of(f.Tag("It was their first phone call in 7 months."), "in 7 months") == "P#M");  // digits: filled later
  CHECK(value_of(f.Tag("Это первый за пять лет разговор министров."), "за пять лет") == "P5Y");
  CHECK(value_of(f.Tag("È il primo colloquio da dodici mesi."), "da dodici mesi") == "P12M");
  CHECK(value_of(f.Tag("Це перша за п'ять місяців розмова."), "за п'ять місяців") == "P5M");

  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "crosscheck_cue_numbers_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "cues");
  std::ofstream(dir / "cues" / "en.json")
      << R"({"lang": "en", "numbers": {"several": 3},
             "cues": [{"id": "en.ordinal.period.n", "kind": "ordinal", "scope": "period", "value": "P#M",
                       "phrases": ["over the past # months"]}]})";
  EventFixture own({std::string(CROSSCHECK_SOURCE_DIR) + "/rules", dir.string()});
  REQUIRE(own.status().ok());
  CHECK(value_of(own.Tag("It was their first phone call in three months."), "in three months").empty());
  CHECK(value_of(own.Tag("The first call over the past several months."), "over the past several months") == "P3M");
  fs::remove_all(dir);
}

TEST_CASE("Overlapping cues keep the longest of each run, in text order, in all four languages", "[events]") {
  EventFixture f;
  REQUIRE(f.status().ok());
  const char* texts[] = {
      "According to the Pentagon, he said that they had agreed, as he told reporters in Washington on X.",
      "Як повідомили в Міноборони України, він заявив, що сторони вперше провели розмову телефоном.",
      "По словам источника, он сказал, что стороны впервые провели переговоры по телефону в Москве.",
      "Secondo il ministero, lo ha detto ai giornalisti: per la prima volta hanno parlato al telefono.",
  };
  for (const char* text : texts) {
    INFO(text);
    auto t = f.Tag(text);
    CHECK(t.out.cues.size() >= 3);
    // Initiator cues of triggers sit on the trigger's span; every other cue comes from the cue rules.
    std::vector<const tag::CueMention*> own;
    for (const auto& c : t.out.cues) {
      bool of_trigger = false;
      for (const auto& tr : t.out.triggers)
        of_trigger |= c.kind == CueKind::kInitiator && c.tokens.begin == tr.tokens.begin && c.tokens.end == tr.tokens.end;
      if (!of_trigger) own.push_back(&c);
    }
    for (size_t i = 1; i < t.out.cues.size(); ++i) CHECK(t.out.cues[i - 1].tokens.begin <= t.out.cues[i].tokens.begin);
    for (size_t i = 1; i < own.size(); ++i) {
      INFO("cue '" << own[i]->written << "' after '" << own[i - 1]->written << "'");
      CHECK(own[i - 1]->tokens.end <= own[i]->tokens.begin);
    }
  }
}

TEST_CASE("An entry with 'langs' is matched only in documents of those languages", "[events]") {
  // All languages are matched at once, and English "per" (according to) is the Italian "for": "Orbán è
  // arrivato a Mosca per incontrare Putin" named Putin as the source.
  EventFixture f;
  CHECK(HasCue(f.Tag("The call was held at Washington's request, per the Pentagon.", "en"), CueKind::kAttribution, "per"));
  CHECK_FALSE(HasCue(f.Tag("Orbán è arrivato a Mosca per incontrare Putin.", "it"), CueKind::kAttribution, "per"));
  // A document whose language is unknown gets every entry.
  CHECK(HasCue(f.Tag("Orbán è arrivato a Mosca per incontrare Putin."), CueKind::kAttribution, "per"));
  // "non" negates in Italian only: "a non-binding agreement" is no negation.
  CHECK(HasCue(f.Tag("Putin non ha parlato con Zelensky.", "it"), CueKind::kNegation, "non ha"));
  CHECK_FALSE(HasCue(f.Tag("They signed a non-binding agreement.", "en"), CueKind::kNegation, "non"));
}

TEST_CASE("A rule root's own entries may carry 'langs'", "[events]") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "crosscheck_event_langs";
  fs::create_directories(root / "cues");
  std::ofstream(root / "cues" / "x.json")
      << R"({"lang": "it", "cues": [{"id": "x.hedge", "kind": "hedge", "langs": ["it"], "phrases": ["dicono"]}]})";
  EventFixture f({std::string(CROSSCHECK_SOURCE_DIR) + "/rules", root.string()});
  REQUIRE(f.status().ok());
  CHECK(HasCue(f.Tag("Dicono che i due si siano sentiti.", "it"), CueKind::kHedge, "Dicono"));
  CHECK_FALSE(HasCue(f.Tag("Dicono said the two had spoken.", "en"), CueKind::kHedge, "Dicono"));
  fs::remove_all(root);
}
