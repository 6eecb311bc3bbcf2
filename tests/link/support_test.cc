// SortBySupport: values with more independent origins first, then more documents, more claims, and
// the value itself; a document counts once however its claims are spread over the value.
#include <catch2/catch.hpp>

#include <vector>

#include "engine/link/support.h"
#include "tests/link/claim_fixtures.h"

using namespace crosscheck;
using namespace crosscheck::testing;

TEST_CASE("values tied on independent origins are ordered by distinct documents, then claims", "[link]") {
  // One outlet (one origin) for every claim: "2024-06-25" is told by three documents in four claims
  // (d3's two claims are not adjacent), "2024-06-24" by two documents in four claims, "2024-06-26"
  // by two documents in two claims.
  std::vector<Claim> claims;
  auto add = [&](const std::string& doc, int n) {
    claims.push_back(MakeClaim(doc, n, "ria.ru", "ru", "call", {Austin(), Belousov()}, "2024-06-25"));
    return static_cast<ClaimRef>(claims.size() - 1);
  };
  SlotValue a, b, c;
  a.value = "2024-06-24";
  a.independent = 1;
  a.claims = {add("d1", 1), add("d2", 1), add("d1", 2), add("d2", 2)};  // 2 documents, 4 claims
  b.value = "2024-06-25";
  b.independent = 1;
  b.claims = {add("d3", 1), add("d4", 1), add("d3", 2), add("Донецьк-5", 1)};  // 3 documents, 4 claims
  c.value = "2024-06-26";
  c.independent = 1;
  c.claims = {add("d6", 1), add("d7", 1)};  // 2 documents, 2 claims
  std::vector<SlotValue> values = {c, a, b};
  link::SortBySupport(&values, claims);
  REQUIRE(values.size() == 3);
  CHECK(values[0].value == "2024-06-25");
  CHECK(values[1].value == "2024-06-24");
  CHECK(values[2].value == "2024-06-26");
  // More independent origins come before more documents.
  values[2].independent = 2;
  link::SortBySupport(&values, claims);
  CHECK(values[0].value == "2024-06-26");
}
