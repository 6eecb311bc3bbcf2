# Tests of the event trigger and cue tagger (engine/tag/event_tagger.*).
crosscheck_test(event_tagger_test ${CMAKE_CURRENT_LIST_DIR}/event_tagger_test.cc)
