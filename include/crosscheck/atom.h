// Atom: an interned, immutable string. Every distinct value is stored once for the life of the
// process and an Atom is a pointer to it, so a field that takes few distinct values across a run
// (outlet, language, event type, side code, office id, slot name, canonical person name) costs
// 8 bytes instead of a std::string's 32 plus a heap block — at a million documents, gigabytes.
//
// It reads like a const std::string: it converts to `const std::string&` and `std::string_view`,
// compares with strings and string literals by content, and is assigned from them:
//
//   claim.type = "call";  if (claim.type == "call") ...;  std::string_view v = claim.type;
//
// Equality of two Atoms is a pointer comparison; ordering is by content (so sorted output does not
// depend on interning order). Interning is thread-safe; values are never freed, so use Atom only for
// values drawn from a bounded vocabulary (ids of documents or claims are not).
#ifndef CROSSCHECK_ATOM_H_
#define CROSSCHECK_ATOM_H_

#include <compare>
#include <concepts>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace crosscheck {

class Atom {
 public:
  Atom() noexcept : p_(&Empty()) {}
  Atom(std::string_view s) : p_(Intern(s)) {}  // NOLINT: implicit, like a string
  Atom(const char* s) : Atom(std::string_view(s)) {}
  Atom(const std::string& s) : Atom(std::string_view(s)) {}

  const std::string& str() const noexcept { return *p_; }
  std::string_view view() const noexcept { return *p_; }
  operator const std::string&() const noexcept { return *p_; }  // NOLINT
  operator std::string_view() const noexcept { return *p_; }    // NOLINT

  bool empty() const noexcept { return p_->empty(); }
  size_t size() const noexcept { return p_->size(); }
  const char* data() const noexcept { return p_->data(); }
  const char* c_str() const noexcept { return p_->c_str(); }
  std::string::const_iterator begin() const noexcept { return p_->begin(); }
  std::string::const_iterator end() const noexcept { return p_->end(); }
  void clear() noexcept { p_ = &Empty(); }

  friend bool operator==(const Atom& a, const Atom& b) noexcept { return a.p_ == b.p_; }
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) noexcept {
    return a.p_ == b.p_ ? std::strong_ordering::equal : a.str().compare(b.str()) <=> 0;
  }
  // With anything string-like, by content.
  template <class T>
    requires(!std::same_as<T, Atom> && std::convertible_to<const T&, std::string_view>)
  friend bool operator==(const Atom& a, const T& b) noexcept {
    return a.view() == std::string_view(b);
  }
  template <class T>
    requires(!std::same_as<T, Atom> && std::convertible_to<const T&, std::string_view>)
  friend std::strong_ordering operator<=>(const Atom& a, const T& b) noexcept {
    return a.view().compare(std::string_view(b)) <=> 0;
  }

  // Identity for hashing: equal atoms have equal addresses.
  const void* id() const noexcept { return p_; }

 private:
  static const std::string& Empty() noexcept;
  static const std::string* Intern(std::string_view s);
  const std::string* p_;
};

std::ostream& operator<<(std::ostream& os, const Atom& a);

inline std::string operator+(const Atom& a, std::string_view b) { return std::string(a.view()).append(b); }
inline std::string operator+(std::string_view a, const Atom& b) { return std::string(a).append(b.view()); }

}  // namespace crosscheck

template <>
struct std::hash<crosscheck::Atom> {
  size_t operator()(const crosscheck::Atom& a) const noexcept { return std::hash<const void*>()(a.id()); }
};

#endif  // CROSSCHECK_ATOM_H_
