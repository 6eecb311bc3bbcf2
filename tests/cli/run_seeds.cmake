# Runs the CLI on samples/seeds and checks that every file of the output contract is written and
# every input document is accounted for.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${BIN} run ${SRC}/samples/seeds --manifest ${SRC}/samples/seeds/manifest.json --out ${OUT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "crosscheck run exited ${rc}")
endif()
foreach(f claims.jsonl events.json findings.json report.html report.md graph.graphml summary.json)
  if(NOT EXISTS ${OUT}/${f})
    message(FATAL_ERROR "missing output ${f}")
  endif()
endforeach()
file(READ ${OUT}/summary.json summary)
string(JSON n GET "${summary}" totals processed)
if(NOT n EQUAL 5)
  message(FATAL_ERROR "expected 5 processed documents, got ${n}")
endif()
