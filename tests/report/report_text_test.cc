// Escaping and highlight placement: what keeps a report truthful (the marked words are the words a
// slot was read from) and safe (article text never becomes markup).
#include <catch2/catch.hpp>

#include "engine/report/report_text.h"

using namespace crosscheck;
using namespace crosscheck::report;

namespace {
Evidence Sentence(size_t base, std::string text) {
  Evidence e;
  e.span = {base, base + text.size()};
  e.text = std::move(text);
  return e;
}
void Mark(Evidence* e, const std::string& words, const std::string& slot, size_t skew_start = 0, size_t skew_end = 0) {
  size_t at = e->text.find(words);
  REQUIRE(at != std::string::npos);
  e->highlights.push_back({{e->span.start + at + skew_start, e->span.start + at + words.size() + skew_end}, slot});
}
std::string Marked(const Evidence& e, const EvidenceMark& m) { return e.text.substr(m.start, m.end - m.start); }
}  // namespace

TEST_CASE("highlights are placed relative to the evidence span start", "[report]") {
  Evidence e = Sentence(1234, "Міністр оборони Ллойд Остін провів розмову з Андрієм Бєлоусовим 25 червня.");
  Mark(&e, "Ллойд Остін", "participant");
  Mark(&e, "25 червня", "date");
  size_t dropped = 99;
  auto marks = EvidenceMarks(e, &dropped);
  REQUIRE(marks.size() == 2);
  CHECK(dropped == 0);
  CHECK(Marked(e, marks[0]) == "Ллойд Остін");
  CHECK(marks[0].slots == std::vector<std::string_view>{"participant"});
  CHECK(Marked(e, marks[1]) == "25 червня");
}

TEST_CASE("a highlight that ends inside a Cyrillic letter is widened to whole code points", "[report]") {
  Evidence e = Sentence(10, "Глава Пентагона Остин поговорил с Белоусовым.");
  // One byte short at both ends: the middle of "О" (2 bytes) and of "н".
  Mark(&e, "Остин", "participant", 1, -1);
  auto marks = EvidenceMarks(e, nullptr);
  REQUIRE(marks.size() == 1);
  CHECK(Marked(e, marks[0]) == "Остин");
}

TEST_CASE("UTF-8 floor and ceil never split a multi-byte sequence", "[report]") {
  std::string s = "aЖ€😀b";  // 1 + 2 + 3 + 4 + 1 bytes
  CHECK(Utf8Floor(s, 2) == 1);
  CHECK(Utf8Ceil(s, 2) == 3);
  CHECK(Utf8Floor(s, 5) == 3);
  CHECK(Utf8Ceil(s, 4) == 6);
  CHECK(Utf8Floor(s, 8) == 6);
  CHECK(Utf8Ceil(s, 7) == 10);
  CHECK(Utf8Floor(s, 100) == s.size());
}

TEST_CASE("overlapping highlights merge into one mark that keeps every slot", "[report]") {
  Evidence e = Sentence(0, "Il ministro Lloyd Austin ha chiamato Andrei Belousov su iniziativa americana.");
  Mark(&e, "Lloyd Austin", "participant");
  Mark(&e, "Lloyd", "participant");
  Mark(&e, "Austin ha chiamato", "trigger");
  Mark(&e, "su iniziativa americana", "initiator");
  auto marks = EvidenceMarks(e, nullptr);
  REQUIRE(marks.size() == 2);
  CHECK(Marked(e, marks[0]) == "Lloyd Austin ha chiamato");
  CHECK(marks[0].count == 3);
  CHECK(marks[0].slots == std::vector<std::string_view>{"participant", "trigger"});
  CHECK(marks[1].count == 1);
}

TEST_CASE("highlights outside the evidence are dropped and counted, partial ones clipped", "[report]") {
  Evidence e = Sentence(500, "Austin called Belousov.");
  e.highlights.push_back({{10, 20}, "participant"});     // before the sentence
  e.highlights.push_back({{900, 910}, "date"});          // after it
  e.highlights.push_back({{505, 505}, "date"});          // empty
  e.highlights.push_back({{495, 506}, "participant"});   // starts before: clipped to "Austin"
  size_t dropped = 0;
  auto marks = EvidenceMarks(e, &dropped);
  CHECK(dropped == 3);
  REQUIRE(marks.size() == 1);
  CHECK(Marked(e, marks[0]) == "Austin");
}

TEST_CASE("evidence HTML escapes article markup inside and outside marks", "[report]") {
  Evidence e = Sentence(0, "Austin <script>alert(1)</script> called \"><img src=x onerror=alert(2)> Belousov & co.");
  Mark(&e, "<script>alert(1)</script>", "attribution");
  Mark(&e, "Belousov", "participant");
  std::string html = EvidenceHtml(e);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  CHECK(html.find("&amp; co.") != std::string::npos);
  CHECK(html.find("<mark class=\"hl hl-participant\" title=\"participant\">Belousov</mark>") != std::string::npos);
  CHECK(html.find("<mark class=\"hl hl-attribution\" title=\"attribution\">&lt;script&gt;alert(1)&lt;/script&gt;</mark>") !=
        std::string::npos);
}

