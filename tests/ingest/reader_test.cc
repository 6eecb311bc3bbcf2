// Reading inputs: every format, and every input accounted for (bad files are skipped with a reason
// naming the file and line; the rest of the run goes on).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine/ingest/reader.h"
#include "ingest_test_util.h"

using namespace crosscheck;
using crosscheck::testing::TempDir;
using crosscheck::testing::WriteFile;

namespace {

struct Collected {
  std::vector<ingest::RawDocument> docs;
  std::vector<DocumentStatus> skipped;
};

Collected Read(const std::vector<std::string>& inputs) {
  Collected c;
  (void)ingest::ReadInputs(
      inputs, [&](ingest::RawDocument&& d) { c.docs.push_back(std::move(d)); },
      [&](DocumentStatus&& s) { c.skipped.push_back(std::move(s)); });
  return c;
}

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Every input format is read with its fields", "[reader]") {
  std::string dir = TempDir("formats");
  WriteFile(dir + "/a.txt", "Остін і Бєлоусов провели телефонну розмову.\n");
  WriteFile(dir + "/b.html", "<html><body><p>Austin called Belousov.</p></body></html>");
  WriteFile(dir + "/c.htm", "<p>Il ministro ha parlato.</p>");
  WriteFile(dir + "/d.json",
            R"({"id": "rbc-1", "url": "https://www.rbc.ru/x", "lang": "ru", "published": "2022-10-21",
                "title": "Шойгу провел разговор", "text": "Шойгу провел разговор с Остином."})");
  WriteFile(dir + "/e.json", R"([{"text": "First report."}, {"id": "two", "html": "<p>Second report.</p>"}])");
  WriteFile(dir + "/f.jsonl", "{\"id\": \"x1\", \"text\": \"One.\"}\n\n{\"text\": \"Two.\", \"outlet\": \"ansa.it\"}\n");
  Collected c = Read({dir});
  CHECK(c.skipped.empty());
  REQUIRE(c.docs.size() == 8);
  // Sorted by path: a.txt, b.html, c.htm, d.json, e.json (2), f.jsonl (2).
  CHECK(c.docs[0].id == "a");
  CHECK(c.docs[0].format == "txt");
  CHECK_FALSE(c.docs[0].is_html);
  CHECK(c.docs[1].is_html);
  CHECK(c.docs[2].is_html);
  CHECK(c.docs[3].id == "rbc-1");
  CHECK(c.docs[3].lang == "ru");
  CHECK(c.docs[3].url == "https://www.rbc.ru/x");
  CHECK(c.docs[3].published == "2022-10-21");
  CHECK(c.docs[3].title == "Шойгу провел разговор");
  CHECK(c.docs[4].id == "e:1");
  CHECK(c.docs[4].line == 1);
  CHECK(c.docs[5].id == "two");
  CHECK(c.docs[5].is_html);
  CHECK(c.docs[6].id == "x1");
  CHECK(c.docs[6].line == 1);
  CHECK(c.docs[7].source == dir + "/f.jsonl");
  CHECK(c.docs[7].line == 3);
  CHECK(c.docs[7].outlet == "ansa.it");
}

TEST_CASE("A JSONL file with a malformed line in the middle keeps the others", "[reader]") {
  std::string dir = TempDir("jsonl");
  WriteFile(dir + "/feed.jsonl",
            "{\"text\": \"Austin spoke with Shoigu.\"}\n"
            "{\"text\": \"broken line\", \n"
            "{\"title\": \"no text here\"}\n"
            "[1, 2]\n"
            "{\"text\": \"Belousov spoke with Austin.\"}\n");
  Collected c = Read({dir + "/feed.jsonl"});
  REQUIRE(c.docs.size() == 2);
  CHECK(c.docs[0].line == 1);
  CHECK(c.docs[1].line == 5);
  CHECK(c.docs[1].id == "feed:5");
  REQUIRE(c.skipped.size() == 3);
  CHECK(c.skipped[0].line == 2);
  CHECK(Has(c.skipped[0].reason, "feed.jsonl:2:"));
  CHECK(Has(c.skipped[0].reason, "not valid JSON"));
  CHECK(c.skipped[0].status == "skipped");
  CHECK(Has(c.skipped[1].reason, "feed.jsonl:3"));
  CHECK(Has(c.skipped[1].reason, "text"));
  CHECK(Has(c.skipped[2].reason, "feed.jsonl:4"));
  CHECK(Has(c.skipped[2].reason, "not a JSON object"));
}

