#include "common/index/database.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/base/errors.h"
#include "common/schema/schema.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::TempDir;

TEST(Database, NewDatabaseRecordsTheSchemaVersion) {
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  { open_for_writing(path); }
  EXPECT_EQ(stored_schema_version(open_for_reading(path)), schema::kSchemaVersion);
}

TEST(Database, ANewDatabaseAppearsWholeAndAHalfMadeOneIsMadeAgain) {
  namespace fs = std::filesystem;
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  // What a writer killed while making the database leaves: PATH.new, half made.
  fs::create_directories(path + ".new");
  std::ofstream(path + ".new/flintlock") << "";
  fs::create_directories(path);  // and an empty directory at PATH
  {
    Xapian::WritableDatabase db = open_for_writing(path);
    EXPECT_EQ(stored_schema_version(db), schema::kSchemaVersion);
  }
  EXPECT_FALSE(fs::exists(path + ".new"));
  EXPECT_EQ(stored_schema_version(open_for_reading(path)), schema::kSchemaVersion);

  // A directory holding something else is never replaced.
  std::string other = (dir.path() / "other").string();
  fs::create_directories(other);
  std::ofstream(other + "/notes.txt") << "mine";
  try {
    open_for_writing(other);
    FAIL() << "replaced a directory that is not a database";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find(other), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::exists(other + "/notes.txt"));
  EXPECT_FALSE(fs::exists(other + ".new"));
}

TEST(Database, RefusesAnotherSchemaVersionWithAClearMessage) {
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  {
    Xapian::WritableDatabase db = open_for_writing(path);
    db.set_metadata(std::string(schema::kSchemaVersionKey), "999");
    db.commit();
  }
  try {
    open_for_reading(path);
    FAIL() << "opened a database of another schema version";
  } catch (const DatabaseError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("schema version 999"), std::string::npos) << message;
    EXPECT_NE(message.find(path), std::string::npos) << message;
  }
  EXPECT_THROW(open_for_writing(path), DatabaseError);
}

TEST(Database, RefusesAXapianDatabaseWrittenByAnotherTool) {
  TempDir dir;
  std::string path = (dir.path() / "plain").string();
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_term("hello");
    db.add_document(doc);
    db.commit();
  }
  EXPECT_THROW(open_for_reading(path), DatabaseError);
}

TEST(Database, MissingDatabaseIsADatabaseError) {
  EXPECT_THROW(open_for_reading("/nonexistent/rostra-db"), DatabaseError);
}

TEST(Database, SecondWriterGetsALockedError) {
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase first = open_for_writing(path);
  try {
    open_for_writing(path);
    FAIL() << "second writer opened the database";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace rostra
