#pragma once
// Small URL helpers. Pure.

#include <string>
#include <string_view>

namespace rostra {

/// The lower-cased host of an absolute URL, without "www.", user info or port; empty when
/// `url` has no "scheme://host" part.
std::string url_host(std::string_view url);

}  // namespace rostra
