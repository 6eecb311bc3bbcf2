// Subcommands beyond `run` and `version`, each in its own file. Each Add* registers the
// subcommand on `app` and returns a callback that runs it (returns the process exit code).
#ifndef CROSSCHECK_ENGINE_CLI_COMMANDS_H_
#define CROSSCHECK_ENGINE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace crosscheck::cli {

using Command = std::function<int()>;

// `crosscheck rules test DIR...` and `crosscheck rules lint DIR...` (engine/cli/rules_command.cc).
Command AddRulesCommand(CLI::App& app);
// `crosscheck explain FINDING_ID --run DIR` (engine/cli/explain_command.cc).
Command AddExplainCommand(CLI::App& app);

}  // namespace crosscheck::cli

#endif  // CROSSCHECK_ENGINE_CLI_COMMANDS_H_
