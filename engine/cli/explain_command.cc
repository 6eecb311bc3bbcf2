#include "engine/cli/commands.h"

namespace crosscheck::cli {

Command AddExplainCommand(CLI::App& app) {
  auto* sub = app.add_subcommand("explain", "(not yet implemented)");
  return [sub]() { return sub->parsed() ? 2 : 0; };  // TODO
}

}  // namespace crosscheck::cli
