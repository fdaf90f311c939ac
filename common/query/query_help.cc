#include "common/query/query_help.h"

#include "common/query/query_fields.h"
#include "common/query/query_parser.h"
#include "common/query/wildcard.h"

namespace rostra {

std::string query_language_help() {
  std::string out =
      "Rostra query language (see README.md, \"Query language\")\n"
      "\n"
      "  putin dialogue          both words (AND), by stem: dialogue finds dialogues\n"
      "  \"third world war\"       the exact phrase (also \u201c\u2026\u201d and "
      "\u00ab\u2026\u00bb)\n"
      "  a OR b   a AND b   NOT a   -a   ( \u2026 )   operators in CAPITALS\n"
      "\n"
      "Proximity (between words in any inflected form, \"phrases\" and (OR-groups))\n"
      "  a NEAR/5 b   a w/5 b    within 5 words, any order (w/N as in Nexis; Factiva's\n"
      "                          w/N is ordered: use pre/N for that)\n"
      "  a ADJ/5 b    a pre/5 b  a before b, within 5 words\n"
      "  NEAR, ADJ without /N: 10 words. N up to " +
      std::to_string(kMaxProximityWindow) +
      "\n"
      "  a w/s b  a w/p b  one sentence; one paragraph.  (iraq OR iran) w/10 \"peace talks\"\n"
      "  Sentences end at . ! ? (not after Mr. U.S. J.) and at blank lines\n"
      "Wildcards (expanded from the indexed words, at most " +
      std::to_string(kMaxWildcardWords) +
      ", a note when more)\n"
      "  negotiat*  negotiat!     any ending        wom?n   one character\n"
      "  atleast3(sanction)      the word, in any form, at least 3 times in the article\n"
      "\n"
      "Fields (names in any case; field:( \u2026 ) applies to every term of the group)\n";
  for (const QueryFieldInfo& field : query_fields()) out += "  " + std::string(field.help) + "\n";
  out += "\nLimits: " + std::to_string(kMaxQueryTerms) + " terms, " +
         std::to_string(kMaxProximityOperators) +
         " NEAR/ADJ operators per query. Lower-case or/and/near are words (a note says so).\n";
  return out;
}

}  // namespace rostra
