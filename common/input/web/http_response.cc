#include "common/input/web/http_response.h"

#include <zlib.h>

#include <cctype>
#include <cstring>
#include <optional>

#include "common/base/text_util.h"

namespace rostra {
namespace {

struct Headers {
  std::string content_type;
  std::string transfer_encoding;
  std::string content_encoding;
};

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The body without chunked framing, or nullopt when it does not start with a chunk size.
// A body cut short keeps the chunks before the cut (and says so through `cut`).
std::optional<std::string> dechunk(std::string_view body, bool& cut) {
  std::string out;
  std::size_t pos = 0;
  cut = false;
  while (true) {
    std::size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) break;
    std::string_view line = trim(body.substr(pos, eol - pos));
    std::size_t digits = 0;
    while (digits < line.size() && is_hex(line[digits])) ++digits;
    if (digits == 0 || digits > 15 || (digits < line.size() && line[digits] != ';')) {
      if (pos == 0) return std::nullopt;
      break;
    }
    std::size_t size = std::stoull(std::string(line.substr(0, digits)), nullptr, 16);
    pos = eol + 1;
    if (size == 0) return out;
    if (size > body.size() - pos) {
      out.append(body.substr(pos));
      break;
    }
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n")
      pos += 2;
    else if (body.substr(pos, 1) == "\n")
      pos += 1;
  }
  if (pos == 0) return std::nullopt;
  cut = true;
  return out;
}

bool looks_compressed(std::string_view body, bool gzip) {
  if (body.size() < 2) return false;
  auto b0 = static_cast<unsigned char>(body[0]);
  auto b1 = static_cast<unsigned char>(body[1]);
  if (gzip) return b0 == 0x1F && b1 == 0x8B;
  // zlib-wrapped deflate: CM 8 and a header checksum; raw deflate has no signature, so an
  // HTML body ('<' or whitespace first) is taken as already decoded.
  if ((b0 & 0x0F) == 8 && (b0 * 256 + b1) % 31 == 0) return true;
  return b0 != '<' && std::isspace(b0) == 0;
}

// Inflates gzip, zlib or raw deflate data; false when it is not valid. Stops at `max`.
bool inflate_body(std::string_view in, std::size_t max, std::string& out, bool& cut) {
  for (int window : {15 + 32, -15}) {
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (inflateInit2(&z, window) != Z_OK) return false;
    out.clear();
    cut = false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    char buffer[1 << 15];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buffer);
      z.avail_out = sizeof buffer;
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(buffer, sizeof buffer - z.avail_out);
      if (out.size() > max) {
        out.resize(max);
        cut = true;
        break;
      }
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated: keep what came out
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END || cut || (rc == Z_BUF_ERROR && !out.empty())) return true;
  }
  return false;
}

// Reads the header lines; returns the reason they are broken, or empty.
std::string read_headers(std::string_view block, Headers& headers) {
  std::size_t pos = 0;
  for (int number = 1; pos < block.size(); ++number) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == ' ' || line.front() == '\t') continue;  // folded
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      return "broken HTTP header line " + std::to_string(number);
    }
    std::string name = ascii_lower(trim(line.substr(0, colon)));
    std::string value(trim(line.substr(colon + 1)));
    if (name == "content-type") headers.content_type = value;
    if (name == "transfer-encoding") headers.transfer_encoding = ascii_lower(value);
    if (name == "content-encoding") headers.content_encoding = ascii_lower(value);
  }
  return {};
}

std::string decode_content(const Headers& headers, std::size_t max_body, HttpResponse& out) {
  const std::string& coding = headers.content_encoding;
  if (coding.empty() || coding == "identity") return {};
  bool gzip = coding == "gzip" || coding == "x-gzip";
  if (!gzip && coding != "deflate") return "unsupported content coding '" + coding + "'";
  if (!looks_compressed(out.body, gzip)) {
    out.notes.push_back("Content-Encoding " + coding + " over a body already decoded");
    return {};
  }
  std::string decoded;
  bool cut = false;
  if (!inflate_body(out.body, max_body, decoded, cut)) return "cannot decode " + coding + " body";
  if (cut) out.notes.push_back("decoded body cut to " + std::to_string(max_body >> 20) + " MiB");
  out.body = std::move(decoded);
  return {};
}

}  // namespace

std::string parse_http_response(std::string_view message, std::size_t max_body, HttpResponse& out) {
  std::size_t end = message.find("\r\n\r\n");
  std::size_t body_at = end + 4;
  if (end == std::string_view::npos) {
    end = message.find("\n\n");
    body_at = end + 2;
  }
  if (end == std::string_view::npos) return "HTTP headers not terminated";
  std::size_t eol = message.find('\n');
  std::string_view status_line = trim(message.substr(0, eol));
  if (status_line.substr(0, 5) != "HTTP/" || status_line.size() < 12 ||
      status_line.find(' ') == std::string_view::npos) {
    return "broken HTTP status line";
  }
  std::string_view code = trim(status_line.substr(status_line.find(' ')));
  if (code.size() < 3 || code[0] < '1' || code[0] > '5' || !std::isdigit(code[1]) ||
      !std::isdigit(code[2])) {
    return "broken HTTP status line";
  }
  out.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  Headers headers;
  if (eol < end) {
    std::string broken = read_headers(message.substr(eol + 1, end - eol - 1), headers);
    if (!broken.empty()) return broken;
  }
  out.content_type = headers.content_type;
  std::string_view body = message.substr(std::min(body_at, message.size()));
  out.body.assign(body);
  if (headers.transfer_encoding.find("chunked") != std::string::npos) {
    bool cut = false;
    if (std::optional<std::string> plain = dechunk(body, cut)) {
      out.body = std::move(*plain);
      if (cut) out.notes.push_back("chunked body cut short");
    } else {
      out.notes.push_back("Transfer-Encoding chunked over a body already de-chunked");
    }
  }
  if (std::string error = decode_content(headers, max_body, out); !error.empty()) return error;
  if (out.body.size() > max_body) {
    out.body.resize(max_body);
    out.notes.push_back("body cut to " + std::to_string(max_body >> 20) + " MiB");
  }
  return {};
}

bool is_html_content_type(std::string_view content_type) {
  std::string type = ascii_lower(trim(content_type.substr(0, content_type.find(';'))));
  return type == "text/html" || type == "application/xhtml+xml";
}

}  // namespace rostra
