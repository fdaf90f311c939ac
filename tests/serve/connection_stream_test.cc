// ConnectionStream over a socket pair: what it gathers, when it sends, how long it waits.
#include "common/serve/connection_stream.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>

namespace rostra {
namespace {

using std::chrono::milliseconds;

class ConnectionStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds_), 0);
    wake_ = eventfd(0, EFD_CLOEXEC);
    ASSERT_GE(wake_, 0);
  }
  void TearDown() override {
    for (int fd : {fds_[0], fds_[1], wake_}) {
      if (fd >= 0) close(fd);
    }
  }

  // Whether the client's end has bytes to read now.
  bool client_has_bytes() const {
    pollfd fd{fds_[1], POLLIN, 0};
    return poll(&fd, 1, 0) == 1;
  }
  // Everything the client's end has now, in one recv.
  std::string client_recv() const {
    std::string buffer(256 * 1024, '\0');
    const ssize_t n = recv(fds_[1], buffer.data(), buffer.size(), MSG_DONTWAIT);
    buffer.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return buffer;
  }
  void client_send(const std::string& bytes) const {
    ASSERT_EQ(send(fds_[1], bytes.data(), bytes.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(bytes.size()));
  }

  ConnectionTimeouts timeouts_{milliseconds(50), milliseconds(50), milliseconds(50)};
  int fds_[2] = {-1, -1};  ///< The server's end, the client's end.
  int wake_ = -1;
};

TEST_F(ConnectionStreamTest, HeadersAndBodyLeaveTogetherOnFlush) {
  ConnectionStream stream(fds_[0], wake_, timeouts_);
  ASSERT_EQ(stream.write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n", 38), 38);
  ASSERT_EQ(stream.write("body", 4), 4);
  EXPECT_FALSE(client_has_bytes());
  ASSERT_TRUE(stream.flush());
  EXPECT_EQ(client_recv(), "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody");
}

TEST_F(ConnectionStreamTest, SendsAStreamedAnswerOnceItPassesTheFlushSize) {
  ConnectionStream stream(fds_[0], wake_, timeouts_);
  const std::string part(ConnectionStream::kFlushBytes / 2, 'x');
  ASSERT_EQ(stream.write(part.data(), part.size()), static_cast<ssize_t>(part.size()));
  EXPECT_FALSE(client_has_bytes());
  ASSERT_EQ(stream.write(part.data(), part.size()), static_cast<ssize_t>(part.size()));
  EXPECT_TRUE(client_has_bytes());
}

TEST_F(ConnectionStreamTest, KeepsBytesReadAheadForTheNextRequest) {
  ConnectionStream stream(fds_[0], wake_, timeouts_);
  client_send("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n");
  ASSERT_TRUE(stream.wait_for_request());
  char first[19] = {};
  ASSERT_EQ(stream.read(first, 19), 19);
  EXPECT_EQ(std::string(first, 19), "GET /a HTTP/1.1\r\n\r\n");
  // The second request is already here: no wait for it.
  EXPECT_TRUE(stream.wait_for_request());
  char second[19] = {};
  ASSERT_EQ(stream.read(second, 19), 19);
  EXPECT_EQ(std::string(second, 19), "GET /b HTTP/1.1\r\n\r\n");
}

TEST_F(ConnectionStreamTest, SendsPendingOutputBeforeWaitingToRead) {
  // An interim answer ("100 Continue") must reach the client before the server waits
  // for the body that answer asks for.
  ConnectionStream stream(fds_[0], wake_, timeouts_);
  ASSERT_EQ(stream.write("HTTP/1.1 100 Continue\r\n\r\n", 25), 25);
  char byte;
  EXPECT_EQ(stream.read(&byte, 1), -1);  // nothing came within the read timeout
  EXPECT_EQ(client_recv(), "HTTP/1.1 100 Continue\r\n\r\n");
}

TEST_F(ConnectionStreamTest, ASilentClientTimesOutAndAWakeEndsTheWaitForARequest) {
  ConnectionStream stream(fds_[0], wake_, timeouts_);
  const auto started = std::chrono::steady_clock::now();
  EXPECT_FALSE(stream.wait_for_request());
  EXPECT_GE(std::chrono::steady_clock::now() - started, milliseconds(40));

  ConnectionStream waiting(fds_[0], wake_,
                           {milliseconds(50), milliseconds(50), milliseconds(60000)});
  const std::uint64_t one = 1;
  ASSERT_EQ(write(wake_, &one, sizeof one), static_cast<ssize_t>(sizeof one));
  const auto woken = std::chrono::steady_clock::now();
  EXPECT_FALSE(waiting.wait_for_request());
  EXPECT_LT(std::chrono::steady_clock::now() - woken, milliseconds(1000));
}

TEST_F(ConnectionStreamTest, AGoneClientIsAFailedWriteNotASignal) {
  ConnectionStream stream(fds_[0], wake_, timeouts_);
  close(fds_[1]);
  fds_[1] = -1;
  EXPECT_FALSE(stream.is_writable());
  ASSERT_EQ(stream.write("answer", 6), 6);  // gathered
  EXPECT_FALSE(stream.flush());             // EPIPE, without SIGPIPE
  EXPECT_EQ(stream.write("more", 4), -1);
}

}  // namespace
}  // namespace rostra
