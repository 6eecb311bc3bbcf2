#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "crosscheck/atom.h"
#include "crosscheck/claim.h"

using crosscheck::Atom;

TEST_CASE("Equal values intern to one copy; different values stay different", "[atom]") {
  std::string built = std::string("ru.") + "defence_minister";
  Atom a = "ru.defence_minister";
  Atom b = built;
  CHECK(a == b);
  CHECK(a.id() == b.id());
  CHECK(&a.str() == &b.str());
  Atom c = "ua.defence_minister";
  CHECK(a != c);
  CHECK(Atom() == Atom(""));
  CHECK(Atom().empty());
  CHECK_FALSE(a.empty());
  CHECK(a.size() == built.size());
}

TEST_CASE("An atom compares with strings and literals by content, in either order", "[atom]") {
  Atom type = "дзвінок";
  CHECK(type == "дзвінок");
  CHECK("дзвінок" == type);
  CHECK(type == std::string("дзвінок"));
  CHECK(std::string_view("дзвінок") == type);
  CHECK(type != "зустріч");
  CHECK(Atom("Austin") < Atom("Lavrov"));
  CHECK(Atom("Austin") < std::string("Lavrov"));
  std::string_view v = type;
  const std::string& s = type;
  CHECK(v == s);
  CHECK(type + " Шойгу" == "дзвінок Шойгу");
}

TEST_CASE("Sorting atoms orders them by content, not by when they were interned", "[atom]") {
  std::vector<Atom> v = {Atom("zz-late-outlet.it"), Atom("aa-early-outlet.ru"), Atom("mm-outlet.ua")};
  std::sort(v.begin(), v.end());
  CHECK(v[0] == "aa-early-outlet.ru");
  CHECK(v[2] == "zz-late-outlet.it");
  std::set<Atom> s(v.begin(), v.end());
  CHECK(s.count(Atom("mm-outlet.ua")) == 1);
  std::map<std::string, int> by_name;
  by_name[v[1]] = 3;  // converts to the key type
  CHECK(by_name.at("mm-outlet.ua") == 3);
}

TEST_CASE("Threads interning the same values get the same atoms", "[atom]") {
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) words.push_back("outlet-" + std::to_string(i) + ".example");
  std::vector<const void*> first(words.size()), second(words.size());
  auto intern = [&](std::vector<const void*>* out) {
    for (size_t i = 0; i < words.size(); ++i) (*out)[i] = Atom(words[i]).id();
  };
  std::thread t1(intern, &first), t2(intern, &second);
  t1.join();
  t2.join();
  CHECK(first == second);
  CHECK(std::set<const void*>(first.begin(), first.end()).size() == words.size());
}

TEST_CASE("Claim fields that are atoms read and assign like strings", "[atom]") {
  crosscheck::Claim c;
  CHECK(c.role == "main");
  c.type = "call";
  c.participants.push_back({"Lloyd Austin", "US", "Остіним", "name", "us.defence_secretary"});
  CHECK(c.type == "call");
  CHECK(c.participants[0].side == "US");
  CHECK(c.ParticipantNames() == std::vector<std::string>{"Lloyd Austin"});
}

TEST_CASE("Re-interning on one thread gives the pool's atom, whatever the thread has cached", "[atom]") {
  // More values than a thread keeps at hand, so most share a cache entry with others: each must
  // still come back as itself (Ukrainian, Russian and Italian office ids of the lexicon's shape).
  std::vector<std::string> values;
  for (const char* stem : {"ua.міністр_оборони_", "ru.министр_обороны_", "it.ministro_della_difesa_"})
    for (int i = 0; i < 400; ++i) values.push_back(stem + std::to_string(i));
  std::vector<const void*> first;
  for (const auto& v : values) first.push_back(Atom(v).id());
  for (size_t round = 0; round < 2; ++round) {
    for (size_t i = values.size(); i-- > 0;) {
      Atom a(std::string_view(values[i]));
      CHECK(a.id() == first[i]);
      CHECK(a == values[i]);
    }
  }
  CHECK(std::set<const void*>(first.begin(), first.end()).size() == values.size());
}
