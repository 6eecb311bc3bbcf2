target_sources(crosscheck_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/time_tagger.cc)
