#pragma once
// Drives Debian's headless Chromium over the Chrome DevTools Protocol on a pipe
// (--remote-debugging-pipe: commands on fd 3, answers on fd 4, each message ended by a NUL
// byte), so page tests need no WebSocket client. Every wait is bounded in time.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/base/json_writer.h"
#include "tests/support/test_support.h"

namespace rostra::testing {

/// The Chromium binary, or "" when it is not installed (page tests then skip).
inline std::string chromium_path() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return "";
}

/// One headless Chromium with one page. Not thread-safe.
class HeadlessChromium {
 public:
  /// Starts `binary` with a window of `width` x `height` CSS pixels. Throws
  /// std::runtime_error when it cannot start or does not answer within 30 s.
  HeadlessChromium(const std::string& binary, int width, int height) {
    int to_browser[2];
    int from_browser[2];
    if (pipe(to_browser) != 0 || pipe(from_browser) != 0) throw std::runtime_error("pipe failed");
    const std::string profile = "--user-data-dir=" + profile_.path().string();
    const std::string window =
        "--window-size=" + std::to_string(width) + "," + std::to_string(height);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(to_browser[0], 3);
      dup2(from_browser[1], 4);
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 1);
      dup2(null, 2);
      execl(binary.c_str(), binary.c_str(), "--headless=new", "--no-sandbox", "--disable-gpu",
            "--remote-debugging-pipe", "--no-first-run", "--disable-extensions",
            "--hide-scrollbars", profile.c_str(), window.c_str(), "about:blank",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(to_browser[0]);
    close(from_browser[1]);
    out_ = to_browser[1];
    in_ = from_browser[0];
    simdjson::dom::parser parser;
    std::string targets = call("Target.getTargets", "{}");
    simdjson::dom::element doc = parser.parse(targets);
    std::string target;
    for (simdjson::dom::element info : simdjson::dom::array(doc["result"]["targetInfos"])) {
      if (std::string_view(info["type"]) == "page")
        target = std::string(std::string_view(info["targetId"]));
    }
    if (target.empty()) throw std::runtime_error("chromium has no page: " + targets);
    std::string attached = call("Target.attachToTarget",
                                JsonObject().add("targetId", target).add("flatten", true).str());
    session_ = std::string(std::string_view(parser.parse(attached)["result"]["sessionId"]));
    call("Page.enable", "{}", session_);
    call("Runtime.enable", "{}", session_);
  }

  ~HeadlessChromium() {
    if (out_ >= 0) close(out_);
    if (in_ >= 0) close(in_);
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      for (int i = 0; i < 50 && waitpid(pid_, nullptr, WNOHANG) == 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  /// Sends a command and returns its answer (the whole JSON message). Events that come
  /// before it are dropped. Throws std::runtime_error after 30 s without an answer.
  std::string call(const std::string& method, const std::string& params,
                   const std::string& session = "") {
    const int id = ++last_id_;
    JsonObject message;
    message.add("id", id).add("method", method).add_raw("params", params);
    if (!session.empty()) message.add("sessionId", session);
    std::string text = message.str();
    text.push_back('\0');
    if (write(out_, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
      throw std::runtime_error("cannot write to chromium");
    }
    const std::string marker = "{\"id\":" + std::to_string(id) + ",";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
      std::string reply = next_message(deadline);
      if (reply.rfind(marker, 0) == 0) return reply;
    }
  }

  /// Loads `url` in the page.
  void navigate(const std::string& url) {
    call("Page.navigate", JsonObject().add("url", url).str(), session_);
  }

  /// The value of JavaScript `expression` in the page, as JSON text.
  std::string evaluate(const std::string& expression) {
    std::string reply = call("Runtime.evaluate",
                             JsonObject()
                                 .add("expression", "JSON.stringify(" + expression + ")")
                                 .add("returnByValue", true)
                                 .add("awaitPromise", true)
                                 .str(),
                             session_);
    simdjson::dom::element doc = parser_.parse(reply);
    simdjson::dom::element value;
    if (doc["result"]["result"]["value"].get(value) != simdjson::SUCCESS) return "null";
    std::string_view text;
    if (value.get(text) != simdjson::SUCCESS) return "null";
    return std::string(text);
  }

  /// Waits (up to `seconds`) until `condition` is true in the page.
  bool wait_for(const std::string& condition, int seconds = 15) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      if (evaluate("Boolean(" + condition + ")") == "true") return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }

  /// Sets the page's viewport to `width` x `height` CSS pixels (a phone: 390 x 844).
  void set_viewport(int width, int height) {
    call("Emulation.setDeviceMetricsOverride",
         JsonObject()
             .add("width", width)
             .add("height", height)
             .add("deviceScaleFactor", 1)
             .add("mobile", width < 600)
             .str(),
         session_);
  }

  /// Writes a PNG of the page as it is now to `path`.
  void screenshot(const std::filesystem::path& path) {
    std::string reply = call("Page.captureScreenshot", "{\"format\":\"png\"}", session_);
    simdjson::dom::element doc = parser_.parse(reply);
    std::string_view data = doc["result"]["data"];
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << base64_decode(data);
  }

 private:
  std::string next_message(std::chrono::steady_clock::time_point deadline) {
    for (;;) {
      std::size_t end = buffer_.find('\0');
      if (end != std::string::npos) {
        std::string message = buffer_.substr(0, end);
        buffer_.erase(0, end + 1);
        return message;
      }
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) throw std::runtime_error("chromium did not answer in time");
      pollfd fd{in_, POLLIN, 0};
      if (poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
      char chunk[65536];
      ssize_t n = read(in_, chunk, sizeof chunk);
      if (n <= 0) throw std::runtime_error("chromium closed its pipe");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  static std::string base64_decode(std::string_view in) {
    auto value = [](char c) -> int {
      if (c >= 'A' && c <= 'Z') return c - 'A';
      if (c >= 'a' && c <= 'z') return c - 'a' + 26;
      if (c >= '0' && c <= '9') return c - '0' + 52;
      if (c == '+') return 62;
      if (c == '/') return 63;
      return -1;
    };
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (char c : in) {
      const int v = value(c);
      if (v < 0) continue;
      bits = (bits << 6) | static_cast<unsigned>(v);
      count += 6;
      if (count >= 8) {
        count -= 8;
        out.push_back(static_cast<char>((bits >> count) & 0xFF));
      }
    }
    return out;
  }

  test::TempDir profile_;
  pid_t pid_ = -1;
  int out_ = -1;
  int in_ = -1;
  int last_id_ = 0;
  std::string session_;
  std::string buffer_;
  simdjson::dom::parser parser_;
};

}  // namespace rostra::testing
