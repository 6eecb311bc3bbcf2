crosscheck_test(entity_test
  ${CMAKE_CURRENT_LIST_DIR}/entity_test_util.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_lexicon_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_en_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_uk_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_ru_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_it_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/entity_given_test.cc)
