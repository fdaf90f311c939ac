#include "common/input/web/http_response.h"

#include <gtest/gtest.h>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

constexpr std::size_t kMax = 1 << 20;

TEST(HttpResponse, DechunksAChunkedBody) {
  HttpResponse out;
  EXPECT_EQ(parse_http_response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Type: text/html\r\n\r\n5\r\n<p>ab\r\n4;x=1\r\ncd</\r\n"
                                "2\r\np>\r\n0\r\n\r\n",
                                kMax, out),
            "");
  EXPECT_EQ(out.status, 200);
  EXPECT_EQ(out.body, "<p>abcd</p>");
  EXPECT_TRUE(is_html_content_type(out.content_type));
}

TEST(HttpResponse, KeepsABodyAlreadyDechunkedUnderAChunkedHeader) {
  HttpResponse out;
  EXPECT_EQ(
      parse_http_response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>", kMax, out),
      "");
  EXPECT_EQ(out.body, "<html>");
  ASSERT_EQ(out.notes.size(), 1u);
}

TEST(HttpResponse, GunzipsAGzipBodyAndKeepsOneAlreadyDecoded) {
  HttpResponse out;
  std::string gz = test::gzip_compress("<html><p>hello</p></html>");
  EXPECT_EQ(parse_http_response("HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n" + gz, kMax, out), "");
  EXPECT_EQ(out.body, "<html><p>hello</p></html>");
  HttpResponse plain;
  EXPECT_EQ(
      parse_http_response("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n<html>", kMax, plain),
      "");
  EXPECT_EQ(plain.body, "<html>");
}

TEST(HttpResponse, ReportsBrokenMessages) {
  HttpResponse out;
  EXPECT_EQ(parse_http_response("GARBAGE\r\n\r\n", kMax, out), "broken HTTP status line");
  EXPECT_EQ(parse_http_response("HTTP/1.1 200 OK\r\nno colon here\r\n\r\nx", kMax, out),
            "broken HTTP header line 1");
  EXPECT_EQ(parse_http_response("HTTP/1.1 200 OK\r\nContent-Type: text/html", kMax, out),
            "HTTP headers not terminated");
  EXPECT_EQ(parse_http_response("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nx", kMax, out),
            "unsupported content coding 'br'");
  EXPECT_EQ(
      parse_http_response("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8bzz", kMax, out),
      "cannot decode gzip body");
}

}  // namespace
}  // namespace rostra