TEST_CASE("A JSONL record's fields are its own top-level string members, the first of a repeated name", "[reader]") {
  // Read from the parser's events, not a document tree: nested members and members of another type
  // must not leak into the fields.
  std::string dir = TempDir("jsonl-fields");
  WriteFile(dir + "/feed.jsonl",
            R"({"id": "unian-1", "meta": {"id": "inner", "text": "Вкладений текст", "lang": "ru"}, "tags": ["text", {"title": "x"}], "text": "Умєров провів розмову з Остіном.", "lang": "uk"})"
            "\n"
            R"({"id": 17, "title": "Шойгу и Остин", "title": "второй заголовок", "text": "Шойгу провел разговор с Остином.", "text": "ignored"})"
            "\n"
            R"({"text": null, "html": "<p>Il ministro ha parlato con Austin.</p>", "url": "https://www.ansa.it/x"})"
            "\n"
            R"({"id": "empty", "text": "", "html": ""})"
            "\n");
  Collected c = Read({dir + "/feed.jsonl"});
  REQUIRE(c.docs.size() == 3);
  CHECK(c.docs[0].id == "unian-1");
  CHECK(c.docs[0].text == "Умєров провів розмову з Остіном.");
  CHECK(c.docs[0].lang == "uk");
  CHECK(c.docs[1].id == "feed:2");  // a numeric id leaves the line's id
  CHECK(c.docs[1].title == "Шойгу и Остин");
  CHECK(c.docs[1].text == "Шойгу провел разговор с Остином.");
  CHECK(c.docs[2].is_html);
  CHECK(c.docs[2].text == "<p>Il ministro ha parlato con Austin.</p>");
  CHECK(c.docs[2].url == "https://www.ansa.it/x");
  REQUIRE(c.skipped.size() == 1);
  CHECK(c.skipped[0].id == "empty");
  CHECK(Has(c.skipped[0].reason, "feed.jsonl:4: \"text\" is empty"));
}

TEST_CASE("A record without readable text says whether its text is missing, not a string or empty", "[reader]") {
  std::string dir = TempDir("jsonl-notext");
  WriteFile(dir + "/feed.jsonl",
            R"({"id": "a", "title": "Остін і Бєлоусов", "body": "Остін провів розмову з Бєлоусовим."})"
            "\n"
            R"({"id": "b", "text": {"uk": "Остін провів розмову з Бєлоусовим."}})"
            "\n"
            R"({"id": "c", "text": ["Austin ha parlato con Belousov."]})"
            "\n"
            R"({"id": "d", "text": ""})"
            "\n");
  Collected c = Read({dir + "/feed.jsonl"});
  REQUIRE(c.skipped.size() == 4);
  CHECK(Has(c.skipped[0].reason, "feed.jsonl:1: no \"text\" (or \"html\") field"));
  CHECK(Has(c.skipped[1].reason, "feed.jsonl:2: \"text\" is not a string"));
  CHECK(Has(c.skipped[2].reason, "feed.jsonl:3: \"text\" is not a string"));
  CHECK(Has(c.skipped[3].reason, "feed.jsonl:4: \"text\" is empty"));
}

