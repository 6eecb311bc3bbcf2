// TuneAllocator(): settings of the process allocator for long batch runs, made once at start-up.
//
// With mimalloc (linked into the crosscheck binary when found, see CMakeLists.txt) a run over 100k
// documents page-faults ~180k times, mostly memory mimalloc handed back to the OS moments before
// and touches again: the document phase frees each document's tokens, tags and drafts, and the result
// vectors grow by reallocation. Asking for transparent huge pages (2 MiB; the kernel's THP setting
// "madvise" or "always") and keeping freed memory committed for a second cuts that to ~20k faults and
// the run's system time by about a third, for ~5% more peak RSS. A MIMALLOC_* variable in the
// environment still wins over these defaults. Without mimalloc this does nothing.
#pragma once

namespace crosscheck::cli {

void TuneAllocator();

}  // namespace crosscheck::cli
