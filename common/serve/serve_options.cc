#include "common/serve/serve_options.h"

#include <thread>

namespace rostra {

std::size_t concurrent_searches(const ServeOptions& options) {
  if (options.searches != 0) return options.searches;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

bool is_loopback_host(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

}  // namespace rostra
