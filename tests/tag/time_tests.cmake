crosscheck_test(time_test
  ${CMAKE_CURRENT_LIST_DIR}/time_test_util.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_tagger_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_rules_test.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_match_test.cc)
