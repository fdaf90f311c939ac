// Word ids: one id per word for the whole index, under concurrent use; what each database
// records of them; the stem lists stem queries read.
#include "common/tokens/term_dictionary.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <thread>

#include "common/base/errors.h"
#include "common/tokens/vocabulary.h"

namespace rostra {
namespace {

TEST(TermDictionary, GivesEachWordOneIdForever) {
  TermDictionary dictionary;
  WordId war = dictionary.id("war");
  WordId peace = dictionary.id("peace");
  EXPECT_NE(war, 0u);
  EXPECT_NE(war, peace);
  EXPECT_EQ(dictionary.id("war"), war);
  EXPECT_EQ(dictionary.find("peace"), peace);
  EXPECT_EQ(dictionary.find("treaty"), 0u);
  EXPECT_EQ(dictionary.size(), 2u);
}

TEST(TermDictionary, ThreadsAssigningAtOnceAgreeOnEveryId) {
  TermDictionary dictionary;
  std::vector<std::map<std::string, WordId>> seen(2);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20000; ++i) {
        std::string word = "w" + std::to_string((i * 7 + t * 13) % 5000);
        seen[t][word] = dictionary.id(word);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(seen[0], seen[1]);
  std::set<WordId> ids;
  for (const auto& [word, id] : seen[0]) ids.insert(id);
  EXPECT_EQ(ids.size(), 5000u);
  EXPECT_EQ(dictionary.size(), 5000u);
}

TEST(TermDictionary, LoadedIdsContinueAndConflictsAreRefused) {
  TermDictionary dictionary;
  dictionary.load("war", 41, "db");
  dictionary.load("war", 41, "another db");
  EXPECT_EQ(dictionary.id("war"), 41u);
  EXPECT_GT(dictionary.id("new"), 41u);
  EXPECT_THROW(dictionary.load("war", 7, "db"), DatabaseError);
}

TEST(RecordedWords, WritesEachEntryOnceAndGrowsStemLists) {
  std::map<std::string, std::string> metadata;
  auto read = [&](const std::string& key) { return metadata[key]; };
  auto write = [&](const std::string& key, const std::string& value) { metadata[key] = value; };
  RecordedWords recorded;
  std::vector<DocumentWord> first = {{5, "sanctions", "sanction"}, {6, "war", ""}};
  std::vector<DocumentWord> second = {{5, "sanctions", "sanction"}, {9, "sanctioned", "sanction"}};
  std::size_t writes = 0;
  auto counting = [&](const std::string& key, const std::string& value) {
    ++writes;
    write(key, value);
  };
  recorded.add(first, read, counting);
  EXPECT_EQ(writes, 3u);  // two ids and one stem list
  recorded.add(first, read, counting);
  EXPECT_EQ(writes, 3u);
  recorded.add(second, read, counting);
  EXPECT_EQ(writes, 5u);  // the new word's id, and the stem list again
  EXPECT_EQ(parse_word_id_value(metadata[word_id_key("war")]), 6u);
  EXPECT_EQ(parse_stem_forms(metadata[stem_forms_key("sanction")]),
            (std::vector<std::pair<std::string, WordId>>{{"sanctions", 5}, {"sanctioned", 9}}));
  EXPECT_EQ(metadata.count(stem_forms_key("war")), 0u);
}

TEST(RecordedWords, StemListsOfTwoDatabasesMergeWithoutRepeats) {
  std::string a;
  append_stem_form(a, "sanctions", 5);
  append_stem_form(a, "sanctioned", 9);
  std::string b;
  append_stem_form(b, "sanctioned", 9);
  append_stem_form(b, "sanctioning", 12);
  EXPECT_EQ(parse_stem_forms(merge_stem_forms(a, b)),
            (std::vector<std::pair<std::string, WordId>>{
                {"sanctions", 5}, {"sanctioned", 9}, {"sanctioning", 12}}));
  EXPECT_TRUE(parse_stem_forms(std::string("\x05") + "ab").empty());  // malformed: nothing made up
}

TEST(Vocabulary, LooksWordsUpInEveryDatabaseAndUnitesTheirForms) {
  Xapian::WritableDatabase main(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::WritableDatabase segment(std::string(), Xapian::DB_BACKEND_INMEMORY);
  std::string in_main;
  append_stem_form(in_main, "sanctions", 5);
  main.set_metadata(word_id_key("sanctions"), word_id_value(5));
  main.set_metadata(stem_forms_key("sanction"), in_main);
  std::string in_segment;
  append_stem_form(in_segment, "sanctioned", 9);
  segment.set_metadata(word_id_key("sanctioned"), word_id_value(9));
  segment.set_metadata(stem_forms_key("sanction"), in_segment);
  Vocabulary vocabulary({main, segment});
  EXPECT_EQ(vocabulary.id("sanctions"), 5u);
  EXPECT_EQ(vocabulary.id("sanctioned"), 9u);
  EXPECT_EQ(vocabulary.id("treaty"), 0u);
  EXPECT_EQ(vocabulary.forms("sanction"),
            (std::vector<std::pair<std::string, WordId>>{{"sanctioned", 9}, {"sanctions", 5}}));
  EXPECT_TRUE(vocabulary.forms("war").empty());
}

}  // namespace
}  // namespace rostra
