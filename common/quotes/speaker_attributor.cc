#include "common/quotes/speaker_attributor.h"

#include <algorithm>
#include <iterator>

#include "common/quotes/attributor.h"
#include "common/quotes/publisher_office.h"
#include "common/quotes/quote_extractor.h"
#include "common/quotes/quote_kind.h"
#include "common/quotes/speaker_turns.h"
#include "common/quotes/title_sender.h"

namespace rostra {

void Attributor::run() {
  meet_publisher();
  // Kinds first: subject phrases read a title in «…» as part of the phrase.
  classify_quote_kinds(body_, words_, quotes_);
  read_in_order();
  for (std::size_t k = 0; k < quotes_.size(); ++k) {
    if (quotes_[k].kind == QuoteKind::kQuote) attribute(k);
  }
  // A quote attributed only at its last part gives its speaker to the earlier parts.
  for (std::size_t k = quotes_.size(); k-- > 1;) {
    if (quotes_[k].continuation && quotes_[k - 1].continues && attributed_[k - 1] == nullptr &&
        quotes_[k - 1].speaker.empty() && attributed_[k] != nullptr) {
      assign(k - 1, *attributed_[k], AttributionRule::kContinuation);
    }
  }
  classify_unattributed(body_, words_, quotes_);
}

void Attributor::meet_publisher() {
  OfficeHolder holder = registry_.aliases().offices().holder(context_.outlet, context_.date);
  if (!holder.name.empty()) {
    publisher_ = registry_.person(title_words(holder.name));
    registry_[publisher_].roles = holder.roles;
  }
  std::vector<std::string> sender = title_sender(context_.title);
  if (!sender.empty()) title_sender_ = registry_.person(sender);
}

bool Attributor::separated(std::size_t a, std::size_t b) const {
  std::string_view gap = body_.substr(words_[a].end, words_[b].start - words_[a].end);
  if (gap == "' " || gap == "\xE2\x80\x99 ") return false;
  for (char c : gap) {
    if (c != ' ' && c != '.' && c != '\t' && c != '\xC2' && c != '\xA0') return true;
  }
  return gap.find('.') != std::string_view::npos && !is_abbreviation(words_[a]);
}

void attribute_speakers(std::string_view body, std::vector<Quote>& quotes,
                        const SpeakerAliases& aliases, const ArticleContext& context) {
  if (quotes.empty()) return;
  Attributor(body, quotes, aliases, context).run();
}

std::vector<Quote> extract_quotes(std::string_view body, const SpeakerAliases& aliases,
                                  const ArticleContext& context) {
  std::vector<Quote> quotes = find_quotes(body);
  attribute_speakers(body, quotes, aliases, context);
  std::vector<Quote> turns =
      find_turns(body, aliases, aliases.offices().holder(context.outlet, context.date));
  if (turns.empty()) return quotes;
  std::vector<Quote> all;
  all.reserve(quotes.size() + turns.size());
  std::merge(std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()),
             std::make_move_iterator(turns.begin()), std::make_move_iterator(turns.end()),
             std::back_inserter(all),
             [](const Quote& a, const Quote& b) { return a.start < b.start; });
  return all;
}

}  // namespace rostra
