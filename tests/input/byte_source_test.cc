#include "common/input/byte_source.h"

#include <gtest/gtest.h>

#include <string>

#include "common/base/errors.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::contains;
using test::gzip_compress;
using test::noisy_text;
using test::read_all;
using test::TempDir;
using test::zstd_compress;

// Reads `source` until it throws StreamDamage; returns what was delivered before.
std::string read_until_damage(ByteSource& source, bool& damaged) {
  std::string out;
  damaged = false;
  char buffer[4096];
  try {
    while (std::size_t n = source.read(buffer, sizeof buffer)) out.append(buffer, n);
  } catch (const StreamDamage&) {
    damaged = true;
  }
  return out;
}

TEST(ByteSource, ReadsPlainFile) {
  TempDir dir;
  auto path = dir.write("plain.txt", "line one\nline two\n");
  auto source = open_byte_source(path);
  EXPECT_EQ(source->compression(), Compression::kNone);
  EXPECT_EQ(read_all(*source), "line one\nline two\n");
}

TEST(ByteSource, ReadsEmptyFile) {
  TempDir dir;
  auto source = open_byte_source(dir.write("empty.txt", ""));
  EXPECT_EQ(source->compression(), Compression::kNone);
  char buffer[16];
  EXPECT_EQ(source->read(buffer, sizeof buffer), 0u);
}

TEST(ByteSource, ReadsFileShorterThanMagic) {
  TempDir dir;
  auto source = open_byte_source(dir.write("tiny.txt", "ab"));
  EXPECT_EQ(read_all(*source), "ab");
}

TEST(ByteSource, RoundTripsZstdDetectedByMagicNotName) {
  TempDir dir;
  std::string content = "{\"title\":\"A\"}\n{\"title\":\"B\"}\n";
  auto source = open_byte_source(dir.write("articles.jsonl", zstd_compress(content)));
  EXPECT_EQ(source->compression(), Compression::kZstd);
  EXPECT_EQ(read_all(*source), content);
}

TEST(ByteSource, RoundTripsGzipDetectedByMagicNotName) {
  TempDir dir;
  std::string content = "title,text\nA,B\n";
  auto source = open_byte_source(dir.write("articles.csv", gzip_compress(content)));
  EXPECT_EQ(source->compression(), Compression::kGzip);
  EXPECT_EQ(read_all(*source), content);
}

TEST(ByteSource, ReadsPlainFileWithCompressedExtensionAsPlain) {
  TempDir dir;
  auto source = open_byte_source(dir.write("mislabelled.jsonl.zst", "not compressed\n"));
  EXPECT_EQ(source->compression(), Compression::kNone);
  EXPECT_EQ(read_all(*source), "not compressed\n");
}

TEST(ByteSource, RoundTripsLargeZstdInputInSmallReads) {
  TempDir dir;
  std::string content = noisy_text(1 << 20);
  auto source = open_byte_source(dir.write("big.zst", zstd_compress(content)));
  EXPECT_EQ(read_all(*source, 1000), content);
}

TEST(ByteSource, RoundTripsLargeGzipInputInSmallReads) {
  TempDir dir;
  std::string content = noisy_text(1 << 20, 7);
  auto source = open_byte_source(dir.write("big.gz", gzip_compress(content)));
  EXPECT_EQ(read_all(*source, 1000), content);
}

TEST(ByteSource, ReadsConcatenatedGzipMembers) {
  TempDir dir;
  auto path =
      dir.write("parts.gz", gzip_compress("first member\n") + gzip_compress("second member\n") +
                                gzip_compress("third member\n"));
  auto source = open_byte_source(path);
  EXPECT_EQ(read_all(*source), "first member\nsecond member\nthird member\n");
}

TEST(ByteSource, ReadsConcatenatedZstdFrames) {
  TempDir dir;
  auto path = dir.write("parts.zst", zstd_compress("first frame\n") + zstd_compress("second\n"));
  auto source = open_byte_source(path);
  EXPECT_EQ(read_all(*source), "first frame\nsecond\n");
}

// pzstd writes a skippable frame (magic 0x184D2A50, little-endian, then a 4-byte size) before
// its zstd frames; such a file was read as plain text.
TEST(ByteSource, ReadsZstdStartingWithASkippableFrame) {
  TempDir dir;
  const std::string skippable = std::string("\x50\x2A\x4D\x18\x04\x00\x00\x00", 8) + "abcd";
  auto path = dir.write("pzstd.zst", skippable + zstd_compress("after the skippable frame\n"));
  auto source = open_byte_source(path);
  EXPECT_EQ(read_all(*source), "after the skippable frame\n");
}

TEST(ByteSource, TruncatedZstdThrowsStreamDamageAfterEarlierBytes) {
  TempDir dir;
  std::string content = noisy_text(1 << 20);
  std::string compressed = zstd_compress(content);
  compressed.resize(compressed.size() * 3 / 4);
  auto path = dir.write("cut.zst", compressed);
  auto source = open_byte_source(path);
  bool damaged = false;
  std::string got = read_until_damage(*source, damaged);
  EXPECT_TRUE(damaged);
  EXPECT_GT(got.size(), 0u);
  EXPECT_LT(got.size(), content.size());
  EXPECT_EQ(got, content.substr(0, got.size()));
}

