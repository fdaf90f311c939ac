// Token parts on disk and in memory: what a writer appends, readers find; parts grow, move
// into merged databases, and damage is reported, never read past.
#include "common/tokens/token_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/base/errors.h"
#include "common/schema/schema.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::string part_path(const fs::path& dir, const std::string& name) {
  return (dir / (std::string(schema::kTokenPartPrefix) + name)).string();
}

TEST(TokenStore, ReadersFindWhatAWriterAppended) {
  TempDir dir;
  TokenStoreWriter writer(dir.path().string(), "m");
  std::string a = writer.append("first record");
  std::string b = writer.append(std::string(100000, 'x'));
  std::string c = writer.append("");
  writer.sync();
  EXPECT_EQ(writer.part_name(), "m1");
  EXPECT_TRUE(fs::exists(part_path(dir.path(), "m1")));
  TokenStoreReader reader({dir.path().string()});
  EXPECT_EQ(reader.record(a), "first record");
  EXPECT_EQ(reader.record(b), std::string(100000, 'x'));
  EXPECT_EQ(reader.record(c), "");
  EXPECT_EQ(reader.record(""), "");
}

TEST(TokenStore, LocationsFindTheSameRecordsAfterThePartGrew) {
  TempDir dir;
  TokenStoreWriter writer(dir.path().string(), "m");
  std::string a = writer.append("first record");
  writer.sync();
  TokenStoreReader reader({dir.path().string()});
  EXPECT_EQ(reader.record(a), "first record");  // maps the part as it is now
  std::string b = writer.append(std::string(300000, 'y'));
  writer.sync();
  reader.refresh_maps();
  RecordLocation at_a;
  RecordLocation at_b;
  ASSERT_TRUE(reader.locate(a, at_a));
  ASSERT_TRUE(reader.locate(b, at_b));
  EXPECT_EQ(TokenStoreReader::record_at(at_a), "first record");
  EXPECT_EQ(TokenStoreReader::record_at(at_b), std::string(300000, 'y'));
  RecordLocation none;
  EXPECT_FALSE(reader.locate("", none));
  // A location whose length runs past its map is damage, not a read past the end.
  RecordLocation cut = at_b;
  cut.limit = cut.at + 1000;
  EXPECT_THROW(TokenStoreReader::record_at(cut), DatabaseError);
}

TEST(TokenStore, RecordsNotSyncedAreNotReadAndBelongToNoCommit) {
  TempDir dir;
  TokenStoreWriter writer(dir.path().string(), "m");
  std::string kept = writer.append("kept");
  writer.sync();
  std::string pending = writer.append("pending");
  TokenStoreReader reader({dir.path().string()});
  EXPECT_EQ(reader.record(kept), "kept");
  EXPECT_THROW(reader.record(pending), DatabaseError);  // as a damaged index would
  writer.sync();
  EXPECT_EQ(reader.record(pending), "pending");
}

TEST(TokenStore, EachWriterTakesANewPartAndLeavesNoneWhenItWritesNothing) {
  TempDir dir;
  { TokenStoreWriter idle(dir.path().string(), "m"); }
  EXPECT_FALSE(fs::exists(part_path(dir.path(), "m1")));
  TokenStoreWriter first(dir.path().string(), "m");
  first.append("one");
  TokenStoreWriter second(dir.path().string(), "m");
  EXPECT_EQ(second.part_name(), "m2");
  TokenStoreWriter segment(dir.path().string(), "s3-");
  EXPECT_EQ(segment.part_name(), "s3-1");
}

TEST(TokenStore, AReaderSeesRecordsAppendedAfterItMappedThePart) {
  TempDir dir;
  TokenStoreWriter writer(dir.path().string(), "m");
  std::string early = writer.append("early");
  writer.sync();
  TokenStoreReader reader({dir.path().string()});
  EXPECT_EQ(reader.record(early), "early");
  std::string late = writer.append(std::string(50000, 'y'));
  writer.sync();
  EXPECT_EQ(reader.record(late), std::string(50000, 'y'));
  EXPECT_EQ(reader.record(early), "early");
  // A part started after the reader was made is found too.
  TokenStoreWriter other(dir.path().string(), "m");
  std::string elsewhere = other.append("elsewhere");
  other.sync();
  EXPECT_EQ(reader.record(elsewhere), "elsewhere");
}

TEST(TokenStore, ReportsMissingAndTruncatedPartsAsDamage) {
  TempDir dir;
  std::string value;
  {
    TokenStoreWriter writer(dir.path().string(), "m");
    writer.append("padding");
    value = writer.append("a record of some length");
    writer.sync();
  }
  {
    TokenStoreReader reader({dir.path().string()});
    EXPECT_EQ(reader.record(value), "a record of some length");
  }
  fs::resize_file(part_path(dir.path(), "m1"), 12);
  TokenStoreReader truncated({dir.path().string()});
  EXPECT_THROW(truncated.record(value), DatabaseError);
  fs::remove(part_path(dir.path(), "m1"));
  TokenStoreReader missing({dir.path().string()});
  EXPECT_THROW(missing.record(value), DatabaseError);
  EXPECT_THROW(missing.record("\x05garbage"), DatabaseError);
}

TEST(TokenStore, LinkedPartsServeTheSameValuesFromTheMergedDirectory) {
  TempDir dir;
  fs::create_directories(dir.path() / "a");
  fs::create_directories(dir.path() / "b");
  fs::create_directories(dir.path() / "merged");
  TokenStoreWriter a((dir.path() / "a").string(), "s0-");
  TokenStoreWriter b((dir.path() / "b").string(), "s1-");
  std::string from_a = a.append("from a");
  std::string from_b = b.append("from b");
  a.sync();
  b.sync();
  link_token_parts((dir.path() / "a").string(), (dir.path() / "merged").string());
  link_token_parts((dir.path() / "b").string(), (dir.path() / "merged").string());
  fs::remove_all(dir.path() / "a");
  fs::remove_all(dir.path() / "b");
  TokenStoreReader reader({(dir.path() / "merged").string()});
  EXPECT_EQ(reader.record(from_a), "from a");
  EXPECT_EQ(reader.record(from_b), "from b");
}

TEST(TokenStore, InMemoryPartsAreSharedByWriterAndReaders) {
  auto parts = std::make_shared<MemoryTokenParts>();
  TokenStoreWriter writer(parts, "m");
  std::string value = writer.append("kept in memory");
  TokenStoreWriter second(parts, "m");
  EXPECT_EQ(second.part_name(), "m2");
  TokenStoreReader reader(parts);
  EXPECT_EQ(reader.record(value), "kept in memory");
  RecordLocation location;
  EXPECT_FALSE(reader.locate(value, location));  // not in a map: no table of locations
}

}  // namespace
}  // namespace rostra