TEST_CASE("A JSON array with bad elements keeps the good ones and names the bad lines", "[reader]") {
  std::string dir = TempDir("jsonarr");
  // Element 1 has no text; element 2 is not valid JSON, so the file as a whole does not parse.
  WriteFile(dir + "/batch.json",
            "[\n"
            "  {\"id\": \"a\", \"text\": \"Austin spoke with Shoigu.\"},\n"
            "  {\"id\": \"b\", \"title\": \"only a title\"},\n"
            "  {\"id\": \"c\", \"text\": \"unterminated},\n"
            "  {\"id\": \"d\", \"text\": \"Reznikov spoke with Austin.\"}\n"
            "]\n");
  Collected c = Read({dir + "/batch.json"});
  std::vector<std::string> ids;
  for (auto& d : c.docs) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"a", "d"});
  REQUIRE(c.skipped.size() == 2);
  CHECK(Has(c.skipped[0].reason, "batch.json:3"));
  CHECK(Has(c.skipped[1].reason, "batch.json:4"));
  CHECK(Has(c.skipped[1].reason, "not valid JSON"));

  // A valid array: the bad element is named by line and index.
  WriteFile(dir + "/ok.json", "[\n{\"text\": \"One.\"},\n\n42\n]");
  Collected k = Read({dir + "/ok.json"});
  CHECK(k.docs.size() == 1);
  REQUIRE(k.skipped.size() == 1);
  CHECK(Has(k.skipped[0].reason, "ok.json:4"));
  CHECK(Has(k.skipped[0].reason, "element 1"));
}

TEST_CASE("Empty, binary, huge and unsupported files are skipped with a reason", "[reader]") {
  std::string dir = TempDir("bad");
  WriteFile(dir + "/empty.txt", "  \n\n");
  WriteFile(dir + "/empty.jsonl", "");
  WriteFile(dir + "/image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  WriteFile(dir + "/notes.docx", "PK");
  {
    // Sparse: one byte past the limit, no disk used.
    std::ofstream(dir + "/huge.txt");
    std::filesystem::resize_file(dir + "/huge.txt", ingest::kMaxFileBytes + 1);
  }
  WriteFile(dir + "/good.txt", "Ministers spoke by phone on Friday.");
  Collected c = Read({dir, dir + "/missing.txt"});
  REQUIRE(c.docs.size() == 1);
  CHECK(c.docs[0].id == "good");
  std::map<std::string, std::string> why;
  for (auto& s : c.skipped) why[std::filesystem::path(s.source.str()).filename().string()] = s.reason;
  CHECK(Has(why["empty.txt"], "empty"));
  CHECK(Has(why["empty.jsonl"], "empty"));
  CHECK(Has(why["image.txt"], "binary"));
  CHECK(Has(why["notes.docx"], "unsupported"));
  CHECK(Has(why["huge.txt"], "too large"));
  CHECK(Has(why["huge.txt"], "huge.txt"));
  CHECK(Has(why["missing.txt"], "no such file"));
}

TEST_CASE("An unreadable file is skipped with the file named", "[reader]") {
  std::string dir = TempDir("perm");
  std::string path = dir + "/locked.txt";
  WriteFile(path, "Austin spoke with Belousov.");
  ::chmod(path.c_str(), 0);
  if (::access(path.c_str(), R_OK) == 0) {
    ::chmod(path.c_str(), 0644);
    SUCCEED("running with privileges that read any file (root): nothing to check");
    return;
  }
  Collected c = Read({path});
  ::chmod(path.c_str(), 0644);
  CHECK(c.docs.empty());
  REQUIRE(c.skipped.size() == 1);
  CHECK(Has(c.skipped[0].reason, "locked.txt"));
  CHECK(Has(c.skipped[0].reason, "cannot"));
}

TEST_CASE("A UTF-16 file with a byte-order mark is text, not binary", "[reader]") {
  std::string dir = TempDir("utf16");
  std::string s = "\xFF\xFE";
  for (char c : std::string("Austin spoke.")) {
    s.push_back(c);
    s.push_back('\0');
  }
  WriteFile(dir + "/u16.txt", s);
  Collected c = Read({dir});
  CHECK(c.skipped.empty());
  CHECK(c.docs.size() == 1);
}
