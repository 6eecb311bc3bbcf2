#include "engine/analyse/analyser.h"

#include "engine/util/text.h"

namespace crosscheck::analyse {

Status Analyser::Load(const std::vector<std::string>& /*rule_roots*/) {
  // TODO(ingest): abbreviation lists; ICU sentence breaks.
  return Status::OK();
}

namespace {

bool EndsSentence(const std::vector<Token>& toks, size_t i) {
  const Token& t = toks[i];
  if (t.kind != TokenKind::kPunct) return false;
  if (t.key != "." && t.key != "!" && t.key != "?" && t.key != "…") return false;
  if (i + 1 >= toks.size()) return true;
  const Token& n = toks[i + 1];
  return n.space_before && (n.upper_initial || n.kind == TokenKind::kPunct);
}

}  // namespace

Analysis Analyser::Analyse(const Document& doc) const {
  Analysis a;
  for (const Span& body : doc.body) {
    size_t first = a.tokens.size();
    Tokenize(std::string_view(doc.text).substr(body.start, body.size()), static_cast<uint32_t>(body.start),
             &a.tokens);
    size_t s = first;
    for (size_t i = first; i < a.tokens.size(); ++i) {
      bool last = i + 1 == a.tokens.size();
      bool brk = last || EndsSentence(a.tokens, i) || a.tokens[i + 1].newline_before;
      if (!brk) continue;
      Sentence sent;
      sent.first_token = static_cast<uint32_t>(s);
      sent.end_token = static_cast<uint32_t>(i + 1);
      sent.span = {a.tokens[s].start, a.tokens[i].end};
      for (size_t k = s; k <= i; ++k) a.tokens[k].sentence = static_cast<uint32_t>(a.sentences.size());
      a.sentences.push_back(sent);
      s = i + 1;
    }
  }
  return a;
}

}  // namespace crosscheck::analyse
