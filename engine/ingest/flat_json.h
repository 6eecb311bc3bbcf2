// A fast path for the commonest JSONL record: one JSON object whose members all have string
// values, as {"id": "...", "title": "...", "text": "..."}. Such a line is read and unescaped in one
// pass over sixteen bytes at a time (where SSE2 is there), instead of through RapidJSON's reader,
// which after every escape ("\n" between paragraphs) goes back to reading one byte at a time until
// its next aligned block.
//
// The contract is RapidJSON's own: whenever ReadFlatObject says yes, RapidJSON's SAX reader, with
// util::kJsonParseFlags, reads the same line as StartObject, then Key and String for exactly these
// members with these (unescaped) values, in order, then EndObject, and nothing after. Anything
// else — another kind of value, a nested or empty object, a comment, a trailing comma, a "\u"
// escape, an escape in a key, a control byte, a syntax error — is a no, and the caller reads the
// line with RapidJSON as before (which also names the error). Bytes are not checked as UTF-8, as
// RapidJSON does not check them without kParseValidateEncodingFlag.
#ifndef CROSSCHECK_ENGINE_INGEST_FLAT_JSON_H_
#define CROSSCHECK_ENGINE_INGEST_FLAT_JSON_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::ingest {

struct FlatMember {
  std::string_view key, value;  // unescaped; views into the buffer given to ReadFlatObject
};

// Reads `line` as a flat object of string members into *members (cleared first), their keys and
// values unescaped into *buffer (grown as needed, its memory reused from call to call; the views
// are valid until the buffer is next changed). `line` itself is not changed. False when the line is
// not of that shape (members is then meaningless).
bool ReadFlatObject(std::string_view line, std::string* buffer, std::vector<FlatMember>* members);

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_FLAT_JSON_H_