TEST_CASE("merged marks say how many highlights they hold", "[report]") {
  Evidence e = Sentence(0, "Austin e Belousov si sono sentiti al telefono.");
  Mark(&e, "Austin", "participant");
  Mark(&e, "Austin e Belousov", "participant");
  CHECK(EvidenceHtml(e) == "<mark class=\"hl hl-participant\" data-n=\"2\" title=\"participant\">Austin e Belousov</mark> si sono "
                           "sentiti al telefono.");
}

TEST_CASE("a slot name cannot break out of the mark's class attribute", "[report]") {
  Evidence e = Sentence(0, "Шойгу зателефонував Остіну.");
  Mark(&e, "Шойгу", "x\" onmouseover=\"alert(1)");
  std::string html = EvidenceHtml(e);
  CHECK(html.find("onmouseover=\"") == std::string::npos);
  CHECK(html.find(">Шойгу</mark>") != std::string::npos);
}

TEST_CASE("Markdown escaping keeps article text literal and tables intact", "[report]") {
  CHECK(MarkdownEscape("Reuters | AP") == "Reuters \\| AP");
  CHECK(MarkdownEscape("<script>x</script>") == "\\<script\\>x\\</script\\>");
  CHECK(MarkdownEscape("*first* call [since](May)") == "\\*first\\* call \\[since\\](May)");
  CHECK(MarkdownEscape("рядок\nдругий   рядок\t") == "рядок другий рядок");
  CHECK(MarkdownEscape("snake_case ~~x~~ `code` # & ok") == "snake\\_case \\~\\~x\\~\\~ \\`code\\` \\# \\& ok");
}

TEST_CASE("Markdown evidence bolds the highlighted words and stays one escaped line", "[report]") {
  Evidence e = Sentence(40, "Вчора, 25 червня, Остін провів\nтелефонну розмову з Бєлоусовим | <b>.");
  Mark(&e, "25 червня", "date");
  Mark(&e, "Остін", "participant");
  Mark(&e, "телефонну розмову", "trigger");
  CHECK(EvidenceMarkdown(e) == "Вчора, **25 червня**, **Остін** провів **телефонну розмову** з Бєлоусовим \\| \\<b\\>.");
}

TEST_CASE("long Markdown evidence is cut around its highlights on code point boundaries", "[report]") {
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "Міністри обговорили безпеку. ";
  Evidence e = Sentence(0, filler + "Шойгу провів розмову з Остіним 21 жовтня. " + filler);
  Mark(&e, "21 жовтня", "date");
  std::string md = EvidenceMarkdown(e, 300);
  CHECK(md.rfind("… ", 0) == 0);
  CHECK(md.size() >= 3);
  CHECK(md.compare(md.size() - 4, 4, " …") == 0);
  CHECK(md.find("**21 жовтня**") != std::string::npos);
  CHECK(md.size() < 340);
  // Still valid UTF-8: every lead byte has its continuation bytes.
  for (size_t i = 0; i < md.size();) {
    unsigned char c = static_cast<unsigned char>(md[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    REQUIRE(len > 0);
    for (size_t k = 1; k < len; ++k) REQUIRE((static_cast<unsigned char>(md[i + k]) & 0xC0) == 0x80);
    i += len;
  }
}

namespace {
// The XML escaping of AppendXmlEscaped, one byte at a time: what the block-wise scan must agree with.
std::string XmlEscapedByteByByte(std::string_view s, const std::string& apos) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += apos; break;
      default: out += c;
    }
  }
  return out;
}
}  // namespace

TEST_CASE("XML escaping finds every special byte wherever it falls in a 16-byte block", "[report]") {
  const std::vector<std::string> texts = {
      "Пентагон: «Остін і Бєлоусов провели розмову» <b>25 червня</b> & більше нічого",
      "Шойгу заявил, что \"переговоры\" с Остином прошли 'конструктивно' | источник: ТАСС & РИА",
      "L'incontro tra Austin e Belousov, secondo l'ANSA, è durato un'ora <script>alert('x')</script>",
      "Austin & Belousov spoke on \"June 25\" — Reuters' account <via AP> ``quoted`` || piped",
      "&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&'\"<>",
      "no special byte at all in this ascii sentence of more than sixteen bytes",
      "",
  };
  for (const auto& text : texts) {
    // Every start offset shifts the special bytes across block boundaries.
    for (size_t from = 0; from <= std::min<size_t>(text.size(), 17); ++from) {
      std::string_view s = std::string_view(text).substr(from);
      std::string html = "prefix:";
      AppendXmlEscaped(&html, s, "&#39;");
      CHECK(html == "prefix:" + XmlEscapedByteByByte(s, "&#39;"));
      std::string graphml;
      AppendXmlEscaped(&graphml, s, "&apos;");
      CHECK(graphml == XmlEscapedByteByByte(s, "&apos;"));
    }
  }
  std::string one;
  AppendXmlEscaped(&one, "Остін & Бєлоусов", "&#39;");
  CHECK(one == "Остін &amp; Бєлоусов");
}

