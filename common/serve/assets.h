#pragma once
// The search page's files, built into the program (generated from common/serve/assets/ by
// embed_assets.cmake): nothing else is ever served as a file.

#include <string_view>

namespace rostra {

/// One built-in file.
struct EmbeddedAsset {
  std::string_view path;          ///< "/app.js": the URL path it is served at.
  std::string_view content_type;  ///< "text/javascript; charset=utf-8".
  std::string_view data;
};

/// The built-in file served at `path`, or null.
const EmbeddedAsset* find_asset(std::string_view path);

}  // namespace rostra
