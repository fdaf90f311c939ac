#pragma once
// Runs the real executables for end-to-end tests.

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace rostra::testing {

struct ProgramResult {
  int exit_status = -1;
  std::string out;
  std::string err;

  /// The stdout lines that contain `needle`.
  std::vector<std::string> lines_with(const std::string& needle) const {
    std::vector<std::string> found;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
      if (line.find(needle) != std::string::npos) found.push_back(line);
    }
    return found;
  }
};

/// Single-quotes `arg` for /bin/sh.
inline std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

/// Runs `program` with `args`, capturing stdout and stderr.
inline ProgramResult run_program(const std::string& program, const std::vector<std::string>& args) {
  std::string err_path = "/tmp/rostra-stderr-XXXXXX";
  int fd = mkstemp(err_path.data());
  if (fd >= 0) close(fd);
  std::string command = shell_quote(program);
  for (const std::string& arg : args) command += " " + shell_quote(arg);
  command += " 2>" + shell_quote(err_path);
  ProgramResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
    result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  std::stringstream err_text;
  err_text << err.rdbuf();
  result.err = err_text.str();
  std::remove(err_path.c_str());
  return result;
}

}  // namespace rostra::testing
