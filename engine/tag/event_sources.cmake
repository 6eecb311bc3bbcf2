target_sources(crosscheck_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/event_tagger.cc ${CMAKE_CURRENT_LIST_DIR}/event_rules.cc)
