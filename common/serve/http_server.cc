#include "common/serve/http_server.h"

#include <httplib.h>

#include "common/base/errors.h"
#include "common/serve/api.h"
#include "common/serve/api_json.h"
#include "common/serve/assets.h"
#include "common/serve/bounded_task_queue.h"
#include "common/serve/connection_server.h"

namespace rostra {
namespace {

using httplib::Request;
using httplib::Response;

void set_json_error(Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(error_json(status, message), "application/json; charset=utf-8");
}

// Refuses what no endpoint takes, before cpp-httplib reads a body: 0.11 would read a
// chunked body without a size limit (CVE-2025-46728, fixed upstream in 0.20.1).
httplib::Server::HandlerResponse screen_request(const Request& req, Response& res) {
  if (req.method != "GET" && req.method != "HEAD") {
    res.set_header("Allow", "GET, HEAD");
    set_json_error(res, 405, "method " + req.method + " not allowed: the API is read-only");
    return httplib::Server::HandlerResponse::Handled;
  }
  if (req.has_header("Transfer-Encoding") ||
      (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0")) {
    set_json_error(res, 413, "request bodies are not accepted");
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

void serve_asset(const std::string& path, Response& res) {
  const EmbeddedAsset* asset = find_asset(path == "/" ? "/index.html" : path);
  if (!asset) {
    set_json_error(res, 404, "not found: " + path);
    return;
  }
  res.set_header("Cache-Control", "no-cache");
  res.set_content(asset->data.data(), asset->data.size(), std::string(asset->content_type).c_str());
}

void serve_api(Api& api, const Request& req, Response& res) {
  constexpr std::string_view kPrefix = "/api/v1/";
  ApiResponse answer = api.handle(std::string_view(req.path).substr(kPrefix.size()), req.params);
  res.status = answer.status;
  res.set_header("Cache-Control", "no-store");
  if (!answer.stream) {
    res.set_content(answer.body, answer.content_type.c_str());
    return;
  }
  res.set_header("Content-Disposition", "attachment; filename=\"" + answer.download_name + "\"");
  res.set_chunked_content_provider(answer.content_type, [stream = std::move(answer.stream)](
                                                            std::size_t, httplib::DataSink& sink) {
    std::string chunk;
    while (chunk.empty()) {
      if (!stream(chunk)) {
        if (!chunk.empty()) sink.write(chunk.data(), chunk.size());
        sink.done();
        return true;
      }
    }
    return sink.write(chunk.data(), chunk.size());
  });
}

}  // namespace

HttpServer::HttpServer(const ServeOptions& options) : options_(options) {
  if (!is_loopback_host(options_.host) && !options_.allow_remote) {
    throw UsageError("refusing to listen on " + options_.host +
                     ", which is not a loopback address: the API has no authentication; pass "
                     "--allow-remote to do it anyway");
  }
  api_ = std::make_unique<Api>(options_);
  server_ = std::make_unique<ConnectionServer>();
  httplib::Server& s = *server_;
  const std::size_t threads = options_.threads == 0 ? 1 : options_.threads;
  const std::size_t queued = options_.max_queued;
  s.new_task_queue = [threads, queued] { return new BoundedTaskQueue(threads, queued); };
  s.set_read_timeout(static_cast<time_t>(options_.read_timeout_s));
  s.set_write_timeout(static_cast<time_t>(options_.write_timeout_s));
  s.set_keep_alive_timeout(static_cast<time_t>(options_.keep_alive_timeout_s));
  s.set_keep_alive_max_count(options_.keep_alive_max == 0 ? 1 : options_.keep_alive_max);
  s.set_payload_max_length(options_.max_body_bytes);
  // Without TCP_NODELAY a small answer waits for the client's delayed ACK: every request
  // took 44 ms on loopback.
  s.set_tcp_nodelay(true);
  s.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                         {"X-Content-Type-Options", "nosniff"},
                         {"X-Frame-Options", "DENY"},
                         {"Referrer-Policy", "no-referrer"}});
  add_routes();
}

HttpServer::~HttpServer() = default;

void HttpServer::add_routes() {
  httplib::Server& s = *server_;
  s.set_pre_routing_handler(screen_request);
  Api& api = *api_;
  s.Get("/api/v1/.*", [&api](const Request& req, Response& res) { serve_api(api, req, res); });
  s.Get("/.*", [](const Request& req, Response& res) { serve_asset(req.path, res); });
  s.set_error_handler([](const Request& req, Response& res) {
    // cpp-httplib's own refusals (400, 413, 414) get a JSON body too.
    if (res.body.empty()) {
      set_json_error(res, res.status,
                     res.status == 414   ? "request line too long (at most 8 KiB)"
                     : res.status == 413 ? "request too large"
                     : res.status == 404 ? "not found: " + req.path
                                         : "bad request");
    }
  });
  s.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
    set_json_error(res, 500, "internal error");
  });
}

int HttpServer::bind() {
  if (options_.port == 0) {
    const int port = server_->bind_to_any_port(options_.host);
    if (port < 0) throw UsageError("cannot listen on " + options_.host);
    return port;
  }
  if (!server_->bind_to_port(options_.host, options_.port)) {
    throw UsageError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                     " (in use, or not an address of this machine)");
  }
  return options_.port;
}

void HttpServer::run() {
  server_->listen_after_bind();
}

void HttpServer::stop() {
  server_->stop();
  server_->wake_idle_connections();
}

}  // namespace rostra
