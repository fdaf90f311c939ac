#include "common/base/url.h"

#include <gtest/gtest.h>

namespace rostra {
namespace {

TEST(UrlHost, LowerCasesHostAndDropsWww) {
  EXPECT_EQ(url_host("https://WWW.TheMoscowTimes.com/2025/01/20/slug-a87671"),
            "themoscowtimes.com");
}

TEST(UrlHost, DropsUserInfoAndPort) {
  EXPECT_EQ(url_host("http://user:secret@Example.org:8080/path"), "example.org");
}

TEST(UrlHost, ReadsHostWithoutPath) {
  EXPECT_EQ(url_host("https://kremlin.ru"), "kremlin.ru");
}

TEST(UrlHost, StopsAtQueryOrFragment) {
  EXPECT_EQ(url_host("https://news.example?id=5"), "news.example");
  EXPECT_EQ(url_host("https://news.example#top"), "news.example");
}

TEST(UrlHost, KeepsSubdomains) {
  EXPECT_EQ(url_host("http://en.kremlin.ru/events/president"), "en.kremlin.ru");
}

TEST(UrlHost, IsEmptyWithoutSchemeAndHost) {
  EXPECT_EQ(url_host(""), "");
  EXPECT_EQ(url_host("kremlin.ru/events"), "");
  EXPECT_EQ(url_host("/2025/01/20/slug"), "");
  EXPECT_EQ(url_host("://host.example/x"), "");
}

}  // namespace
}  // namespace rostra
