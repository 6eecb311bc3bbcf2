// A hand-built RunResult for the report tests: three events reported in four languages, a
// document-level anomaly, a skipped document and a hostile document whose outlet, id and sentence
// carry HTML/script injection payloads. `copies` repeats the events (with fresh ids) to build
// large reports (six findings per copy: copies = 834 gives 5,004 findings).
#ifndef CROSSCHECK_TESTS_REPORT_FIXTURE_H_
#define CROSSCHECK_TESTS_REPORT_FIXTURE_H_

#include <string>

#include "crosscheck/engine.h"

namespace crosscheck::testing {

// What a hostile article tries to run; the tests assert these never become markup.
inline constexpr const char* kScriptPayload = "<script>document.title='PWNED'</script>";
inline constexpr const char* kImgPayload = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";

RunResult MakeReportFixture(int copies = 1);

// Number of highlights in all claims of `r`.
size_t CountHighlights(const RunResult& r);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_REPORT_FIXTURE_H_
