crosscheck_test(entity_test
  ${CMAKE_CURRENT_LIST_DIR}/entity_test_util.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_lexicon_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_en_test.cc)
