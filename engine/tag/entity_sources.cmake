target_sources(crosscheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/entity_tagger.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_collect.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_names.cc
  ${CMAKE_CURRENT_LIST_DIR}/given_names.cc
  ${CMAKE_CURRENT_LIST_DIR}/lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/lexicon_parse.cc
  ${CMAKE_CURRENT_LIST_DIR}/name_index.cc)
