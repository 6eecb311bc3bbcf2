#include "engine/ingest/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>

#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::ingest {

namespace {

constexpr int kMaxDepth = 400;  // deeper markup is not article text (and would blow the stack)

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool AlwaysDropped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// 2: a paragraph (blank line around it); 1: a line of its own; 0: inline.
int BlockLevel(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_DL: case GUMBO_TAG_HR:
      return 2;
    case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TIME:
      return 1;
    default:
      return 0;
  }
}

// Appends text with HTML white-space collapsing and pending line breaks.
class TextBuilder {
 public:
  void Break(int level) { pending_ = std::max(pending_, level); }
  void Space() { space_ = true; }
  void Append(std::string_view t) {
    for (size_t i = 0; i < t.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      bool nbsp = c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
        space_ = true;
        if (nbsp) ++i;
        continue;
      }
      if (!out_.empty()) {
        if (pending_ > 0) out_.append(static_cast<size_t>(pending_), '\n');
        else if (space_) out_.push_back(' ');
      }
      pending_ = 0;
      space_ = false;
      out_.push_back(static_cast<char>(c));
    }
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  int pending_ = 0;
  bool space_ = false;
};

void CollectText(const GumboNode* n, std::string* out, int depth = 0) {
  if (depth > kMaxDepth) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    out->append(n->v.text.text);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
  if (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE) return;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) CollectText(static_cast<const GumboNode*>(ch.data[i]), out, depth + 1);
}

size_t TextLength(const GumboNode* n, int depth = 0) {
  if (depth > kMaxDepth) return 0;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) return std::strlen(n->v.text.text);
  if (n->type != GUMBO_NODE_ELEMENT) return 0;
  if (AlwaysDropped(n->v.element.tag)) return 0;
  size_t len = 0;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) len += TextLength(static_cast<const GumboNode*>(ch.data[i]), depth + 1);
  return len;
}

const GumboNode* FindFirst(const GumboNode* n, GumboTag tag, int depth) {
  if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (n->v.element.tag == tag) return n;
  if (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE) return nullptr;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i)
    if (const GumboNode* f = FindFirst(static_cast<const GumboNode*>(ch.data[i]), tag, depth + 1)) return f;
  return nullptr;
}

std::string Collapse(const std::string& s) {
  TextBuilder b;
  b.Append(s);
  return b.Take();
}

// The value of the first "datePublished" in JSON-LD text, found without a full parse (pages often
// carry JSON-LD that is not valid JSON).
std::string JsonLdDatePublished(std::string_view s) {
  size_t p = s.find("\"datePublished\"");
  if (p == std::string_view::npos) return "";
  p = s.find(':', p);
  if (p == std::string_view::npos) return "";
  p = s.find('"', p);
  if (p == std::string_view::npos) return "";
  size_t e = s.find('"', p + 1);
  if (e == std::string_view::npos || e - p > 64) return "";
  return std::string(s.substr(p + 1, e - p - 1));
}

class Walker {
 public:
  Walker(const std::unordered_set<std::string>& drop_words, HtmlPage* page) : drop_(drop_words), page_(page) {}

  void Run(const GumboOutput* out) {
    body_len_ = TextLength(out->root);
    if (const GumboNode* h1 = FindFirst(out->root, GUMBO_TAG_H1, 0)) {
      std::string s;
      CollectText(h1, &s);
      h1_ = Collapse(s);
    }
    Walk(out->document, 0);
    page_->text = text_.Take();
    std::string title = Collapse(title_);
    page_->title = !og_title_.empty() ? og_title_ : !h1_.empty() ? h1_ : title;
    // A headline dropped with a page header still belongs to the article: put it first.
    const std::string& head = !h1_.empty() ? h1_ : og_title_;
    if (!head.empty() && page_->text.find(head) == std::string::npos) page_->text = head + "\n\n" + page_->text;
    if (page_->published.empty()) page_->published = !time_in_article_.empty() ? time_in_article_ : time_any_;
    if (page_->url.empty()) page_->url = canonical_;
  }

