#include "engine/cli/allocator.h"

#ifdef CROSSCHECK_WITH_MIMALLOC
#include <mimalloc.h>

#include <cstdlib>
#endif

namespace crosscheck::cli {

void TuneAllocator() {
#ifdef CROSSCHECK_WITH_MIMALLOC
  // Only where the user has not chosen: MIMALLOC_<NAME> is read by mimalloc itself.
  auto set = [](mi_option_t option, const char* env, long value) {
    if (std::getenv(env) == nullptr) mi_option_set(option, value);
  };
  set(mi_option_large_os_pages, "MIMALLOC_LARGE_OS_PAGES", 1);
  set(mi_option_decommit_delay, "MIMALLOC_DECOMMIT_DELAY", 1000);  // milliseconds
#endif
}

}  // namespace crosscheck::cli
