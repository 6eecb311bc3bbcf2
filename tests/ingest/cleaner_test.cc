// Cleaning: encodings (bad UTF-8 repaired and counted, legacy charsets transcoded), NFC, outlet from
#include <unicode/ucnv.h>
// the URL, published from fields, ids and skip reasons.
#include <catch2/catch.hpp>

#include "engine/ingest/encoding.h"
#include "ingest_test_util.h"

using namespace crosscheck;
using crosscheck::testing::CleanText;
using crosscheck::testing::InBody;

namespace {
Result<Document> Clean(ingest::RawDocument raw) {
  ingest::Manifest none;
  return crosscheck::testing::ShippedCleaner().Clean(std::move(raw), none);
}
ingest::RawDocument Raw(const std::string& text) {
  ingest::RawDocument r;
  r.id = "doc";
  r.source = "in/doc.txt";
  r.text = text;
  return r;
}
}  // namespace

TEST_CASE("Invalid UTF-8 is replaced and counted, offsets stay valid", "[cleaner]") {
  std::string text = "Austin spoke with Shoigu \xC3\x28 on May 13, the Pentagon said in a \xFF\xFE statement.";
  auto d = Clean(Raw(text));
  REQUIRE(d.ok());
  CHECK(d->invalid_utf8 == 3);
  CHECK(d->text.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(InBody(*d, "on May 13, the Pentagon said"));
}

TEST_CASE("A windows-1251 page is transcoded, not turned into replacement characters", "[cleaner]") {
  std::string utf8 = "Міністр оборони провів телефонну розмову з колегою. Сторони обговорили безпеку.";
  auto cp1251 = ingest::ToUtf8(utf8, "utf-8");  // identity, checks the converter works
  REQUIRE(cp1251.has_value());
  // Encode to windows-1251 with ICU, then clean.
  UErrorCode err = U_ZERO_ERROR;
  (void)err;
  std::string legacy;
  {
    std::vector<char> out(utf8.size() * 2);
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = ucnv_convert("windows-1251", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                             static_cast<int32_t>(utf8.size()), &e);
    REQUIRE(U_SUCCESS(e));
    legacy.assign(out.data(), static_cast<size_t>(n));
  }
  CHECK(ingest::GuessLegacyCharset(legacy) == "windows-1251");
  CHECK(ingest::GuessLegacyCharset(utf8).empty());
  auto d = Clean(Raw(legacy));
  REQUIRE(d.ok());
  CHECK(d->invalid_utf8 == 0);
  CHECK(d->text == utf8);
  CHECK(d->lang == "uk");
}

TEST_CASE("Text is NFC-normalised", "[cleaner]") {
  // "й" and "è" written as base letter + combining mark.
  auto d = Clean(Raw("Мині\xD0\xB8\xCC\x86 перемовини. Il ministro e\xCC\x80 arrivato ieri a Roma per la riunione."));
  REQUIRE(d.ok());
  CHECK(d->text.find("\xD0\xB9") != std::string::npos);
  CHECK(d->text.find("\xC3\xA8") != std::string::npos);
}

TEST_CASE("Outlet comes from the field, else the URL's host, else unknown", "[cleaner]") {
  auto a = Raw("Austin spoke with Belousov on Friday, the Pentagon said.");
  a.url = "https://www.Reuters.com/world/europe/x";
  CHECK(Clean(a)->outlet == "reuters.com");
  auto b = a;
  b.outlet = "Reuters";
  CHECK(Clean(b)->outlet == "Reuters");
  auto c = Raw("Austin spoke with Belousov on Friday, the Pentagon said.");
  CHECK(Clean(c)->outlet == "unknown");
  CHECK(ingest::HostOf("http://user@kyivindependent.com:8080/news") == "kyivindependent.com");
  CHECK(ingest::HostOf("not a url").empty());
}

TEST_CASE("Published comes from the field when it is ISO 8601, else stays open", "[cleaner]") {
  auto a = Raw("Austin spoke with Belousov on Friday, the Pentagon said.");
  a.published = "2024-07-12T21:30:00Z";
  auto d = Clean(a);
  REQUIRE(d->published.has_value());
  CHECK(d->published->ToIso() == "2024-07-12");
  CHECK(d->published_method == "field");
  a.published = "12 липня";
  CHECK_FALSE(Clean(a)->published.has_value());
}

TEST_CASE("A document with nothing left is a skip reason naming the source and line", "[cleaner]") {
  auto r = Raw("Menu\nSearch\n• 200 views\n");
  r.source = "feed.jsonl";
  r.line = 7;
  auto d = Clean(r);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().message().find("feed.jsonl:7") != std::string::npos);
  CHECK(d.status().message().find("furniture") != std::string::npos);
}

// Throughput of ingest + analyse on one core: CROSSCHECK_BENCH=<file.txt|file.jsonl> ingest_test "[.bench]".
#include <time.h>

#include <cstdlib>
#include <iostream>

#include "engine/analyse/analyser.h"
#include "engine/ingest/reader.h"

TEST_CASE("ingest + analyse throughput", "[.bench]") {
  const char* path = std::getenv("CROSSCHECK_BENCH");
  if (!path) return;
  std::vector<ingest::RawDocument> raws;
  (void)ingest::ReadInputs({path}, [&](ingest::RawDocument&& d) { raws.push_back(std::move(d)); },
                           [](DocumentStatus&&) {});
  analyse::Analyser an;
  REQUIRE(an.Load({crosscheck::testing::RulesDir()}).ok());
  size_t bytes = 0, sentences = 0;
  for (auto& r : raws) bytes += r.text.size();
  // CPU time of this thread: the machine is shared, wall time would measure the neighbours.
  struct C {
    static double now() {
      timespec ts;
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
      return ts.tv_sec + ts.tv_nsec * 1e-9;
    }
  };
  double t_clean = 0, t_an = 0;
  ingest::Manifest none;
  for (auto& r : raws) {
    auto t0 = C::now();
    auto d = crosscheck::testing::ShippedCleaner().Clean(std::move(r), none);
    auto t1 = C::now();
    if (d.ok()) sentences += an.Analyse(*d).sentences.size();
    auto t2 = C::now();
    t_clean += t1 - t0;
    t_an += t2 - t1;
  }
  double mb = bytes / 1e6;
  std::cout << raws.size() << " docs, " << mb << " MB, " << sentences << " sentences; clean " << mb / t_clean
            << " MB/s, analyse " << mb / t_an << " MB/s, both " << mb / (t_clean + t_an) << " MB/s\n";
}

TEST_CASE("A plain-text page's title is its first body line when it reads like one", "[cleaner]") {
  auto d = Clean(Raw("Пошук\n\nОстін і Бєлоусов поговорили телефоном\n\nМіністри оборони США та Росії провели "
                     "телефонну розмову, повідомили в Пентагоні.\n"));
  REQUIRE(d.ok());
  CHECK(d->title == "Остін і Бєлоусов поговорили телефоном");
  auto e = Clean(Raw("The ministers spoke on Friday. They discussed the war.\nThe call lasted an hour.\n"));
  CHECK(e->title.empty());
}