 private:
  // An element whose class or id names furniture: a class item whose first or last part
  // ("comments-area", "social-share") is a furniture word. Never more than 40% of the page's
  // text: a "has-sidebar" class on the article's wrapper must not take the article with it.
  bool FurnitureByClass(const GumboNode* n) const {
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE) return false;
    bool hit = false;
    for (const char* name : {"class", "id"}) {
      const char* v = Attr(n, name);
      if (!v) continue;
      std::string s = Lower(v);
      size_t p = 0;
      while (p < s.size() && !hit) {
        size_t e = s.find(' ', p);
        if (e == std::string::npos) e = s.size();
        std::string item = s.substr(p, e - p);
        p = e + 1;
        if (item.empty()) continue;
        size_t a = item.find_first_of("-_"), b = item.find_last_of("-_");
        std::string first = item.substr(0, a), last = b == std::string::npos ? item : item.substr(b + 1);
        size_t parts = 1 + std::count_if(item.begin(), item.end(), [](char c) { return c == '-' || c == '_'; });
        if (parts <= 3 && (drop_.count(first) || drop_.count(last))) hit = true;
      }
    }
    if (!hit) return false;
    return TextLength(n) * 10 <= body_len_ * 4;
  }

  bool Hidden(const GumboNode* n) const {
    if (Attr(n, "hidden")) return true;
    const char* aria = Attr(n, "aria-hidden");
    if (aria && Lower(aria) == "true") return true;
    const char* style = Attr(n, "style");
    if (style) {
      std::string s = Lower(style);
      s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
      if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) return true;
    }
    const char* role = Attr(n, "role");
    if (role) {
      std::string r = Lower(role);
      for (const char* x : {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"})
        if (r == x) return true;
    }
    return false;
  }

  void Meta(const GumboNode* n) {
    const char* content = Attr(n, "content");
    const char* charset = Attr(n, "charset");
    if (charset) page_->charset = Lower(charset);
    const char* key = Attr(n, "property");
    if (!key) key = Attr(n, "name");
    if (!key) key = Attr(n, "itemprop");
    const char* equiv = Attr(n, "http-equiv");
    if (equiv && content && Lower(equiv) == "content-type") {
      std::string c = Lower(content);
      size_t p = c.find("charset=");
      if (p != std::string::npos) page_->charset = c.substr(p + 8);
    }
    if (!key || !content) return;
    std::string k = Lower(key);
    if (k == "og:title") og_title_ = Collapse(content);
    else if (k == "og:url") page_->url = content;
    else if (k == "og:site_name") page_->site_name = Collapse(content);
    else if (k == "article:published_time" || k == "og:published_time" || k == "datepublished" ||
             k == "pubdate" || k == "publishdate" || k == "publish-date" || k == "date" || k == "dc.date" ||
             k == "dc.date.issued" || k == "dcterms.created" || k == "sailthru.date" || k == "parsely-pub-date") {
      if (page_->published.empty()) page_->published = content;
    }
  }

  void Walk(const GumboNode* n, int depth) {
    if (depth > kMaxDepth) return;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& ch = n->v.document.children;
      for (unsigned i = 0; i < ch.length; ++i) Walk(static_cast<const GumboNode*>(ch.data[i]), depth + 1);
      return;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      text_.Append(n->v.text.text);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return;
    GumboTag t = n->v.element.tag;
    const GumboVector& ch = n->v.element.children;
    // Metadata, wherever it is (pages put <meta> and <time> in the body too).
    switch (t) {
      case GUMBO_TAG_HTML: {
        const char* lang = Attr(n, "lang");
        if (lang) page_->lang = Lower(std::string_view(lang).substr(0, std::string_view(lang).find_first_of("-_")));
        break;
      }
      case GUMBO_TAG_META: Meta(n); return;
      case GUMBO_TAG_LINK: {
        const char* rel = Attr(n, "rel");
        const char* href = Attr(n, "href");
        if (rel && href && Lower(rel) == "canonical") canonical_ = href;
        return;
      }
      case GUMBO_TAG_TITLE: if (title_.empty()) CollectText(n, &title_); return;
      case GUMBO_TAG_SCRIPT: {
        const char* type = Attr(n, "type");
        if (type && Lower(type) == "application/ld+json" && page_->published.empty() && ch.length > 0) {
          std::string js;
          for (unsigned i = 0; i < ch.length; ++i) {
            auto* c = static_cast<const GumboNode*>(ch.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) js += c->v.text.text;
          }
          page_->published = JsonLdDatePublished(js);
        }
        return;
      }
      case GUMBO_TAG_TIME: {
        const char* dt = Attr(n, "datetime");
        if (dt) {
          if (article_ > 0 && time_in_article_.empty()) time_in_article_ = dt;
          if (time_any_.empty()) time_any_ = dt;
        }
        break;
      }
      default: break;
    }
    if (t == GUMBO_TAG_HEAD) {  // only metadata in the head
      for (unsigned i = 0; i < ch.length; ++i) {
        auto* c = static_cast<const GumboNode*>(ch.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT) Walk(c, depth + 1);
      }
      return;
    }
    if (AlwaysDropped(t)) return;
    if ((t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER) && article_ == 0) return;
    if (Hidden(n) || FurnitureByClass(n)) return;
    const char* itemprop = Attr(n, "itemprop");
    if (itemprop && Lower(itemprop) == "datepublished" && page_->published.empty()) {
      const char* v = Attr(n, "datetime");
      if (!v) v = Attr(n, "content");
      if (v) page_->published = v;
    }
    bool scope = t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN;
    if (scope) ++article_;
    int level = BlockLevel(t);
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) text_.Space();
    if (level) text_.Break(level);
    for (unsigned i = 0; i < ch.length; ++i) Walk(static_cast<const GumboNode*>(ch.data[i]), depth + 1);
    if (level) text_.Break(level);
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) text_.Space();
    if (scope) --article_;
  }

  const std::unordered_set<std::string>& drop_;
  HtmlPage* page_;
  TextBuilder text_;
  size_t body_len_ = 0;
  int article_ = 0;
  std::string title_, og_title_, h1_, canonical_, time_in_article_, time_any_;
};

}  // namespace

Status HtmlExtractor::Load(const std::vector<std::string>& rule_roots) {
  auto files = util::RuleFiles(rule_roots, "ingest/html.json");
  if (!files.ok()) return files.status();
  for (const auto& path : *files) {
    rapidjson::Document d;
    Status s = util::ReadJsonFile(path, &d);
    if (!s.ok()) return s;
    for (const auto& w : util::GetStrings(d, "drop_class_words")) drop_class_words_.insert(Lower(w));
  }
  return Status::OK();
}

HtmlPage HtmlExtractor::Extract(std::string_view html) const {
  HtmlPage page;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (!out) return page;
  Walker w(drop_class_words_, &page);
  w.Run(out);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return page;
}

std::string DeclaredCharset(std::string_view html) {
  std::string head = Lower(html.substr(0, std::min<size_t>(html.size(), 4096)));
  size_t p = head.find("charset=");
  if (p == std::string::npos) return "";
  p += 8;
  while (p < head.size() && (head[p] == '"' || head[p] == '\'' || head[p] == ' ')) ++p;
  size_t e = p;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
  return head.substr(p, e - p);
}

}  // namespace crosscheck::ingest