TEST(ByteSource, TruncatedGzipThrowsStreamDamageAfterEarlierBytes) {
  TempDir dir;
  std::string content = noisy_text(1 << 20, 99);
  std::string compressed = gzip_compress(content);
  compressed.resize(compressed.size() * 3 / 4);
  auto source = open_byte_source(dir.write("cut.gz", compressed));
  bool damaged = false;
  std::string got = read_until_damage(*source, damaged);
  EXPECT_TRUE(damaged);
  EXPECT_GT(got.size(), 0u);
  EXPECT_LT(got.size(), content.size());
  EXPECT_EQ(got, content.substr(0, got.size()));
}

TEST(ByteSource, GzipMissingTrailerIsDamage) {
  TempDir dir;
  std::string compressed = gzip_compress("short text that fits in one block\n");
  compressed.resize(compressed.size() - 4);  // drop part of the CRC/size trailer
  auto source = open_byte_source(dir.write("notrailer.gz", compressed));
  bool damaged = false;
  read_until_damage(*source, damaged);
  EXPECT_TRUE(damaged);
}

TEST(ByteSource, ZstdMagicAloneIsDamage) {
  TempDir dir;
  auto source = open_byte_source(dir.write("magic.zst", std::string("\x28\xB5\x2F\xFD", 4)));
  EXPECT_EQ(source->compression(), Compression::kZstd);
  bool damaged = false;
  read_until_damage(*source, damaged);
  EXPECT_TRUE(damaged);
}

TEST(ByteSource, StreamDamageOffsetIsWithinFile) {
  TempDir dir;
  std::string compressed = zstd_compress(noisy_text(300000));
  compressed.resize(compressed.size() / 2);
  auto source = open_byte_source(dir.write("half.zst", compressed));
  char buffer[4096];
  try {
    while (source->read(buffer, sizeof buffer) > 0) {
    }
    FAIL() << "expected StreamDamage";
  } catch (const StreamDamage& e) {
    EXPECT_LE(e.offset(), compressed.size());
  }
}

TEST(ByteSource, MissingFileThrowsInputErrorNamingIt) {
  TempDir dir;
  try {
    open_byte_source(dir.path() / "absent-input.jsonl");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_TRUE(contains(e.what(), "absent-input.jsonl")) << e.what();
  }
}

TEST(ByteSource, FileOffsetReachesCompressedSizeAtEnd) {
  TempDir dir;
  std::string compressed = zstd_compress(noisy_text(200000));
  auto source = open_byte_source(dir.write("offset.zst", compressed));
  read_all(*source);
  EXPECT_EQ(source->file_offset(), compressed.size());
}

TEST(ReadWholeFile, ReadsDecompressedContent) {
  TempDir dir;
  std::string content = "Whole article text.\n";
  std::string out;
  read_whole_file(dir.write("article.txt", gzip_compress(content)), out, 1 << 20);
  EXPECT_EQ(out, content);
}

TEST(ReadWholeFile, AcceptsFileOfExactlyMaxBytes) {
  TempDir dir;
  std::string out;
  read_whole_file(dir.write("exact.txt", std::string(1000, 'x')), out, 1000);
  EXPECT_EQ(out.size(), 1000u);
}

TEST(ReadWholeFile, ThrowsInputErrorAboveMaxBytes) {
  TempDir dir;
  std::string out;
  EXPECT_THROW(read_whole_file(dir.write("big.txt", std::string(1001, 'x')), out, 1000),
               InputError);
}

TEST(ReadWholeFile, LimitAppliesToDecompressedSize) {
  TempDir dir;
  std::string out;
  auto path = dir.write("bomb.zst", zstd_compress(std::string(100000, 'a')));
  EXPECT_THROW(read_whole_file(path, out, 50000), InputError);
}

TEST(ReadWholeFile, TruncatedStreamThrowsAfterFillingReadablePart) {
  TempDir dir;
  std::string content = noisy_text(1 << 20, 3);
  std::string compressed = gzip_compress(content);
  compressed.resize(compressed.size() / 2);
  auto path = dir.write("cut.gz", compressed);
  std::string out;
  EXPECT_THROW(read_whole_file(path, out, 4u << 20), StreamDamage);
  EXPECT_GT(out.size(), 0u);
  EXPECT_EQ(out, content.substr(0, out.size()));
}

TEST(ByteSource, GzipMagicAloneIsDamage) {
  TempDir dir;
  auto source = open_byte_source(dir.write("magic.gz", std::string("\x1F\x8B", 2)));
  EXPECT_EQ(source->compression(), Compression::kGzip);
  bool damaged = false;
  read_until_damage(*source, damaged);
  EXPECT_TRUE(damaged);
}

}  // namespace
}  // namespace rostra
