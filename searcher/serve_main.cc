// rostra-serve: the JSON API and the search page over a Rostra database. See docs/SERVER.md.
#include <signal.h>

#include <iostream>
#include <thread>

#include "common/base/errors.h"
#include "common/cli/cli_options.h"
#include "common/serve/http_server.h"

namespace po = boost::program_options;

namespace {

// "HOST:PORT", "[V6]:PORT" or "PORT" into `options`.
void parse_listen(const std::string& listen, rostra::ServeOptions& options) {
  const std::size_t colon = listen.rfind(':');
  std::string host = colon == std::string::npos ? options.host : listen.substr(0, colon);
  const std::string port = colon == std::string::npos ? listen : listen.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  try {
    std::size_t used = 0;
    options.port = std::stoi(port, &used);
    if (used != port.size() || options.port < 0 || options.port > 65535)
      throw std::out_of_range("");
  } catch (const std::logic_error&) {
    throw rostra::UsageError("--listen takes HOST:PORT, not '" + listen + "'");
  }
  options.host = host;
}

}  // namespace

int main(int argc, char** argv) {
  rostra::CommonOptions common;
  rostra::ServeOptions options;
  std::string listen = "127.0.0.1:8080";
  po::options_description serve("Server options");
  serve.add_options()("listen", po::value(&listen)->default_value(listen),
                      "HOST:PORT to listen on (port 0: any free port)")(
      "allow-remote", po::bool_switch(&options.allow_remote),
      "allow listening on an address other than loopback (the API has no authentication)")(
      "threads", po::value(&options.threads)->default_value(options.threads),
      "connections served at once (a keep-alive client holds one)")(
      "searches", po::value(&options.searches)->default_value(0),
      "requests worked on at once, the others wait in turn (0: one per core)")(
      "search-timeout-ms", po::value(&options.search_timeout_ms)->default_value(3000),
      "cut off a search running longer than this");
  po::options_description visible;
  visible.add(common_option_group(common)).add(serve);
  return rostra::run_with_exit_status("rostra-serve", [&] {
    po::variables_map vm;
    if (!rostra::parse_command_line(argc, argv, "usage: rostra-serve --db DIR [--listen HOST:PORT]",
                                    visible, "unused", vm)) {
      return static_cast<int>(rostra::kExitOk);
    }
    if (vm.count("unused")) throw rostra::UsageError("rostra-serve takes no positional arguments");
    if (common.db_path.empty()) throw rostra::UsageError("--db is required");
    parse_listen(listen, options);
    rostra::resolve_table_paths(common);
    options.db_path = common.db_path;
    options.outlets_path = common.outlets_path;
    options.speakers_path = common.speakers_path;
    // SIGINT and SIGTERM stop the server from a thread of their own; every thread started
    // from here on inherits the blocked mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    rostra::HttpServer server(options);
    const int port = server.bind();
    const std::string shown =
        options.host.find(':') == std::string::npos ? options.host : "[" + options.host + "]";
    std::cout << "rostra-serve: serving " << options.db_path << " at http://" << shown << ":"
              << port << "/" << std::endl;
    std::thread stopper([&] {
      int signal = 0;
      sigwait(&signals, &signal);
      server.stop();
    });
    server.run();
    // run() can also end without a signal (the socket failed): wake the stopper.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    return static_cast<int>(rostra::kExitOk);
  });
}
