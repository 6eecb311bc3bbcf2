target_sources(crosscheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/time_tagger.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_vocab.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_match.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_resolve.cc)
