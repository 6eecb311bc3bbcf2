# Finds every dependency (all Debian packages; scripts/setup installs them) and gives each one target.
find_package(Threads REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
find_package(spdlog REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(CLI11 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)

# RapidJSON's config only sets include dirs: wrap them in a target.
find_package(RapidJSON CONFIG REQUIRED)
if(NOT TARGET crosscheck::rapidjson)
  add_library(crosscheck::rapidjson INTERFACE IMPORTED)
  set_target_properties(crosscheck::rapidjson PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${RAPIDJSON_INCLUDE_DIRS}"
    INTERFACE_COMPILE_DEFINITIONS "RAPIDJSON_HAS_STDSTRING=1")
  # SSE2 is part of x86-64: RapidJSON then scans and copies strings 16 bytes at a time (reading
  # from a NUL-terminated buffer, see util::ParseJson). Set for every target, so every translation
  # unit instantiates RapidJSON the same way.
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set_property(TARGET crosscheck::rapidjson APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS RAPIDJSON_SSE2)
  endif()
endif()

# CLD2 ships no CMake or pkg-config file.
find_path(CLD2_INCLUDE_DIR compact_lang_det.h PATH_SUFFIXES cld2/public REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
if(NOT TARGET CLD2::cld2)
  add_library(CLD2::cld2 UNKNOWN IMPORTED)
  set_target_properties(CLD2::cld2 PROPERTIES IMPORTED_LOCATION "${CLD2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
endif()
