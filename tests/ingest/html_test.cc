// HTML pages: parsed with Gumbo, scripts/nav/footer/forms dropped, block structure kept as lines,
// entities decoded, metadata (title, published, url, site) taken from the head.
#include <catch2/catch.hpp>

#include "engine/ingest/html_text.h"
#include "ingest_test_util.h"

using namespace crosscheck;
using crosscheck::testing::CleanText;
using crosscheck::testing::InBody;
using crosscheck::testing::TouchesBody;

namespace {
const char* kPage = R"(<!DOCTYPE html>
<html lang="uk-UA">
<head>
  <meta charset="utf-8">
  <title>Умєров поговорив з Остіном | Новини Приклад</title>
  <meta property="og:title" content="Умєров поговорив з Остіном">
  <meta property="og:url" content="https://www.news-example.com.ua/war/umerov-austin-123">
  <meta property="og:site_name" content="Новини Приклад">
  <meta property="article:published_time" content="2024-06-26T09:15:00+03:00">
  <style>.x { color: red }</style>
  <script>var tracking = "Читайте також";</script>
</head>
<body class="single-post has-sidebar">
  <header class="site-header"><a href="/">Новини Приклад</a><nav><ul><li>Головна</li><li>Політика</li></ul></nav></header>
  <div class="breadcrumbs">Головна &raquo; Війна</div>
  <main>
    <article>
      <h1>Умєров поговорив з Остіном</h1>
      <time datetime="2024-06-26">26 червня 2024</time>
      <p>Міністр оборони України Рустем Умєров провів телефонну розмову з главою Пентагону Ллойдом&nbsp;Остіном. Сторони обговорили &laquo;пакет допомоги&raquo; та&nbsp;постачання ППО.</p>
      <p>За словами Умєрова, США підтвердили<br>нові поставки снарядів &amp; ракет.</p>
      <div class="share-buttons">Поділитися: Facebook Telegram</div>
      <ul><li>Перший пункт домовленостей.</li><li>Другий пункт домовленостей.</li></ul>
    </article>
    <section class="comments">
      <h3>Коментарі</h3>
      <form><textarea>Ваш коментар</textarea><button>Надіслати</button></form>
      <p>Читач Іван: чудова новина, дякую редакції за оперативність і якість матеріалу!</p>
    </section>
  </main>
  <aside><h3>Популярне</h3><p>Кабмін ухвалив нове рішення щодо бронювання працівників.</p></aside>
  <footer>© 2024 Новини Приклад. Усі права захищені.</footer>
  <noscript>Увімкніть JavaScript</noscript>
  <svg><text>Created with Sketch.</text></svg>
</body></html>)";
}  // namespace

TEST_CASE("HTML: article text kept, scripts, nav, forms, comments, aside and footer dropped", "[html]") {
  Document d = CleanText(kPage, true, "page");
  CHECK(InBody(d, "Умєров поговорив з Остіном"));
  CHECK(InBody(d, "з главою Пентагону Ллойдом Остіном."));  // &nbsp; became a space
  CHECK(InBody(d, "Сторони обговорили «пакет допомоги» та постачання ППО."));  // entities decoded
  CHECK(InBody(d, "Перший пункт домовленостей."));
  CHECK(InBody(d, "нові поставки снарядів & ракет."));
  for (const char* f : {"tracking", "color", "Головна", "Політика", "Поділитися", "Ваш коментар", "Читач Іван",
                        "Кабмін ухвалив", "Усі права захищені", "JavaScript", "Created with Sketch"})
    CHECK(d.text.find(f) == std::string::npos);
}

TEST_CASE("HTML: block elements become lines, <br> a line break", "[html]") {
  crosscheck::ingest::HtmlExtractor x;
  auto page = x.Extract("<div>Один</div><div>Два <b>три</b></div><p>Чотири<br>п'ять</p><span>шість</span>");
  CHECK(page.text == "Один\nДва три\n\nЧотири\nп'ять\n\nшість");
}

TEST_CASE("HTML: metadata from the head fills url, outlet, title, published and lang", "[html]") {
  Document d = CleanText(kPage, true, "page");
  CHECK(d.title == "Умєров поговорив з Остіном");
  CHECK(d.url == "https://www.news-example.com.ua/war/umerov-austin-123");
  CHECK(d.outlet == "news-example.com.ua");
  REQUIRE(d.published.has_value());
  CHECK(d.published->ToIso() == "2024-06-26");
  CHECK(d.published_method == "html");
  CHECK(d.lang == "uk");
}

TEST_CASE("HTML: <time datetime>, canonical link and JSON-LD are metadata too", "[html]") {
  crosscheck::ingest::HtmlExtractor x;
  auto a = x.Extract(R"(<html><head><link rel="canonical" href="https://ansa.it/a/b.html"></head>
      <body><article><time datetime="2024-02-14T10:00">14 febbraio</time><p>Testo.</p></article></body></html>)");
  CHECK(a.url == "https://ansa.it/a/b.html");
  CHECK(a.published == "2024-02-14T10:00");
  auto b = x.Extract(R"(<html><head><script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-10-23T18:00:00Z"}
      </script></head><body><p>Text.</p></body></html>)");
  CHECK(b.published == "2022-10-23T18:00:00Z");
}

TEST_CASE("HTML: a headline inside a dropped page header is put back first", "[html]") {
  Document d = CleanText(
      "<html><body><header><h1>Austin and Belousov speak by phone</h1><nav>Home World</nav></header>"
      "<p>The U.S. and Russian defense chiefs spoke on Friday, the Pentagon said in a short statement.</p>"
      "</body></html>",
      true, "h");
  CHECK(InBody(d, "Austin and Belousov speak by phone"));
  CHECK(d.text.find("Home World") == std::string::npos);
}

TEST_CASE("HTML: a class word never drops the article's own wrapper", "[html]") {
  crosscheck::ingest::HtmlExtractor x;
  x.AddDropClassWord("sidebar");
  auto page = x.Extract(
      "<body><div class=\"content has-sidebar\"><p>The whole article text is here and it is long enough "
      "to be most of the page.</p></div><div class=\"sidebar\">Menu</div></body>");
  CHECK(page.text.find("The whole article text") != std::string::npos);
  CHECK(page.text.find("Menu") == std::string::npos);
}

TEST_CASE("HTML: a .txt file holding a whole HTML page is parsed as HTML", "[html]") {
  Document d = CleanText("<!DOCTYPE html><html><body><script>x=1</script><p>Ministers spoke on Friday.</p></body></html>");
  CHECK(InBody(d, "Ministers spoke on Friday."));
  CHECK(d.text.find("x=1") == std::string::npos);
}