TEST_CASE("page pieces append text, escaped text and numbers in order", "[report]") {
  std::string page;
  Append(&page, "<td>", Html{"Міноборони РФ <ТАСС> & «РИА»"}, "</td><td>", size_t{1234567}, '|', -42, "</td>");
  CHECK(page == "<td>Міноборони РФ &lt;ТАСС&gt; &amp; «РИА»</td><td>1234567|-42</td>");
  std::string md;
  Append(&md, "| ", Md{"Reuters | AP `live`\n"}, " | ", Md{"l'*agenzia* ANSA"}, " |");
  CHECK(md == "| Reuters \\| AP \\`live\\` | l'\\*agenzia\\* ANSA |");
}

TEST_CASE("evidence appended to a page is the evidence as a string", "[report]") {
  Evidence e = Sentence(7, "  Остін  зателефонував \"Бєлоусову\" | <i>25 червня</i>  ");
  Mark(&e, "Остін", "participant");
  Mark(&e, "25 червня", "date");
  std::string html = "<p>", md = "> ";
  size_t dropped = 9;
  AppendEvidenceHtml(&html, e, &dropped);
  AppendEvidenceMarkdown(&md, e);
  CHECK(dropped == 0);
  CHECK(html == "<p>" + EvidenceHtml(e));
  CHECK(md == "> " + EvidenceMarkdown(e));
  CHECK(EvidenceMarkdown(e) == "**Остін** зателефонував \"Бєлоусову\" \\| \\<i\\>**25 червня**\\</i\\>");
}

namespace {
// MarkdownEscape as its contract words it, byte by byte: OneLine, then a backslash before each of
// \ ` * _ [ ] < > | ~ & #.
std::string MarkdownEscapedByteByByte(std::string_view s) {
  std::string out;
  for (char c : OneLine(s)) {
    if (std::string_view("\\`*_[]<>|~&#").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}
}  // namespace

TEST_CASE("Markdown escaping finds every special and white-space byte wherever it falls in a 16-byte block",
          "[report]") {
  const std::vector<std::string> texts = {
      "Пентагон: «Остін і Бєлоусов провели розмову» <b>25 червня</b> & більше | нічого",
      "Шойгу  заявил,\tчто *переговоры* с Остином\nпрошли [конструктивно](x) # источник: ТАСС_РИА ~~",
      "L'incontro tra Austin e Belousov, secondo l'ANSA, è durato un'ora `code` \\ back\r\nslash",
      "plain ^caret^ =equals= $dollar% {brace} are kept as they are, and so are single spaces between words",
      "                                                             \t\t\t\v\f\n\r   ",
      "a b c d e f g h i j k l m n o p q r s t u v w x y z  a  b  c  d  e  f  g  h  i  j  k  l  m  n  o  p ",
      "no special byte at all in this ascii sentence of more than sixteen bytes",
      "",
  };
  for (const auto& text : texts) {
    // Every start offset shifts the bytes across block boundaries.
    for (size_t from = 0; from <= std::min<size_t>(text.size(), 17); ++from) {
      std::string_view s = std::string_view(text).substr(from);
      CHECK(MarkdownEscape(s) == MarkdownEscapedByteByByte(s));
      std::string page = "prefix:";
      Append(&page, Md{s});
      CHECK(page == "prefix:" + MarkdownEscapedByteByByte(s));
    }
  }
  CHECK(MarkdownEscape("Остін  і\tБєлоусов | ТАСС ") == "Остін і Бєлоусов \\| ТАСС");
}

TEST_CASE("XML escaping finds every special byte at every position of a string shorter than a block", "[report]") {
  const std::string base = "Остін 25.06 AP";  // 18 bytes: cut to every length below
  for (size_t len = 0; len <= 17; ++len) {
    const std::string text = base.substr(0, len);
    for (size_t at = 0; at < len; ++at)
      for (char special : {'&', '<', '>', '"', '\''}) {
        std::string t = text;
        t[at] = special;
        std::string out;
        AppendXmlEscaped(&out, t, "&#39;");
        REQUIRE(out == XmlEscapedByteByByte(t, "&#39;"));
      }
  }
}
