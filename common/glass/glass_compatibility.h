#pragma once
// Which Xapian versions the bulk glass writer may write for. It writes Xapian's glass format
// byte by byte (FORMAT.md), so it is used only with a Xapian it was tested against, at build
// time and at run time; with any other version the same calls write through Xapian's own
// WritableDatabase instead (slower, and holding each document twice in memory until finish),
// and the indexer says so in its summary.

#include <string>
#include <string_view>

namespace rostra {

/// How a GlassDatabaseWriter writes its database.
enum class GlassBackend {
  kOwnWriter,     ///< Rostra's table writer: the tables in one sequential pass.
  kThroughXapian  ///< Xapian::WritableDatabase: correct on any Xapian, slower.
};

/// Whether the bulk writer was tested against Xapian `version` ("1.4.22"): the versions whose
/// databases its tests compare byte for byte (tests/glass/glass_golden_test.cc).
bool glass_writer_tested_with(std::string_view version);

/// The Xapian version the library was built against (from the CMake configuration).
std::string_view xapian_build_version();

/// The backend to use: kOwnWriter when both the Xapian the library was built against and the
/// one it runs with (Xapian::version_string()) are tested versions; kThroughXapian otherwise.
GlassBackend default_glass_backend();

/// Why default_glass_backend() is kThroughXapian ("Xapian 1.4.25 at run time is not a version
/// the bulk glass writer was tested with"), or empty when it is kOwnWriter.
std::string glass_fallback_reason();

}  // namespace rostra
