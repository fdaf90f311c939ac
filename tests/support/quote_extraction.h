#pragma once
// Quote extraction as the quote tests call it: no alias table, so each test sees the names
// its made-up articles write.

#include <string>
#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/speaker_aliases.h"
#include "common/quotes/speaker_attributor.h"

namespace rostra::testing_quotes {

/// The quotes of `body`, attributed with an empty alias table.
inline std::vector<Quote> extract(std::string_view body) {
  static const SpeakerAliases kNoAliases;
  return extract_quotes(body, kNoAliases);
}

/// The speaker of every quote of `body`, in order.
inline std::vector<std::string> speakers_of(std::string_view body) {
  std::vector<std::string> speakers;
  for (const Quote& q : extract(body)) speakers.push_back(q.speaker);
  return speakers;
}

}  // namespace rostra::testing_quotes
