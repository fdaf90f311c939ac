#pragma once
// The date a page shows its readers next to the headline: the byline or dateline under the
// <h1> ("Von Anna Muster | 21. April 2020, 16:40", "Published May 10, 2022"). Pure.

#include <optional>
#include <string>
#include <string_view>

#include "common/input/web/html_tree.h"

namespace rostra {

/// The date written in the visible text around the page's headline, as "YYYY-MM-DD": the
/// first date (find_date) in the text that follows the <h1> whose text `headline` holds
/// (the first <h1> when none does; on a page without <h1>, the <h2> that holds it) within a few
/// hundred characters, else the last date in the text just before it (a dateline set above the
/// headline). Scripts, styles and invisible elements are not text. `near` (an ISO date, or empty)
/// reads an ambiguous "03/05/2022" as find_date does. nullopt when the page has no such heading or
/// no date near it. Iterative, so any nesting depth is safe. Thread-safe.
std::optional<std::string> headline_date(const HtmlTree& tree, std::string_view headline,
                                         std::string_view near = {});

}  // namespace rostra
