// Message templates: "{outlets} agree that {event} took place on {consensus}". Placeholders are
// checked when a rule is loaded (an unknown one is an error) and filled per finding.
#ifndef CROSSCHECK_ENGINE_VERIFY_MESSAGE_H_
#define CROSSCHECK_ENGINE_VERIFY_MESSAGE_H_

#include <map>
#include <string>
#include <vector>

namespace crosscheck::verify {

// Every placeholder a message may use, with what it becomes (rules/README.md lists them).
const std::map<std::string, std::string>& KnownPlaceholders();

struct PlaceholderUse {
  std::string name;
  size_t offset = 0;  // byte offset of "{" in the template
};
// The placeholders of a template, in order. "{{" and "}}" are literal braces.
std::vector<PlaceholderUse> Placeholders(const std::string& tmpl);

// Fills a template; unknown names (which a loaded rule never has) are left as written.
std::string Render(const std::string& tmpl, const std::map<std::string, std::string>& values);

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_MESSAGE_H_
